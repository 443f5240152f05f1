using System.Globalization;
using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>
/// A listing for people to read: a summary line, then per bead a line with its index, shape and confidence and
/// one indented line per sentence, labelled with its language (<c>  en│ …</c>, <c>  ru│ …</c>), <c>—</c> for an
/// empty side. Line breaks inside a sentence become spaces so that every sentence keeps its label, and so do other
/// control characters, which a terminal would act on instead of showing.
/// </summary>
public sealed class TextAlignmentWriter : IAlignmentWriter
{
    private const string EmptySide = "—";

    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var (sourceLabel, targetLabel) = Labels(result.Source.Language, result.Target.Language);
        WritePreamble(result, output);
        var beads = result.Alignment.Beads;
        for (var k = 0; k < beads.Length; k++)
            WriteBead(result, k, beads[k], sourceLabel, targetLabel, output);
        output.Flush();
    }

    private static void WritePreamble(AlignmentResult result, TextWriter output)
    {
        var alignment = result.Alignment;
        var unpaired = 0;
        foreach (var bead in alignment.Beads)
        {
            if (bead.IsUnpaired)
                unpaired++;
        }
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"{result.Source.Language} → {result.Target.Language}: {alignment.Count} beads, {unpaired} unpaired, mean confidence {Math.Round(alignment.MeanConfidence, 3, MidpointRounding.AwayFromZero):F3}\n"));
        if (result.Split is { } split)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"one file split at line {split.Line}: {split.FirstLanguage} before, {split.SecondLanguage} after\n"));
        }
    }

    private static void WriteBead(AlignmentResult result, int index, Bead bead, string sourceLabel, string targetLabel, TextWriter output)
    {
        output.Write("\n#");
        OutputText.WriteNumber(output, index);
        output.Write("  ");
        output.Write(bead.ShapeName);
        output.Write("  ");
        OutputText.WriteConfidence(output, bead.Confidence);
        output.Write('\n');
        WriteSide(output, sourceLabel, result.Source, bead.Source, bead.SourceCount);
        WriteSide(output, targetLabel, result.Target, bead.Target, bead.TargetCount);
    }

    /// <summary>One side of a bead, a labelled line per sentence, or a dash when the side is empty; the finding report shares it.</summary>
    internal static void WriteSide(TextWriter output, string label, Document document, int first, int count)
    {
        if (count == 0)
        {
            WriteLabel(output, label);
            output.Write(EmptySide);
            output.Write('\n');
            return;
        }
        for (var i = first; i < first + count; i++)
        {
            WriteLabel(output, label);
            OutputText.WritePrintable(output, OutputText.Unwrapped(document.SentenceSpan(i)));
            output.Write('\n');
        }
    }

    private static void WriteLabel(TextWriter output, string label)
    {
        output.Write("  ");
        output.Write(label);
        output.Write("│ ");
    }

    /// <summary>The languages as labels of one width; "src" and "tgt" when both sides claim the same language.</summary>
    internal static (string Source, string Target) Labels(string source, string target)
    {
        if (string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
            (source, target) = ("src", "tgt");
        var width = Math.Max(source.Length, target.Length);
        return (source.PadRight(width), target.PadRight(width));
    }
}
