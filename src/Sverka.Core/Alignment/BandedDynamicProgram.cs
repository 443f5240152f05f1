using System.Buffers;
using Sverka.Core.Scoring;

namespace Sverka.Core.Alignment;

/// <summary>
/// The bead dynamic programme restricted to a band: D(i, j) = min over shapes (a, b) of D(i - a, j - b) +
/// cost(bead). Costs live in one rented float array and backpointers (the shape index) in one rented byte array,
/// both laid out like the band; the scorer is a struct so its cost is inlined into the inner loop.
/// </summary>
internal static class BandedDynamicProgram
{
    private const byte NoShape = byte.MaxValue;

    /// <summary>
    /// Finds the cheapest path through the band from (0, 0) to (n, m). Returns the lattice points of the path in
    /// order, from (0, 0); null when the band does not connect the corners.
    /// </summary>
    public static List<(int I, int J)>? Run<TScorer>(in TScorer scorer, Band band, ReadOnlySpan<BeadShape> shapes, out double totalCost)
        where TScorer : struct, IBeadScorer
    {
        var cellCount = checked((int)band.CellCount);
        var cost = ArrayPool<float>.Shared.Rent(cellCount);
        var back = ArrayPool<byte>.Shared.Rent(cellCount);
        try
        {
            var n = band.SourceCount;
            Span<int> shapeSource = stackalloc int[shapes.Length];
            Span<int> shapeTarget = stackalloc int[shapes.Length];
            for (var k = 0; k < shapes.Length; k++)
            {
                shapeSource[k] = shapes[k].SourceCount;
                shapeTarget[k] = shapes[k].TargetCount;
            }

            for (var i = 0; i <= n; i++)
            {
                var lo = band.Lo(i);
                var hi = band.Hi(i);
                var rowOffset = band.RowOffset(i);
                for (var j = lo; j <= hi; j++)
                {
                    var index = (int)(rowOffset + j - lo);
                    if (i == 0 && j == 0)
                    {
                        cost[index] = 0;
                        back[index] = NoShape;
                        continue;
                    }
                    var best = float.PositiveInfinity;
                    var bestShape = NoShape;
                    for (var k = 0; k < shapeSource.Length; k++)
                    {
                        var pi = i - shapeSource[k];
                        var pj = j - shapeTarget[k];
                        if (pi < 0 || pj < 0 || pj < band.Lo(pi) || pj > band.Hi(pi))
                            continue;
                        var previous = cost[(int)band.Index(pi, pj)];
                        if (float.IsPositiveInfinity(previous))
                            continue;
                        var candidate = previous + scorer.Cost(pi, shapeSource[k], pj, shapeTarget[k]);
                        if (candidate < best)
                        {
                            best = candidate;
                            bestShape = (byte)k;
                        }
                    }
                    cost[index] = best;
                    back[index] = bestShape;
                }
            }

            var m = band.TargetCount;
            if (!band.Contains(n, m) || float.IsPositiveInfinity(cost[(int)band.Index(n, m)]))
            {
                totalCost = double.PositiveInfinity;
                return null;
            }
            totalCost = cost[(int)band.Index(n, m)];
            var path = new List<(int I, int J)>();
            int ci = n, cj = m;
            path.Add((ci, cj));
            while (ci > 0 || cj > 0)
            {
                var shape = back[(int)band.Index(ci, cj)];
                ci -= shapeSource[shape];
                cj -= shapeTarget[shape];
                path.Add((ci, cj));
            }
            path.Reverse();
            return path;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(cost);
            ArrayPool<byte>.Shared.Return(back);
        }
    }
}
