using CsCheck;
using Sverka.Core.Alignment;

namespace Sverka.Core.Tests.Alignment;

public sealed class BandTests
{
    [Fact]
    public void A_union_spans_each_row_from_the_first_to_the_last_cell_of_either_band()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 40], Gen.Int[0, 6], Gen.Int[0, 6]).Sample((n, m, firstWidth, secondWidth) =>
        {
            var first = Band.AroundDiagonal(n, m, firstWidth);
            var path = Enumerable.Range(0, n + 1).Select(i => (i, Math.Min(m, i))).ToList();
            if (path[^1] != (n, m))
                path.Add((n, m));
            var second = Band.AroundPath(path, n, m, secondWidth);
            var union = first.Union(second);
            for (var i = 0; i <= n; i++)
            {
                Assert.Equal(Math.Min(first.Lo(i), second.Lo(i)), union.Lo(i));
                Assert.Equal(Math.Max(first.Hi(i), second.Hi(i)), union.Hi(i));
                for (var j = 0; j <= m; j++)
                {
                    if (first.Contains(i, j) || second.Contains(i, j))
                        Assert.True(union.Contains(i, j));
                }
            }
            Assert.Equal(union.RowOffset(n) + union.Hi(n) - union.Lo(n) + 1, union.CellCount);
        }, iter: 500);
    }
}
