using CsCheck;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class LexiconTests
{
    private static readonly Gen<string> s_stem = Gen.OneOf("a", "b", "c", "d", "e", "f", "g");

    [Fact]
    public void Each_stem_lists_its_translations_once_each_in_id_order_both_ways()
    {
        Gen.Select(s_stem, s_stem).Array[0, 40].Sample(pairs =>
        {
            var lexicon = new Lexicon("en", "ru", pairs.Select(p => (p.Item1, "r" + p.Item2)));
            var expected = pairs.Select(p => (Source: lexicon.SourceId(p.Item1), Target: lexicon.TargetId("r" + p.Item2))).Distinct().ToList();
            for (var source = 0; source < lexicon.SourceStemCount; source++)
            {
                var want = expected.Where(l => l.Source == source).Select(l => l.Target).Order().ToArray();
                Assert.Equal(want, lexicon.TranslationsOfSource(source).ToArray());
            }
            for (var target = 0; target < lexicon.TargetStemCount; target++)
            {
                var want = expected.Where(l => l.Target == target).Select(l => l.Source).Order().ToArray();
                Assert.Equal(want, lexicon.TranslationsOfTarget(target).ToArray());
            }
            Assert.Equal(expected.Count, lexicon.PairCount);
        }, iter: 2000);
    }
}
