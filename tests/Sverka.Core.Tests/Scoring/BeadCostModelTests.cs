using CsCheck;
using Sverka.Core.Alignment;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class BeadCostModelTests
{
    [Fact]
    public void The_lower_bound_is_never_above_the_cost_of_any_bead()
    {
        var lexicon = ScoringFixtures.Lexicon;
        Gen.Select(TestDocuments.TranslatedBitext(30), Gen.Double[0.0, 0.5], Gen.Double[0.5, 20.0], Gen.Int[0, 1000]).Sample((bitext, chance, skip, seed) =>
        {
            var (source, target, keyCount) = ScoringFixtures.Features(bitext.Source, bitext.Target);
            var n = source.Count;
            var m = target.Count;
            if (n == 0 || m == 0)
                return;
            using var evidence = new EvidenceTable(Band.Full(n, m), 3, 3, source, target, keyCount, lexicon.SourceStemCount, lexicon.TargetStemCount);
            var model = new BeadCostModel(source, target, evidence, new ScoringOptions(), skip, new LexicalChance(chance, chance));
            var random = new Random(seed);
            foreach (var shape in BeadShape.Default)
            {
                for (var trial = 0; trial < 20; trial++)
                {
                    if (shape.SourceCount > n || shape.TargetCount > m)
                        break;
                    var i = random.Next(n - shape.SourceCount + 1);
                    var j = random.Next(m - shape.TargetCount + 1);
                    var cost = model.Cost(i, shape.SourceCount, j, shape.TargetCount);
                    var bound = model.LowerBound(i, shape.SourceCount, j, shape.TargetCount);
                    Assert.True(bound <= cost, $"{shape.SourceCount}-{shape.TargetCount} at ({i}, {j}): bound {bound} above cost {cost}");
                }
            }
        }, iter: 300);
    }
}
