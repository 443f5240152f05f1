namespace Sverka.Core.Text;

/// <summary>A half-open range of characters in a document's text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first character after the span.</summary>
    public int End => Start + Length;

    /// <summary>Makes a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
