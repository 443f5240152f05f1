using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>What a finding is about. Each has a stable name used in every output and in <c>--fail-on</c>.</summary>
public enum FindingKind
{
    /// <summary>Source text with no counterpart, or only partly translated.</summary>
    Omission,

    /// <summary>Target text with no counterpart, or carrying clearly more than its source.</summary>
    Addition,

    /// <summary>A number, amount, percentage or date missing or different on one side.</summary>
    Number,

    /// <summary>A proper name with no transliterated or translated counterpart.</summary>
    Name,

    /// <summary>Target text still in the source language, or source text copied over.</summary>
    Untranslated,

    /// <summary>A bead the aligner is unsure of, so a person should look.</summary>
    LowConfidence,
}

/// <summary>How much a finding matters to an editor.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look; often a loose but correct translation.</summary>
    Info,

    /// <summary>Likely a real difference.</summary>
    Warning,

    /// <summary>Almost certainly a real difference in meaning (a number changed, a sentence lost).</summary>
    Error,
}

/// <summary>
/// One thing a check found: which bead, which characters of each side it is about (offsets in each document's
/// text, the same offsets sentences carry), and a message a person understands.
/// </summary>
public sealed record Finding(
    FindingKind Kind,
    FindingSeverity Severity,
    int BeadIndex,
    IReadOnlyList<TextSpan> SourceSpans,
    IReadOnlyList<TextSpan> TargetSpans,
    string Message)
{
    /// <summary>The kind's name as outputs write it: omission, addition, number, name, untranslated, low-confidence.</summary>
    public string KindName => KindNames.Name(Kind);

    /// <summary>
    /// True when the finding is about something only the source has, a name or a figure the target's side of the
    /// bead lacks with nothing put in its place: evidence that part of the sentence went untranslated.
    /// </summary>
    public bool TargetLacks { get; init; }

    /// <summary>
    /// True when the finding is about something only the target has, a name or a figure the source's side of the
    /// bead lacks with nothing there it stands for: evidence that the translation carries text the source has not.
    /// </summary>
    public bool SourceLacks { get; init; }
}

/// <summary>The names of finding kinds, both ways.</summary>
public static class KindNames
{
    /// <summary>The name of a kind as written in outputs.</summary>
    public static string Name(FindingKind kind) => kind switch
    {
        FindingKind.Omission => "omission",
        FindingKind.Addition => "addition",
        FindingKind.Number => "number",
        FindingKind.Name => "name",
        FindingKind.Untranslated => "untranslated",
        FindingKind.LowConfidence => "low-confidence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads a kind's name; false when it names none.</summary>
    public static bool TryParse(string name, out FindingKind kind)
    {
        foreach (var candidate in Enum.GetValues<FindingKind>())
        {
            if (string.Equals(Name(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}

/// <summary>The names of severities as outputs write them: info, warning, error.</summary>
public static class SeverityNames
{
    /// <summary>The name of a severity as written in outputs.</summary>
    public static string Name(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
