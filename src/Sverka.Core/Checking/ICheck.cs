namespace Sverka.Core.Checking;

/// <summary>
/// One translation check: reads an aligned bitext through a <see cref="CheckContext"/> and reports what it finds.
/// A check looks at each bead once; it is stateless, so one instance serves any number of runs and threads.
/// <see cref="TranslationChecker"/> runs its checks side by side on one context, so a check only reads it.
/// </summary>
public interface ICheck
{
    /// <summary>The kind of finding the check reports.</summary>
    FindingKind Kind { get; }

    /// <summary>The findings for one bitext, in bead order.</summary>
    IEnumerable<Finding> Run(CheckContext context);
}
