using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing;

/// <summary>
/// Vecalign's alignment format, which the benchmark scorer reads: one bead per line as <c>[i, j]:[k]</c>, the
/// 0-based sentence indices of each side, <c>[]</c> for an empty side, and nothing else on the line.
/// </summary>
public sealed class LadderAlignmentWriter : IAlignmentWriter
{
    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var bead in result.Alignment.Beads)
            WriteBead(bead, output);
        output.Flush();
    }

    private static void WriteBead(Bead bead, TextWriter output)
    {
        WriteIndices(output, bead.Source, bead.SourceCount);
        output.Write(':');
        WriteIndices(output, bead.Target, bead.TargetCount);
        output.Write('\n');
    }

    private static void WriteIndices(TextWriter output, int first, int count)
    {
        output.Write('[');
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
                output.Write(", ");
            OutputText.WriteNumber(output, i);
        }
        output.Write(']');
    }
}
