using System.Globalization;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing.Findings;

/// <summary>
/// A report for people to read: a summary line by kind and by severity, then per finding a line with its bead,
/// sentence indices, kind and severity, the message, and the bead's sentences labelled with their language
/// (<c>  en│ …</c>), <c>—</c> for an empty side. Control characters become spaces, as in the alignment listing.
/// </summary>
public sealed class TextFindingWriter : IFindingWriter
{

    /// <inheritdoc/>
    public void Write(AlignmentResult result, IReadOnlyList<Finding> findings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        WritePreamble(result, findings, output);
        var (sourceLabel, targetLabel) = TextAlignmentWriter.Labels(result.Source.Language, result.Target.Language);
        foreach (var finding in findings)
            WriteFinding(result, finding, sourceLabel, targetLabel, output);
        output.Flush();
    }

    private static void WritePreamble(AlignmentResult result, IReadOnlyList<Finding> findings, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.Write(string.Create(invariant,
            $"{result.Source.Language} → {result.Target.Language}: {result.Alignment.Count} beads, {findings.Count} {(findings.Count == 1 ? "finding" : "findings")}"));
        if (findings.Count == 0)
        {
            output.Write('\n');
            output.Flush();
            return;
        }
        var byKind = new List<string>();
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var count = findings.Count(f => f.Kind == kind);
            if (count > 0)
                byKind.Add(string.Create(invariant, $"{count} {KindNames.Name(kind)}"));
        }
        var bySeverity = new List<string>();
        foreach (var severity in Enum.GetValues<FindingSeverity>().Reverse())
        {
            var count = findings.Count(f => f.Severity == severity);
            if (count > 0)
                bySeverity.Add(string.Create(invariant, $"{count} {SeverityNames.Name(severity)}"));
        }
        output.Write(": ");
        output.Write(string.Join(", ", byKind));
        output.Write(" (");
        output.Write(string.Join(", ", bySeverity));
        output.Write(")\n");
    }

    private static void WriteFinding(AlignmentResult result, Finding finding, string sourceLabel, string targetLabel, TextWriter output)
    {
        var bead = result.Alignment[finding.BeadIndex];
        output.Write("\n#");
        OutputText.WriteNumber(output, finding.BeadIndex);
        output.Write("  ");
        output.Write(finding.KindName);
        output.Write("  ");
        output.Write(SeverityNames.Name(finding.Severity));
        output.Write("  ");
        output.Write(sourceLabel.Trim());
        output.Write(' ');
        output.Write(Indices(bead.Source, bead.SourceCount));
        output.Write(" ↔ ");
        output.Write(targetLabel.Trim());
        output.Write(' ');
        output.Write(Indices(bead.Target, bead.TargetCount));
        output.Write("\n  ");
        OutputText.WritePrintable(output, finding.Message);
        output.Write('\n');
        TextAlignmentWriter.WriteSide(output, sourceLabel, result.Source, bead.Source, bead.SourceCount);
        TextAlignmentWriter.WriteSide(output, targetLabel, result.Target, bead.Target, bead.TargetCount);
    }

    private static string Indices(int first, int count) => count switch
    {
        0 => "[]",
        1 => string.Create(CultureInfo.InvariantCulture, $"[{first}]"),
        _ => string.Create(CultureInfo.InvariantCulture, $"[{first}-{first + count - 1}]"),
    };
}
