using System.Text;
using CsCheck;
using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Segmentation;

/// <summary>Properties that hold for any text in any language: the sentences tile the paragraph's words.</summary>
public sealed class SentenceSegmenterPropertyTests
{
    private const int Iterations = 3000;

    private static readonly Gen<string> s_language = Gen.OneOf("en", "ru", "und");

    // Pieces that hit the rules far more often than random characters would.
    private static readonly Gen<string> s_piece = Gen.OneOf(
        "He", "left", "the", "Он", "ушёл", "и", "в", "В", "J", "Ю", "Ушаков", "1", "1999", "1990-х", "XIX", "IV",
        "Mr.", "Dr.", "etc.", "e.g.", "e. g.", "U.S.", "No.", "p.", "ft.", "Ft.", "a.m.", "et al.", "Jan.",
        "т.е.", "т. д.", "и пр.", "пр.", "г.", "гг.", "в.", "вв.", "см.", "См.", "им.", "ул.", "д.", "руб.", "тыс.",
        "J.", "В.", "В.В.Путин", "1.", "1.2.", "1.5", "10.30", "google.com", "Вопрос:",
        ".", "!", "?", "…", "...", "?!", "«", "»", "“", "”", "„", "\"", "'", "(", ")", "[", "]", "—", "–", "-",
        ":", ",", "$", "§", "5", "¿", "中文", "\uD83D\uDE00");

    private static readonly Gen<string> s_gap = Gen.OneOf("", " ", " ", " ", "  ", "\u00A0", "\n", "\t", "\u200B", "\u2009");

    private static readonly Gen<string> s_wordy =
        Gen.Select(s_piece, s_gap, (piece, gap) => piece + gap).Array[0, 40].Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> s_noise =
        Gen.Char[" .!?…«»\"'()—-aAяЯГ1\u00A0\n"].Array[0, 80].Select(chars => new string(chars));

    // Any UTF-16 code units at all, lone surrogates included.
    private static readonly Gen<string> s_anything = Gen.Char.Array[0, 120].Select(chars => new string(chars));

    private static readonly Gen<string> s_text = Gen.OneOf(s_wordy, s_wordy, s_noise, s_anything);

    [Fact]
    public void Sentences_are_in_order_trimmed_and_hold_every_non_space_character_of_the_paragraph()
    {
        Gen.Select(s_language, s_text, s_text, s_text).Sample((language, prefix, paragraph, suffix) =>
        {
            var text = prefix + paragraph + suffix;
            var span = new TextSpan(prefix.Length, paragraph.Length);

            AssertTilesParagraph(text, span, Segment(language, text, span));
        }, iter: Iterations);
    }

    [Fact]
    public void Text_outside_the_paragraph_does_not_change_the_sentences()
    {
        Gen.Select(s_language, s_text, s_text, s_text).Sample((language, prefix, paragraph, suffix) =>
        {
            var alone = Segment(language, paragraph, new TextSpan(0, paragraph.Length));
            var inside = Segment(language, prefix + paragraph + suffix, new TextSpan(prefix.Length, paragraph.Length));

            Assert.Equal(alone.Select(s => s with { Start = s.Start + prefix.Length }), inside);
        }, iter: Iterations);
    }

    [Fact]
    public void A_sentence_segmented_again_on_its_own_is_not_split()
    {
        Gen.Select(s_language, s_text).Sample((language, paragraph) =>
        {
            foreach (var sentence in Segment(language, paragraph, new TextSpan(0, paragraph.Length)))
                Assert.Equal([sentence], Segment(language, paragraph, sentence));
        }, iter: Iterations);
    }

