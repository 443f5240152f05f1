using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>What the other side of a merged bead has left for one sentence once the others have taken their words.</summary>
public sealed class LeftoverCoverageTests
{
    private static LeftoverCoverage Build(string[] english, string russian)
    {
        var ladder = $"{string.Join(',', Enumerable.Range(0, english.Length))}:0";
        var context = new CheckContext(CheckBitext.Result(english, [russian], ladder), CheckBitext.Lexicon, new CheckOptions());
        return LeftoverCoverage.Build(context.Source, 0, english.Length, context.Target, 0, 1);
    }

    [Fact]
    public void A_sentence_that_repeats_its_neighbour_has_nothing_left_when_the_translation_says_it_once()
    {
        var leftover = Build(
            ["Police arrested a man.", "The police arrested a man near the bridge."],
            "Полиция арестовала мужчину возле моста.");

        Assert.All(leftover.For(0), w => Assert.False(w.Covered));
    }

    [Fact]
    public void A_sentence_with_its_own_words_in_the_translation_keeps_them()
    {
        var leftover = Build(
            ["The school was closed.", "The police arrested a man."],
            "Школа была закрыта, и полиция арестовала мужчину.");

        Assert.All(leftover.For(0), w => Assert.True(w.Covered));
        Assert.All(leftover.For(1), w => Assert.True(w.Covered));
    }

    [Fact]
    public void A_word_said_in_both_sentences_and_twice_in_the_translation_is_left_for_each()
    {
        var leftover = Build(
            ["The police arrested a man.", "The police closed the bridge."],
            "Полиция арестовала мужчину, и полиция закрыла мост.");

        Assert.Contains(leftover.For(0), w => w is { Word.Lower: "police", Covered: true });
        Assert.Contains(leftover.For(1), w => w is { Word.Lower: "police", Covered: true });
    }

    [Fact]
    public void A_stretch_of_one_sentence_gets_only_what_the_rest_of_it_leaves()
    {
        // "police" is said twice in the English and once in the Russian: the rest of the sentence takes it first.
        var leftover = Build(["The police arrested a man, and the police closed the bridge."], "Полиция арестовала мужчину.");

        var tail = leftover.ForRange(3, 6);

        Assert.Equal(["police", "closed", "bridge"], tail.Select(w => w.Word.Lower));
        Assert.All(tail, w => Assert.False(w.Covered));
        Assert.Contains(leftover.ForRange(0, 3), w => w is { Word.Lower: "arrested", Covered: true });
    }
}
