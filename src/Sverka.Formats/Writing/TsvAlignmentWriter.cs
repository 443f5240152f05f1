using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing;

/// <summary>
/// Tab-separated values, one bead per line and no header: <c>source_text</c>, <c>target_text</c> and
/// <c>confidence</c> with three decimals. A side's sentences are joined with one space; tabs and line breaks
/// inside the text become spaces, so every line has exactly three fields; an empty side is an empty field.
/// </summary>
public sealed class TsvAlignmentWriter : IAlignmentWriter
{
    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var bead in result.Alignment.Beads)
            WriteBead(result, bead, output);
        output.Flush();
    }

    private static void WriteBead(AlignmentResult result, Bead bead, TextWriter output)
    {
        OutputText.WriteSentences(output, result.Source, bead.Source, bead.SourceCount);
        output.Write('\t');
        OutputText.WriteSentences(output, result.Target, bead.Target, bead.TargetCount);
        output.Write('\t');
        OutputText.WriteConfidence(output, bead.Confidence);
        output.Write('\n');
    }
}
