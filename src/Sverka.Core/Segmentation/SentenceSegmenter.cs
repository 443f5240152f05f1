using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>
/// Splits a paragraph into sentences by the rules of one language. Immutable and thread-safe.
/// (Placeholder: breaks after . ! ? followed by a space and an uppercase letter; replaced by the rule engine.)
/// </summary>
public sealed class SentenceSegmenter
{
    private SentenceSegmenter(string language) => Language = language;

    /// <summary>The language whose rules this segmenter applies.</summary>
    public string Language { get; }

    /// <summary>The segmenter for a language; languages without rules of their own get the generic rules.</summary>
    public static SentenceSegmenter ForLanguage(string language) => new(language);

    /// <summary>Appends the sentences of <paramref name="paragraph"/> to <paramref name="sentences"/>, trimmed of spaces.</summary>
    public void Segment(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var start = paragraph.Start;
        _ = Language;
        for (var i = paragraph.Start; i < paragraph.End - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && CharClass.IsSpace(text[i + 1]) && char.IsUpper(text[i + 2]))
            {
                AddTrimmed(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        AddTrimmed(text, start, paragraph.End, sentences);
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && CharClass.IsSpace(text[start]))
            start++;
        while (end > start && CharClass.IsSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(TextSpan.FromBounds(start, end));
    }
}