    [Fact]
    public void Sentences_are_appended_after_what_the_list_already_holds()
    {
        Gen.Select(s_language, s_text).Sample((language, paragraph) =>
        {
            var marker = new TextSpan(-1, 7);
            var sentences = new List<TextSpan> { marker };
            SentenceSegmenter.ForLanguage(language).Segment(paragraph, new TextSpan(0, paragraph.Length), sentences);

            Assert.Equal(marker, sentences[0]);
            Assert.Equal(Segment(language, paragraph, new TextSpan(0, paragraph.Length)), sentences.Skip(1));
        }, iter: Iterations);
    }

    [Fact]
    public void Random_text_never_throws_whatever_the_language_code()
    {
        Gen.Select(Gen.String[0, 12], s_anything).Sample((language, paragraph) =>
        {
            var sentences = Segment(language, paragraph, new TextSpan(0, paragraph.Length));
            AssertTilesParagraph(paragraph, new TextSpan(0, paragraph.Length), sentences);
        }, iter: Iterations);
    }

    [Theory]
    [InlineData("a")]
    [InlineData(". ")]
    [InlineData(". A")]
    [InlineData("A. ")]
    [InlineData("Mr. ")]
    [InlineData("т. ")]
    [InlineData("т.  е. ")]
    [InlineData("1999 г. ")]
    [InlineData("В 1999 г. Он ")]
    [InlineData("... ")]
    [InlineData("… (")]
    [InlineData("?» — ")]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData(".")]
    public void A_megabyte_paragraph_of_one_repeated_pattern_is_segmented(string pattern)
    {
        // Guards against look-backs or rescans that grow with the paragraph: were the work quadratic, this would
        // not finish. No timing is asserted; the benchmarks measure speed.
        var text = new StringBuilder(1 << 20).Insert(0, pattern, (1 << 20) / pattern.Length).ToString();
        foreach (var language in new[] { "en", "ru", "und" })
            AssertTilesParagraph(text, new TextSpan(0, text.Length), Segment(language, text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void A_paragraph_outside_the_text_is_refused()
    {
        var segmenter = SentenceSegmenter.ForLanguage("en");

        Assert.Throws<ArgumentOutOfRangeException>(() => segmenter.Segment("abc", new TextSpan(2, 5), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => segmenter.Segment("abc", new TextSpan(-1, 2), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => segmenter.Segment("abc", new TextSpan(4, 0), []));
    }

    private static List<TextSpan> Segment(string language, string text, TextSpan paragraph)
    {
        var sentences = new List<TextSpan>();
        SentenceSegmenter.ForLanguage(language).Segment(text, paragraph, sentences);
        return sentences;
    }

    private static void AssertTilesParagraph(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        var previousEnd = paragraph.Start;
        var joined = new StringBuilder();
        foreach (var sentence in sentences)
        {
            // Checked before a message is built: the megabyte tests hold half a million sentences.
            if (sentence.Length <= 0)
                Assert.Fail($"an empty sentence at {sentence.Start}");
            if (sentence.Start < previousEnd)
                Assert.Fail($"sentence {sentence} starts before the one before it ends at {previousEnd}");
            if (sentence.End > paragraph.End)
                Assert.Fail($"sentence {sentence} runs past the paragraph {paragraph}");
            if (CharClass.IsSpace(text[sentence.Start]) || CharClass.IsSpace(text[sentence.End - 1]))
                Assert.Fail($"sentence {sentence} is not trimmed of spaces");
            AssertOnlySpaces(text, previousEnd, sentence.Start);
            AppendWithoutSpaces(joined, text, sentence);
            previousEnd = sentence.End;
        }
        AssertOnlySpaces(text, previousEnd, paragraph.End);

        var whole = new StringBuilder();
        AppendWithoutSpaces(whole, text, paragraph);
        Assert.Equal(whole.ToString(), joined.ToString());
    }

    private static void AssertOnlySpaces(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsSpace(text[i]))
                Assert.Fail($"'{text[i]}' at {i} lies between sentences");
        }
    }

    private static void AppendWithoutSpaces(StringBuilder builder, string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (!CharClass.IsSpace(c))
                builder.Append(c);
        }
    }
}
