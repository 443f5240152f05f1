namespace Sverka.Cli;

/// <summary>What the process tells its caller; scripts and pipelines branch on these.</summary>
internal static class ExitCodes
{
    /// <summary>The job was done.</summary>
    public const int Success = 0;

    /// <summary>The input could not be aligned: unreadable, empty, one language only, not text.</summary>
    public const int BadInput = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>`check --fail-on` found a finding of a kind it was told to fail on.</summary>
    public const int FindingsFound = 3;

    /// <summary>A bug in Sverka: it is reported in one line, and the details go to SVERKA_DEBUG.</summary>
    public const int InternalError = 70;
}
