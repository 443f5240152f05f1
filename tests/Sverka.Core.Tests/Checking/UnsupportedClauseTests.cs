using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// A 1-1 pair that is only somewhat longer on one side than the document's ratio predicts, within what loose
/// translators write, but where one clause of that side finds nothing in the other: the words of the clause are
/// missing where the rest's are found, and without it the lengths agree. The clause is what the finding is about.
/// </summary>
public sealed class UnsupportedClauseTests
{
    private static readonly string[] s_english = CheckBitext.ClausesEnglish();

    private static readonly string[] s_russian = CheckBitext.ClausesRussian();

    private const string Appended = "дети и учителя встретились с министром";

    [Fact]
    public void A_clause_appended_to_a_translation_is_an_addition_of_that_clause()
    {
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, {Appended}.");

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), s_english, russian));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal(Appended + ".", CheckBitext.TextOf(CheckBitext.Result(s_english, russian).Target, finding.TargetSpans[0]));
        Assert.Contains("nothing for this clause", finding.Message, StringComparison.Ordinal);
    }

    // Words the English document has nowhere, so that the clause is weighed as it would be in a longer document.
    private const string AppendedUnheard = "тренер, охотник и фермер ждали на улице";

    [Theory]
    // The longer translation makes the aligner join the pair with the next into a 2-2 bead, which is as a whole
    // within what loose translators write.
    [InlineData("0:0 1,2:1,2 3:3 4:4 5:5")]
    // Long enough for two English sentences, the translation is joined with both, and the next translation is left
    // unpaired.
    [InlineData("0:0 1,2:1 :2 3:3 4:4 5:5")]
    public void A_clause_appended_to_a_translation_the_aligner_drew_into_a_larger_bead_is_an_addition_of_that_clause(string ladder)
    {
        // Each 1-1 pair of the bead or block is still a translation, so each is weighed as a 1-1 pair.
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, {AppendedUnheard}.");

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), s_english, russian, ladder));

        Assert.Equal(AppendedUnheard + ".", CheckBitext.TextOf(CheckBitext.Result(s_english, russian, ladder).Target, finding.TargetSpans[0]));
        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, russian, ladder));
    }

    [Fact]
    public void A_clause_appended_to_a_translation_that_condensed_the_rest_is_an_addition_of_that_clause()
    {
        // "old stone" is left out, so the Russian with the clause is only a few percent longer than the document's
        // ratio predicts, not the ten percent a pair once had to be.
        var english = CheckBitext.With(s_english, 1, "The police arrested a man near the old stone bridge, and the river flooded the village.");
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, {AppendedUnheard}.");

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), english, russian));

        Assert.Equal(AppendedUnheard + ".", CheckBitext.TextOf(CheckBitext.Result(english, russian).Target, finding.TargetSpans[0]));
    }

    [Fact]
    public void A_sentence_left_unpaired_beside_a_merged_bead_is_still_an_addition_when_it_translates_nothing_there()
    {
        var russian = CheckBitext.With(s_russian, 2, "Погода была холодная, и фермер ждал тренера.");
        const string DrawnOneOff = "0:0 1,2:1 :2 3:3 4:4 5:5";

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), s_english, russian, DrawnOneOff));

        Assert.Equal(russian[2], CheckBitext.TextOf(CheckBitext.Result(s_english, russian, DrawnOneOff).Target, finding.TargetSpans[0]));
    }

    [Fact]
    public void The_same_clause_is_no_addition_when_the_source_says_it_too()
    {
        var english = CheckBitext.With(s_english, 1, "The police arrested a man near the bridge, and the river flooded the village, children and teachers met the minister.");
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, {Appended}.");

        Assert.Empty(CheckBitext.Check(new AdditionCheck(), english, russian));
    }

    [Fact]
    public void An_addition_is_looked_for_where_it_is_appended_not_between_translated_clauses()
    {
        // Between two translated clauses the same words more often render something the source implies; weighing
        // every stretch of every target sentence found more loose renderings than additions.
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, {Appended}, а река затопила деревню.");

        Assert.Empty(CheckBitext.Check(new AdditionCheck(), s_english, russian));
    }

    [Theory]
    [InlineData("The police arrested a man near the bridge, and the river flooded the village.", 1)]
    [InlineData("The police arrested a man near the bridge in 1985, and the river flooded the village.", 0)]
    public void A_figure_the_source_has_for_the_clause_alone_speaks_for_it(string english1, int expected)
    {
        // "В 1985 году" is in the source only when the source has 1985; then the clause renders something the source
        // says, however loosely, and a figure missing from the source counts against it.
        var english = CheckBitext.With(s_english, 1, english1);
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, в 1985 году {Appended}.");

        Assert.Equal(expected, CheckBitext.Check(new AdditionCheck(), english, russian).Count);
    }

    [Theory]
    [InlineData("и все 40 фермеров и охотников ждали его там", 1)]
    [InlineData("и все эти фермеры и охотники ждали его там", 0)]
    public void A_figure_the_source_lacks_counts_toward_the_words_a_clause_needs_to_be_weighed(string clause, int expected)
    {
        // Two counted words are too few to tell a loose rendering from an addition; a figure in digits that the
        // source does not have is not written by chance and makes up the third.
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, {clause}.");

        Assert.Equal(expected, CheckBitext.Check(new AdditionCheck(), s_english, russian).Count);
    }

    [Fact]
    public void A_number_word_the_source_also_writes_does_not_speak_for_the_clause()
    {
        // "one" and "один" agree, but words for one are everywhere ("one of", "at first"); a figure in digits or a
        // larger number word is rare enough to tie a clause to the source.
        var english = CheckBitext.With(s_english, 1, "The police arrested one man near the bridge, and the river flooded the village.");
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, и в один день {Appended}.");

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), english, russian));

        Assert.StartsWith("и в один день", CheckBitext.TextOf(CheckBitext.Result(english, russian).Target, finding.TargetSpans[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_larger_number_word_the_source_also_writes_speaks_for_the_clause()
    {
        var english = CheckBitext.With(s_english, 1, "The police arrested a man near the bridge, and the river flooded the village, killing nine.");
        var russian = CheckBitext.With(s_russian, 1, $"Полиция арестовала мужчину возле моста, а река затопила деревню, и девять раз {Appended}.");

        Assert.Empty(CheckBitext.Check(new AdditionCheck(), english, russian));
    }

    [Fact]
    public void A_source_clause_the_translation_leaves_out_is_an_omission_of_that_clause_wherever_it_stands()
    {
        // The Russian makes up the length with words of its own ("старого", "через реку"), so the pair is not short
        // enough to be an omission by its length; the English clause in the middle finds nothing in it.
        var english = CheckBitext.With(s_english, 1, "The police arrested a man, children and teachers met the minister, near the bridge.");
        var russian = CheckBitext.With(s_russian, 1, "Полиция арестовала мужчину возле старого моста через реку.");

        var finding = Assert.Single(CheckBitext.Check(new OmissionCheck(), english, russian));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("children and teachers met the minister,", CheckBitext.TextOf(CheckBitext.Result(english, russian).Source, finding.SourceSpans[0]));
        Assert.Contains("nothing for this clause", finding.Message, StringComparison.Ordinal);
    }
}
