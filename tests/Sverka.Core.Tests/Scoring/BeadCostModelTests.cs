using CsCheck;
using Sverka.Core.Alignment;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class BeadCostModelTests
{
    private static readonly Lexicon s_lexicon = new("en", "ru", [("report", "доклад"), ("minist", "министр")]);

    /// <summary>
    /// The random bitexts repeat their few names and numbers ("Moscow", "2021") in most sentences, so a block
    /// that summed an anchor once for every sentence of the other side holding it would fail here at once.
    /// </summary>
    [Fact]
    public void A_block_credits_each_sentence_with_the_weight_of_its_own_anchors_that_the_other_side_holds_once_each()
    {
        Gen.Select(TestDocuments.TranslatedBitext(12), Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[1, 3], Gen.Int[1, 3]).Sample((bitext, i, j, a, b) =>
        {
            var (source, target, keys) = BitextFeatures.Of(bitext, s_lexicon);
            if (source.Count < a || target.Count < b || a + b == 2)
                return;
            i %= source.Count - a + 1;
            j %= target.Count - b + 1;
            var band = Band.Full(source.Count, target.Count);
            using var evidence = new EvidenceTable(band, 3, 3, source, target, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount);
            var model = new BeadCostModel(source, target, evidence, new ScoringOptions(), skipCost: 3, LexicalChance.Default);

            var (_, _, numbers, names) = model.SumBlock(i, a, j, b);

            Assert.Equal(Held(source.Numbers, source.NumberWeights, source.NumberStart, i, a, target.Numbers, target.NumberStart, j, b)
                + Held(target.Numbers, target.NumberWeights, target.NumberStart, j, b, source.Numbers, source.NumberStart, i, a), numbers, 4);
            Assert.Equal(Held(source.Names, source.NameWeights, source.NameStart, i, a, target.Names, target.NameStart, j, b)
                + Held(target.Names, target.NameWeights, target.NameStart, j, b, source.Names, source.NameStart, i, a), names, 4);
        }, iter: 300);
    }

    /// <summary>Sentence by sentence, the weight of the anchors some sentence of the other block also has.</summary>
    private static double Held(int[] ids, float[] weights, int[] start, int first, int count, int[] otherIds, int[] otherStart, int otherFirst, int otherCount)
    {
        var other = new HashSet<int>();
        for (var s = otherFirst; s < otherFirst + otherCount; s++)
        {
            for (var k = otherStart[s]; k < otherStart[s + 1]; k++)
                other.Add(otherIds[k]);
        }
        double held = 0;
        for (var s = first; s < first + count; s++)
        {
            for (var k = start[s]; k < start[s + 1]; k++)
                held += other.Contains(ids[k]) ? weights[k] : 0;
        }
        return held;
    }
}
