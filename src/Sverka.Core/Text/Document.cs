namespace Sverka.Core.Text;

/// <summary>
/// One side of a bitext: the text as read, the language it is in, and its sentences as spans into that text,
/// so that every offset survives to the output.
/// </summary>
public sealed class Document
{
    private readonly Sentence[] _sentences;

    /// <summary>Creates a document over <paramref name="text"/> with sentences already found.</summary>
    public Document(string text, string language, Sentence[] sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(sentences);
        Text = text;
        Language = language;
        _sentences = sentences;
    }

    /// <summary>The whole text of the side, with line breaks normalised to LF.</summary>
    public string Text { get; }

    /// <summary>The language code (ISO 639-1, such as "en" or "ru"), or "und" when unknown.</summary>
    public string Language { get; }

    /// <summary>The sentences in document order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>How many sentences the document has.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>The characters of one sentence.</summary>
    public ReadOnlySpan<char> SentenceSpan(int index)
    {
        var span = _sentences[index].Span;
        return Text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The text of one sentence as a string.</summary>
    public string SentenceText(int index) => SentenceSpan(index).ToString();

    /// <summary>The paragraph that holds sentence <paramref name="index"/>.</summary>
    public int ParagraphOf(int index) => _sentences[index].Paragraph;
}
