namespace Sverka.Core.Text;

/// <summary>A sentence: where it stands in its document's text and which paragraph holds it.</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph);
