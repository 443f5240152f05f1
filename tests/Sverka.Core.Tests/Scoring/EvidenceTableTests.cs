using CsCheck;
using Sverka.Core.Alignment;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class EvidenceTableTests
{
    private static readonly Lexicon s_lexicon = BuildLexicon();

    [Fact]
    public void A_table_grown_from_an_earlier_one_holds_what_direct_computation_gives_for_every_pair()
    {
        Gen.Select(TestDocuments.TranslatedBitext(40), Gen.Int[1, 6], Gen.Int[1, 12], Gen.Int[0, 3]).Sample((bitext, firstWidth, secondWidth, maxCount) =>
        {
            var (source, target, keys) = BitextFeatures.Of(bitext, s_lexicon);
            var n = source.Count;
            var m = target.Count;
            var shapeExtent = 1 + maxCount;
            var first = Band.AroundDiagonal(n, m, firstWidth);
            var second = Band.AroundDiagonal(n, m, secondWidth);
            using var fresh = new EvidenceTable(second, shapeExtent, shapeExtent, source, target, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount);
            using var earlier = new EvidenceTable(first, shapeExtent, shapeExtent, source, target, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount);
            using var grown = new EvidenceTable(second, shapeExtent, shapeExtent, source, target, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount, 1, earlier);
            Assert.True(grown.Covers(second, shapeExtent, shapeExtent, out var needed));
            Assert.Equal(grown.CellCount, needed);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    var want = fresh.Compute(i, j);
                    Assert.Equal(want, fresh.Get(i, j));
                    Assert.Equal(want, grown.Get(i, j));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void A_window_table_holds_what_direct_computation_gives_at_the_documents_sentence_numbers()
    {
        Gen.Select(TestDocuments.TranslatedBitext(40), Gen.Int[1, 8], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((bitext, width, a, b) =>
        {
            var (source, target, keys) = BitextFeatures.Of(bitext, s_lexicon);
            var n = source.Count;
            var m = target.Count;
            if (n == 0)
                return;
            var diagonal = Enumerable.Range(0, n + 1).Select(i => (I: i, J: (int)((long)i * m / n))).ToList();
            var band = Band.AroundPath(diagonal, n, m, width);
            var (first, last) = (Math.Min(a, b) % (n + 1), Math.Max(a, b) % (n + 1));
            if (first > last)
                (first, last) = (last, first);
            var origin = diagonal[first];
            var window = band.Window(origin, diagonal[last]);
            using var table = new EvidenceTable(window, origin, 2, 2, source, target, keys.Count, s_lexicon.SourceStemCount, s_lexicon.TargetStemCount, 1, earlier: null);
            // A window's table serves its window only, unless the window is the whole band.
            Assert.Equal(origin == (0, 0) && last == n, table.Covers(band, 2, 2, out _));
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                    Assert.Equal(table.Compute(i, j), table.Get(i, j));
            }
        }, iter: 300);
    }

    private static Lexicon BuildLexicon()
    {
        var english = WordStemmer.For("en");
        var russian = WordStemmer.For("ru");
        string[] en = ["report", "minister", "said", "talks", "economy", "growth", "new", "law", "river"];
        string[] ru = ["доклад", "министр", "сказал", "переговоры", "экономика", "рост", "новый", "закон", "река"];
        return new Lexicon("en", "ru", en.Zip(ru, (e, r) => (english.Stem(e), russian.Stem(r))).ToList());
    }
}
