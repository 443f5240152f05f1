using Sverka.Core.Alignment;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

/// <summary>
/// Sentences that open with a quotation of speech, and the cost of pairing one with a sentence that does not: the
/// aligner once paired three quoted sentences one off, each with its neighbour's translation, rather than leave the
/// one whose translation was lost unpaired.
/// </summary>
public sealed class QuotationTests
{
    private static readonly Lexicon s_lexicon = new("en", "ru", [("elect", "выбор"), ("week", "недел")]);

    [Theory]
    [InlineData("\"Five weeks away from one of the most important elections.", true)]
    [InlineData("«До самых важных выборов остается всего пять недель.", true)]
    [InlineData("- « Chanson politique - Vilaine chanson !", true)]
    [InlineData("'It's not just the financials that are in play,' he said.", true)]
    [InlineData("«Рейнджерс» пережили очередную печальную выездную встречу.", false)]
    [InlineData("\"Fresh Prince\" star Will Smith spoke on Friday.", false)]
    [InlineData("Trump argued that Democrats are on a mission to \"resist and obstruct.\"", false)]
    public void A_sentence_opens_a_quotation_when_a_quotation_mark_starts_it_and_no_quoted_name_closes_it(string sentence, bool opens)
    {
        var (source, _, _) = BitextFeatures.Of((TestDocuments.Lines([sentence], "en"), TestDocuments.Lines(["Вчера."], "ru")), s_lexicon);

        Assert.Equal(opens, source.OpensQuotation[0]);
    }

    [Fact]
    public void Pairing_a_quotation_with_a_sentence_that_opens_none_costs_more_where_both_sides_quote_alike()
    {
        string[] english = ["\"Five weeks away from the elections.", "The vote is next week.", "The talks ended."];
        string[] russian = ["«До выборов пять недель.", "Голосование на следующей неделе.", "Переговоры завершились."];
        // The same Russian with no quotation marks at all: where a side quotes nothing, quotations say nothing.
        string[] unquoted = [.. russian.Select(r => r.Replace("«", "", StringComparison.Ordinal))];
        var mismatch = new ScoringOptions().QuotationMismatch;

        Assert.Equal(0, Extra(english, russian, 0, 0), 4);
        Assert.Equal(0, Extra(english, russian, 1, 1), 4);
        Assert.Equal(mismatch, Extra(english, russian, 0, 1), 4);
        Assert.Equal(mismatch, Extra(english, russian, 1, 0), 4);
        Assert.Equal(0, Extra(english, unquoted, 0, 1), 4);
    }

    /// <summary>What the quotations add to the cost of pairing source sentence <paramref name="source"/> with target sentence <paramref name="target"/>.</summary>
    private static double Extra(string[] english, string[] russian, int source, int target) =>
        PairCost(english, russian, source, target, new ScoringOptions()) - PairCost(english, russian, source, target, new ScoringOptions { QuotationMismatch = 0 });

    private static double PairCost(string[] english, string[] russian, int source, int target, ScoringOptions options)
    {
        var (sourceFeatures, targetFeatures, keys) = BitextFeatures.Of((TestDocuments.Lines(english, "en"), TestDocuments.Lines(russian, "ru")), s_lexicon);
        var band = Band.Full(sourceFeatures.Count, targetFeatures.Count);
        using var evidence = new EvidenceTable(band, 3, 3, sourceFeatures, targetFeatures, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount);
        var model = new BeadCostModel(sourceFeatures, targetFeatures, evidence, options, skipCost: 3, LexicalChance.Default);
        return model.PairCost(source, 1, target, 1);
    }
}
