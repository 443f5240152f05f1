using Sverka.Core.Buffers;
using Sverka.Core.Scoring;

namespace Sverka.Core.Alignment;

/// <summary>
/// The bead dynamic programme restricted to a band: D(i, j) = min over shapes (a, b) of D(i - a, j - b) +
/// cost(bead). Costs live in one rented float array and backpointers (the shape index) in one rented byte array,
/// both laid out like the band; the scorer is a struct so its cost is inlined into the inner loop.
/// </summary>
/// <remarks>
/// Pricing beads is nearly all the work, and a bead's price does not depend on the recurrence, so rows are taken
/// in blocks: every bead ending in a block is priced first, in parallel across rows, then the recurrence runs
/// over the block alone. The result is the same whatever the degree of parallelism.
/// </remarks>
internal static class BandedDynamicProgram
{
    private const byte NoShape = byte.MaxValue;
    private const int BlockRows = 64;

    // Below this many beads a block is priced on the calling thread: handing work out costs more than it saves.
    private const int ParallelBeadThreshold = 16_384;

    /// <summary>
    /// Finds the cheapest path through the band from (0, 0) to (n, m). Returns the lattice points of the path in
    /// order, from (0, 0); null when the band does not connect the corners.
    /// </summary>
    public static List<(int I, int J)>? Run<TScorer>(in TScorer scorer, Band band, ReadOnlySpan<BeadShape> shapes, int maxDegreeOfParallelism, out double totalCost)
        where TScorer : struct, IBeadScorer
    {
        var cellCount = checked((int)band.CellCount);
        var shapeSource = new int[shapes.Length];
        var shapeTarget = new int[shapes.Length];
        for (var k = 0; k < shapes.Length; k++)
        {
            shapeSource[k] = shapes[k].SourceCount;
            shapeTarget[k] = shapes[k].TargetCount;
        }
        var n = band.SourceCount;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var cost = LatticeArrays.Rent<float>(cellCount);
        var back = LatticeArrays.Rent<byte>(cellCount);
        // Blocks hold as many rows as a pooled array of prices can, and at least BlockRows.
        var blockEnds = new List<int>();
        var maxBlockCells = 0L;
        for (var first = 0; first <= n;)
        {
            var end = Math.Min(n + 1, first + BlockRows);
            while (end <= n && (band.RowOffset(Math.Min(n + 1, end + BlockRows)) - band.RowOffset(first)) * shapes.Length <= LatticeArrays.MaxPooledLength)
                end = Math.Min(n + 1, end + BlockRows);
            blockEnds.Add(end);
            maxBlockCells = Math.Max(maxBlockCells, band.RowOffset(end) - band.RowOffset(first));
            first = end;
        }
        var blockCosts = LatticeArrays.Rent<float>(checked((int)maxBlockCells * shapes.Length));
        try
        {
            var pricer = new BlockPricer<TScorer>(scorer, band, shapeSource, shapeTarget, blockCosts);
            var first = 0;
            foreach (var end in blockEnds)
            {
                var blockOffset = band.RowOffset(first);
                pricer.BlockOffset = blockOffset;
                if ((band.RowOffset(end) - blockOffset) * shapes.Length < ParallelBeadThreshold || maxDegreeOfParallelism == 1)
                {
                    for (var i = first; i < end; i++)
                        pricer.PriceRow(i);
                }
                else
                {
                    // Rows go to threads in runs: a row of a narrow band is too little work to hand out alone.
                    var rowsPerTask = Math.Clamp((end - first) / 16, 1, BlockRows);
                    var blockFirst = first;
                    Parallel.For(0, (end - first + rowsPerTask - 1) / rowsPerTask, parallel, run =>
                    {
                        for (var i = blockFirst + run * rowsPerTask; i < Math.Min(end, blockFirst + (run + 1) * rowsPerTask); i++)
                            pricer.PriceRow(i);
                    });
                }
                Recur(band, first, end, blockOffset, shapes.Length, blockCosts, shapeSource, shapeTarget, cost, back);
                first = end;
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
            LatticeArrays.Return(cost);
            LatticeArrays.Return(back);
            LatticeArrays.Return(blockCosts);
        }
    }

    private static void Recur(Band band, int first, int end, long blockOffset, int shapeCount, float[] beadCosts,
        int[] shapeSource, int[] shapeTarget, float[] cost, byte[] back)
    {
        for (var i = first; i < end; i++)
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
                var priced = (int)(index - blockOffset) * shapeCount;
                var best = float.PositiveInfinity;
                var bestShape = NoShape;
                for (var k = 0; k < shapeCount; k++)
                {
                    var beadCost = beadCosts[priced + k];
                    if (float.IsPositiveInfinity(beadCost))
                        continue;
                    var previous = cost[(int)band.Index(i - shapeSource[k], j - shapeTarget[k])];
                    var candidate = previous + beadCost;
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
    }

    /// <summary>Prices every bead that ends in one row of a block; rows are independent, so threads share it.</summary>
    private sealed class BlockPricer<TScorer>(TScorer scorer, Band band, int[] shapeSource, int[] shapeTarget, float[] beadCosts)
        where TScorer : struct, IBeadScorer
    {
        private readonly TScorer _scorer = scorer;

        public long BlockOffset { get; set; }

        public void PriceRow(int i)
        {
            var lo = band.Lo(i);
            var hi = band.Hi(i);
            var shapeCount = shapeSource.Length;
            var priced = (int)(band.RowOffset(i) - BlockOffset) * shapeCount;
            for (var j = lo; j <= hi; j++, priced += shapeCount)
            {
                for (var k = 0; k < shapeCount; k++)
                {
                    var pi = i - shapeSource[k];
                    var pj = j - shapeTarget[k];
                    // A bead whose start lies outside the band cannot be taken: infinity marks it for the recurrence.
                    if (pi < 0 || pj < 0 || pj < band.Lo(pi) || pj > band.Hi(pi))
                        beadCosts[priced + k] = float.PositiveInfinity;
                    else
                        beadCosts[priced + k] = _scorer.Cost(pi, shapeSource[k], pj, shapeTarget[k]);
                }
            }
        }
    }
}
