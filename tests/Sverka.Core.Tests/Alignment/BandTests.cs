using CsCheck;
using Sverka.Core.Alignment;

namespace Sverka.Core.Tests.Alignment;

public sealed class BandTests
{
    [Fact]
    public void A_union_in_every_row_spans_each_row_from_the_first_to_the_last_cell_of_either_band()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 40], Gen.Int[0, 6], Gen.Int[0, 6]).Sample((n, m, firstWidth, secondWidth) =>
        {
            var first = Band.AroundDiagonal(n, m, firstWidth);
            var path = Enumerable.Range(0, n + 1).Select(i => (i, Math.Min(m, i))).ToList();
            if (path[^1] != (n, m))
                path.Add((n, m));
            var second = Band.AroundPath(path, n, m, secondWidth);
            var union = first.UnionInRows(second, Enumerable.Repeat(true, n + 1).ToArray());
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

    [Fact]
    public void A_window_holds_exactly_the_band_cells_between_its_corners_shifted_to_the_origin()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 40], Gen.Int[0, 6], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((n, m, width, a, b) =>
        {
            var path = Enumerable.Range(0, n + 1).Select(i => (I: i, J: (int)((long)i * m / n))).ToList();
            var band = Band.AroundPath(path, n, m, width);
            var (first, last) = (Math.Min(a, b) % (n + 1), Math.Max(a, b) % (n + 1));
            if (first > last)
                (first, last) = (last, first);
            var (start, end) = (path[first], path[last]);
            var window = band.Window(start, end);
            Assert.Equal(end.I - start.I, window.SourceCount);
            Assert.Equal(end.J - start.J, window.TargetCount);
            for (var i = 0; i <= window.SourceCount; i++)
            {
                for (var j = -1; j <= window.TargetCount + 1; j++)
                {
                    var inside = j >= 0 && j <= window.TargetCount && band.Contains(start.I + i, start.J + j);
                    Assert.Equal(inside, window.Contains(i, j));
                }
            }
            Assert.True(window.Contains(0, 0));
            Assert.True(window.Contains(window.SourceCount, window.TargetCount));
        }, iter: 500);
    }

    [Fact]
    public void A_window_must_run_forward_between_cells_of_the_band()
    {
        var band = Band.AroundDiagonal(20, 20, 2);
        Assert.Throws<ArgumentException>(() => band.Window((10, 10), (5, 5)));
        Assert.Throws<ArgumentException>(() => band.Window((0, 0), (10, 19)));
    }

    [Fact]
    public void A_union_in_some_rows_holds_both_bands_there_and_this_band_everywhere_and_stays_monotone()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 40], Gen.Int[0, 4], Gen.Int[0, 10], Gen.Bool.Array[41]).Sample((n, m, firstWidth, secondWidth, marks) =>
        {
            var first = Band.AroundDiagonal(n, m, firstWidth);
            var path = Enumerable.Range(0, n + 1).Select(i => (i, Math.Min(m, i))).ToList();
            if (path[^1] != (n, m))
                path.Add((n, m));
            var second = Band.AroundPath(path, n, m, secondWidth);
            var rows = marks.Take(n + 1).ToArray();
            var union = first.UnionInRows(second, rows);
            for (var i = 0; i <= n; i++)
            {
                for (var j = 0; j <= m; j++)
                {
                    if (first.Contains(i, j) || (rows[i] && second.Contains(i, j)))
                        Assert.True(union.Contains(i, j));
                }
                if (i > 0)
                {
                    Assert.True(union.Lo(i - 1) <= union.Lo(i));
                    Assert.True(union.Hi(i - 1) <= union.Hi(i));
                }
            }
            // No row marked: the band as it was.
            var none = first.UnionInRows(second, new bool[n + 1]);
            Assert.Equal(first.CellCount, none.CellCount);
        }, iter: 500);
    }
}
