using System.Globalization;
using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>
/// A report for people to review in a browser: one self-contained HTML file (inline style and a small inline
/// script, nothing loaded from anywhere, a Content-Security-Policy that forbids it) with a summary, then both
/// texts side by side, one row per bead, and each finding highlighted at its characters with its message beside
/// its bead. With findings, the summary counts them by kind and holds a filter that shows only the beads with
/// findings of the chosen kinds.
/// </summary>
/// <remarks>
/// Every piece of input text is escaped; characters HTML cannot carry become a space (controls) or U+FFFD (lone
/// surrogates), one for one, so the page is also well-formed XML and parses the same in every browser. Finding
/// spans are offsets into each side's document text; the parts of a span that fall within the bead's sentences
/// are highlighted, the rest (the space between sentences, another bead) is not. Rows are laid out with CSS grid
/// and <c>content-visibility</c>, so a report of thousands of beads opens and filters at once.
/// </remarks>
public sealed partial class HtmlReportWriter : IAlignmentWriter
{
    /// <summary>Writes the report without findings: the summary and the beads, with no filter.</summary>
    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output) => Write(result, null, output);

    /// <summary>Writes the report of <paramref name="result"/>, with <paramref name="findings"/> highlighted.</summary>
    /// <param name="result">The aligned bitext.</param>
    /// <param name="findings">What the checks found, in the order to list them; null when no check ran, which
    /// leaves out the findings summary and the filter (an empty list says that checks ran and found nothing).</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A finding names a bead the alignment does not have.</exception>
    public static void Write(AlignmentResult result, IReadOnlyList<Finding>? findings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var byBead = GroupByBead(findings, result.Alignment.Count);
        WritePreamble(result, findings, output);
        var beads = result.Alignment.Beads;
        var marks = new List<Mark>();
        for (var k = 0; k < beads.Length; k++)
            WriteBead(result, k, beads[k], byBead[k] ?? s_noFindings, marks, output);
        WritePostamble(findings, output);
        output.Flush();
    }

    private static List<Finding>?[] GroupByBead(IReadOnlyList<Finding>? findings, int beadCount)
    {
        var byBead = new List<Finding>?[beadCount];
        if (findings is null)
            return byBead;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            if ((uint)finding.BeadIndex >= (uint)beadCount)
            {
                throw new ArgumentOutOfRangeException(nameof(findings),
                    $"finding {i} ({finding.KindName}) names bead {finding.BeadIndex}, but the alignment has {beadCount} beads");
            }
            (byBead[finding.BeadIndex] ??= []).Add(finding);
        }
        return byBead;
    }

    private static void WritePreamble(AlignmentResult result, IReadOnlyList<Finding>? findings, TextWriter output)
    {
        var source = result.Source;
        var target = result.Target;
        var alignment = result.Alignment;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        output.Write(s_contentSecurityPolicy);
        output.Write("\" />\n<meta name=\"generator\" content=\"Sverka ");
        HtmlText.Write(output, TmxAlignmentWriter.ToolVersion);
        output.Write("\" />\n<title>Sverka report: ");
        HtmlText.Write(output, source.Language);
        output.Write(" → ");
        HtmlText.Write(output, target.Language);
        output.Write("</title>\n<style>");
        output.Write(s_style);
        output.Write("</style>\n</head>\n<body>\n<header id=\"summary\">\n<h1>Sverka report <span class=\"langs\">");
        HtmlText.Write(output, source.Language);
        output.Write(" → ");
        HtmlText.Write(output, target.Language);
        output.Write("</span></h1>\n<dl class=\"facts\">\n");

        WriteFact(output, "Source", Invariant($"{source.Language} · {Count(source.SentenceCount, "sentence")}"));
        WriteFact(output, "Target", Invariant($"{target.Language} · {Count(target.SentenceCount, "sentence")}"));
        var unpaired = 0;
        foreach (var bead in alignment.Beads)
        {
            if (bead.IsUnpaired)
                unpaired++;
        }
        WriteFact(output, "Beads", Invariant($"{alignment.Count} · {unpaired} unpaired"));
        WriteFact(output, "Mean confidence",
            Math.Round(alignment.MeanConfidence, 3, MidpointRounding.AwayFromZero).ToString("F3", CultureInfo.InvariantCulture));
        // A reader of the report sees no stderr: the aligner's verdict that the texts are unrelated goes on the page.
        if (alignment.LooksUnrelated)
            WriteFact(output, "Warning", SentenceAlignment.UnrelatedExplanation);
        if (result.Split is { } split)
        {
            WriteFact(output, "One file",
                Invariant($"split at line {split.Line}: {split.FirstLanguage} before, {split.SecondLanguage} after"));
        }
        output.Write("</dl>\n");
        if (findings is not null)
            WriteFindingsSummary(findings, output);
        output.Write("</header>\n<main id=\"beads\">\n<div class=\"row head\"><div class=\"meta\">bead</div><div class=\"side\">");
        HtmlText.Write(output, source.Language);
        output.Write(" · source</div><div class=\"side\">");
        HtmlText.Write(output, target.Language);
        output.Write(" · target</div></div>\n");
    }

    private static void WriteFindingsSummary(IReadOnlyList<Finding> findings, TextWriter output)
    {
        var byKind = new int[s_kinds.Length];
        var bySeverity = new int[Enum.GetValues<FindingSeverity>().Length];
        var beads = new HashSet<int>();
        foreach (var finding in findings)
        {
            byKind[(int)finding.Kind]++;
            bySeverity[(int)finding.Severity]++;
            beads.Add(finding.BeadIndex);
        }
        output.Write("<section id=\"findings\">\n<h2>");
        if (findings.Count == 0)
        {
            output.Write("No findings</h2>\n</section>\n");
            return;
        }
        output.Write(Invariant($"{Count(findings.Count, "finding")} in {Count(beads.Count, "bead")}"));
        output.Write("<span class=\"severities\">");
        foreach (var severity in Enum.GetValues<FindingSeverity>().Reverse())
        {
            if (bySeverity[(int)severity] == 0)
                continue;
            output.Write(" <span class=\"sev sev-");
            output.Write(SeverityName(severity));
            output.Write("\">");
            var count = bySeverity[(int)severity];
            output.Write(severity == FindingSeverity.Info ? Invariant($"{count} info") : Count(count, SeverityName(severity)));
            output.Write("</span>");
        }
        output.Write("</span></h2>\n<fieldset id=\"filter\"><legend>Show only beads with</legend>\n");
        foreach (var kind in s_kinds)
        {
            if (byKind[(int)kind] == 0)
                continue;
            var name = KindNames.Name(kind);
            output.Write("<label class=\"chip k-");
            output.Write(name);
            output.Write("\"><input type=\"checkbox\" value=\"");
            output.Write(name);
            output.Write("\" /> ");
            output.Write(name);
            output.Write(" <b>");
            OutputText.WriteNumber(output, byKind[(int)kind]);
            output.Write("</b></label>\n");
        }
        output.Write("<button type=\"button\" id=\"all\">All beads</button> <output id=\"shown\"></output>\n</fieldset>\n</section>\n");
    }

    private static void WriteFact(TextWriter output, string name, string value)
    {
        output.Write("<div><dt>");
        output.Write(name);
        output.Write("</dt><dd>");
        HtmlText.Write(output, value);
        output.Write("</dd></div>\n");
    }

    private static void WriteBead(AlignmentResult result, int index, Bead bead, List<Finding> findings, List<Mark> marks, TextWriter output)
    {
        output.Write("<div class=\"row bead");
        if (bead.IsUnpaired)
            output.Write(" unpaired");
        var sourceParagraph = StartsParagraph(result.Source, bead.Source, bead.SourceCount);
        var targetParagraph = StartsParagraph(result.Target, bead.Target, bead.TargetCount);
        if (sourceParagraph || targetParagraph)
            output.Write(" para");
        WriteKinds(output, KindsOf(findings), " has-", "");
        output.Write("\" id=\"b");
        OutputText.WriteNumber(output, index);
        output.Write("\">\n<div class=\"meta\"><a class=\"n\" href=\"#b");
        OutputText.WriteNumber(output, index);
        output.Write("\">");
        OutputText.WriteNumber(output, index);
        output.Write("</a> <span class=\"shape\">");
        output.Write(bead.ShapeName);
        output.Write("</span> <span class=\"conf");
        if (bead.Confidence < LowConfidence)
            output.Write(" low");
        output.Write("\" title=\"confidence\">");
        OutputText.WriteConfidence(output, bead.Confidence);
        output.Write("</span></div>\n");
        // A new paragraph on either side widens the gap above the row; when only one side's paragraph starts
        // there, a ¶ says which.
        var uneven = bead.SourceCount > 0 && bead.TargetCount > 0 && sourceParagraph != targetParagraph;
        WriteSide(output, result.Source, bead.Source, bead.SourceCount, uneven && sourceParagraph, findings, Side.Source, marks);
        WriteSide(output, result.Target, bead.Target, bead.TargetCount, uneven && targetParagraph, findings, Side.Target, marks);
        if (findings.Count > 0)
            WriteNotes(findings, output);
        output.Write("</div>\n");
    }

    /// <summary>True when a side's first sentence in the bead opens a paragraph that an earlier bead did not.</summary>
    private static bool StartsParagraph(Document document, int first, int count) =>
        count > 0 && first > 0 && document.ParagraphOf(first) != document.ParagraphOf(first - 1);

    private static void WriteSide(TextWriter output, Document document, int first, int count, bool markParagraph, List<Finding> findings, Side side, List<Mark> marks)
    {
        if (count == 0)
        {
            // The words come from the style sheet, so that copying a column copies only the texts.
            output.Write("<div class=\"side none\"></div>\n");
            return;
        }
        output.Write("<div class=\"side");
        if (markParagraph)
            output.Write(" ps");
        output.Write("\" lang=\"");
        HtmlText.Write(output, document.Language);
        output.Write("\"><p>");
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
                output.Write(document.ParagraphOf(i) != document.ParagraphOf(i - 1) ? "</p><p>" : " ");
            output.Write("<span class=\"s\" data-n=\"");
            OutputText.WriteNumber(output, i);
            output.Write("\">");
            WriteSentence(output, document, i, findings, side, marks);
            output.Write("</span>");
        }
        output.Write("</p></div>\n");
    }

    private static void WriteNotes(List<Finding> findings, TextWriter output)
    {
        output.Write("<ul class=\"notes\">\n");
        foreach (var finding in findings)
        {
            output.Write("<li class=\"k-");
            output.Write(finding.KindName);
            output.Write("\"><span class=\"tag\">");
            output.Write(finding.KindName);
            output.Write("</span> <span class=\"sev sev-");
            output.Write(SeverityName(finding.Severity));
            output.Write("\">");
            output.Write(SeverityName(finding.Severity));
            output.Write("</span> ");
            HtmlText.Write(output, finding.Message);
            output.Write("</li>\n");
        }
        output.Write("</ul>\n");
    }

    private static void WritePostamble(IReadOnlyList<Finding>? findings, TextWriter output)
    {
        output.Write("</main>\n");
        if (findings is { Count: > 0 })
        {
            output.Write("<script>");
            output.Write(Script);
            output.Write("</script>\n");
        }
        output.Write("</body>\n</html>\n");
    }

    private const float LowConfidence = 0.5f;

    private static readonly FindingKind[] s_kinds = Enum.GetValues<FindingKind>();

    // Shared by every bead without findings; never written to.
    private static readonly List<Finding> s_noFindings = [];

    /// <summary>The kinds of <paramref name="findings"/>, one bit each.</summary>
    private static int KindsOf(List<Finding> findings)
    {
        var kinds = 0;
        foreach (var finding in findings)
            kinds |= 1 << (int)finding.Kind;
        return kinds;
    }

    /// <summary>
    /// Writes <paramref name="prefix"/> and the name of each kind in <paramref name="kinds"/>, in enum order, with
    /// <paramref name="separator"/> between them.
    /// </summary>
    private static void WriteKinds(TextWriter output, int kinds, string prefix, string separator)
    {
        var first = true;
        foreach (var kind in s_kinds)
        {
            if ((kinds & (1 << (int)kind)) == 0)
                continue;
            if (!first)
                output.Write(separator);
            output.Write(prefix);
            output.Write(KindNames.Name(kind));
            first = false;
        }
    }

    internal static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
