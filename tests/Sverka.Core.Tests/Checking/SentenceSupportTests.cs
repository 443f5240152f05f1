using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>How much a counted word's outcome says for or against its sentence being translated.</summary>
public sealed class SentenceSupportTests
{
    [Fact]
    public void A_missing_name_says_more_than_a_missing_common_word()
    {
        // Translators keep names where they render common words freely: with neither word's counterpart anywhere in
        // the Russian, "Holt" missing weighs more against the sentence than "workers" missing.
        string[] english = ["Heavy rain flooded the town yesterday.", "Then Holt praised the workers yesterday."];
        string[] russian = ["Вчера сильный дождь затопил город.", "Вчера похвалили."];
        var context = new CheckContext(CheckBitext.Result(english, russian), CheckBitext.Lexicon, new CheckOptions());
        var support = SentenceSupport.Build(context.Beads, fromIsSource: true, context.Source, context.Target);
        var words = BeadCoverage.Measure(context.Source, 1, 1, context.Target, 1, 1).Words;

        var name = Assert.Single(words, w => w.Word.Lower == "holt");
        var common = Assert.Single(words, w => w.Word.Lower == "workers");
        Assert.False(name.Covered);
        Assert.False(common.Covered);
        Assert.True(support.Of(name) < support.Of(common) - 0.3, $"name {support.Of(name):F2}, word {support.Of(common):F2}");
        Assert.True(support.MostAgainst <= support.Of(name));
    }

    [Fact]
    public void A_capital_that_only_opens_the_sentence_is_no_name()
    {
        string[] english = ["Children saw the village and the town yesterday."];
        string[] russian = ["Вчера видели."];
        var context = new CheckContext(CheckBitext.Result(english, russian), CheckBitext.Lexicon, new CheckOptions());
        var support = SentenceSupport.Build(context.Beads, fromIsSource: true, context.Source, context.Target);
        var words = BeadCoverage.Measure(context.Source, 0, 1, context.Target, 0, 1).Words;
        var opening = Assert.Single(words, w => w.Word.Lower == "children");
        var common = Assert.Single(words, w => w.Word.Lower == "town");

        Assert.True(Math.Abs(support.Of(common) - support.Of(opening)) < 1e-6, $"opening {support.Of(opening):F3}, word {support.Of(common):F3}, covered {opening.Covered} {common.Covered}");
    }
}
