using Sverka.Core.Alignment;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Alignment;

/// <summary>
/// Confidence with a thin lexicon: one that knows so few of a language's words that most pairs of a real
/// translation have none it knows, as FreeDict's Icelandic–English does. Such a translation must not be taken for
/// unrelated texts, and unrelated texts must still be.
/// </summary>
public sealed class AlignmentConfidenceTests
{
    private const int Vocabulary = 400;
    private const int KnownWords = 16;

    private static readonly SentenceAligner s_aligner = new(new AlignerOptions());

    [Fact]
    public void A_translation_with_few_known_words_keeps_its_confidence()
    {
        var random = new Random(11);
        var sentences = RandomSentences(random, 40);
        var source = Document(sentences, SourceWord, "is");
        var target = Document(sentences, TargetWord, "fo");

        var alignment = s_aligner.Align(source, target, ThinLexicon());

        var doubted = alignment.Beads.ToArray().Count(b => b.Confidence < 0.5);
        Assert.True(alignment.MeanConfidence >= 0.7 && doubted <= 4,
            $"mean confidence {alignment.MeanConfidence:0.00}, {doubted} of {alignment.Count} beads below 0.5");
        Assert.False(alignment.LooksUnrelated);
    }

    [Fact]
    public void Unrelated_texts_with_the_same_thin_lexicon_are_still_doubted()
    {
        var random = new Random(11);
        var source = Document(RandomSentences(random, 40), SourceWord, "is");
        var target = Document(RandomSentences(random, 40), TargetWord, "fo");

        var alignment = s_aligner.Align(source, target, ThinLexicon());

        Assert.True(alignment.MeanConfidence < 0.5, $"mean confidence {alignment.MeanConfidence:0.00}");
        Assert.True(alignment.LooksUnrelated);
    }

    /// <summary>Sentences of 8 to 16 words, each word drawn from the vocabulary with a Zipf-like skew, as text has.</summary>
    private static int[][] RandomSentences(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, random.Next(8, 17)).Select(_ => (int)(Vocabulary * Math.Pow(random.NextDouble(), 2))).ToArray())];

    private static Document Document(int[][] sentences, Func<int, string> word, string language) =>
        TestDocuments.Lines(sentences.Select(s => string.Join(' ', s.Select(word)) + "."), language);

    /// <summary>Words of letters only, distinct per number; the target's spelt otherwise, so that no word is its own cognate.</summary>
    private static string SourceWord(int id) => Spell(id, "bdfgklmnprstv", "aeiou");

    private static string TargetWord(int id) => Spell(id, "hjwxzcq", "yøåæ");

    private static string Spell(int id, string consonants, string vowels)
    {
        var letters = new List<char>();
        for (var n = id + 1; n > 0; n /= consonants.Length)
        {
            letters.Add(consonants[n % consonants.Length]);
            letters.Add(vowels[n % vowels.Length]);
        }
        letters.Add(consonants[id % consonants.Length]);
        return new string([.. letters]);
    }

    /// <summary>A lexicon of every 25th word, none of the most frequent: 4% of the vocabulary.</summary>
    private static Lexicon ThinLexicon() =>
        new("is", "fo", Enumerable.Range(0, KnownWords).Select(k => 24 + k * (Vocabulary / KnownWords)).Select(id => (SourceWord(id), TargetWord(id))));
}
