using Sverka.Core.Checking;
using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing.Findings;

/// <summary>
/// Writes the findings of a translation check in one output format, with the same three steps as the alignment
/// writers: a preamble, one item per finding, a postamble; LF line breaks whatever the platform.
/// </summary>
public interface IFindingWriter
{
    /// <summary>Writes <paramref name="findings"/> about <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="result">The aligned bitext the findings are about.</param>
    /// <param name="findings">The findings, in bead order.</param>
    /// <param name="output">Where to write; the writer flushes what it buffers but does not close it.</param>
    void Write(AlignmentResult result, IReadOnlyList<Finding> findings, TextWriter output);
}
