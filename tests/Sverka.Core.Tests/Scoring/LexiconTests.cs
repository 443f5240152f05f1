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

    [Fact]
    public void Pairs_put_in_read_as_if_the_lexicon_had_been_built_with_them()
    {
        Gen.Select(Gen.Select(s_stem, s_stem).Array[1, 30], Gen.Select(Gen.Int[0, 29], Gen.Int[0, 29]).Array[0, 10]).Sample((pairs, picks) =>
        {
            var lexicon = new Lexicon("en", "ru", pairs.Select(p => (p.Item1, "r" + p.Item2)));
            // Extra pairs join stems the lexicon has: a source of one of its pairs and the target of another.
            var extra = picks.Select(k => (pairs[k.Item1 % pairs.Length].Item1, "r" + pairs[k.Item2 % pairs.Length].Item2)).ToArray();
            var rebuilt = new Lexicon("en", "ru", pairs.Select(p => (p.Item1, "r" + p.Item2)).Concat(extra));

            var widened = lexicon.WithPairs([.. extra.Select(p => (lexicon.SourceId(p.Item1), lexicon.TargetId(p.Item2)))]);

            Assert.Equal(rebuilt.PairCount, widened.PairCount);
            for (var source = 0; source < rebuilt.SourceStemCount; source++)
                Assert.Equal(rebuilt.TranslationsOfSource(source).ToArray(), widened.TranslationsOfSource(source).ToArray());
            for (var target = 0; target < rebuilt.TargetStemCount; target++)
                Assert.Equal(rebuilt.TranslationsOfTarget(target).ToArray(), widened.TranslationsOfTarget(target).ToArray());
        }, iter: 2000);
    }
}
