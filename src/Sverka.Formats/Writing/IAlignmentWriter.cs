using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing;

/// <summary>
/// Writes an alignment in one output format. Every writer has the same three steps, a preamble, one item per
/// bead, and a postamble, and writes LF line breaks whatever the platform.
/// </summary>
public interface IAlignmentWriter
{
    /// <summary>Writes the whole of <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="result">The aligned bitext.</param>
    /// <param name="output">Where to write; the writer flushes what it buffers but does not close it.</param>
    void Write(AlignmentResult result, TextWriter output);
}
