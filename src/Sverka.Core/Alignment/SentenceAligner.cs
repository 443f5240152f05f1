using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Alignment;

/// <summary>
/// Aligns the sentences of two documents. Features are computed once per sentence; the bead dynamic programme runs
/// in a band around the diagonal, the skip cost is calibrated on the document's own likely and unlikely pairs, and
/// the programme runs again in a band around the first path. Wherever the path then runs close to the band's edge
/// the band is doubled there (Moore 2002; hunalign) and that stretch alone is solved again, so a narrow first guess
/// cannot cut off the right path and a long document pays for its doubtful stretches, not for a whole pass per
/// widening. Immutable and thread-safe.
/// </summary>
public sealed class SentenceAligner
{
    private const int EdgeMargin = 4;

    // Below this many sentences in all, the two sides' features are extracted one after the other.
    private const long ParallelExtractionSentences = 1_000;

    // The first, uncalibrated path is widened this many times at most where it touches its band's edge: it only
    // centres the calibrated search, which widens wherever it must.
    private const int MaxUncalibratedWidenings = 1;

    // Lattices larger than this find their first path with 1-1 and unpaired beads only, and a banded search of one
    // goes chunk by chunk. Fixed, not an option, so that the banded and the full search of one document calibrate
    // alike.
    private const long CoarseFirstPassCells = 1L << 20;
    // Lattice bands at least this large are followed by a full garbage collection (see ReleaseDroppedTables).
    private const long CollectAfterPassCells = 1L << 20;
    private const long CommittedMemoryToReturn = 400L << 20;
    private const float MinSkipCost = 0.5f;
    private const float MaxSkipCost = 100f;

    // Rows either side of a widened run that its window also solves again, so that the new path can leave the old
    // one before the widening and rejoin it after.
    private const int WindowMargin = 32;

    // A long document is searched this many source sentences at a time, each chunk solved on for the overlap
    // beyond its end; a first-path chunk's band widens up to the maximum where its path runs along the edge.
    // Chunks this size keep a chunk's tables under the sizes LatticeArrays pools.
    private const int ChunkRows = 8_192;
    private const int ChunkOverlap = 512;
    private const int MaxChunkHalfWidth = 1_024;

    // A chunked search that pairs less than this share of the shorter text is tried again over the whole
    // matrix, if the matrix has at most this many cells (a few hundred megabytes of tables).
    private const double RetryBelowPairedShare = 0.5;
    private const long MaxWholeRetryCells = 1L << 24;

    // Pairs this far off the final path have their evidence in a table; calibration and confidence read them.
    private const int NearPathHalfWidth = 2;

    // Repair rounds stop here whatever remains in doubt; each widens only where the last one changed the path, so
    // real documents settle in a few.
    private const int MaxRepairRounds = 32;

    private readonly AlignerOptions _options;
    private readonly BeadShape[] _shapes;
    private readonly int _maxSourceCount;
    private readonly int _maxTargetCount;
    private readonly BeadShape[] _coarseShapes;

    /// <summary>Creates an aligner with the given options.</summary>
    public SentenceAligner(AlignerOptions options)
    {
        _options = options;
        _shapes = options.EffectiveShapes.ToArray();
        if (!_shapes.Contains(new BeadShape(1, 0)) || !_shapes.Contains(new BeadShape(0, 1)))
            throw new ArgumentException("The bead shapes must include 1-0 and 0-1, or some inputs could not be aligned at all.", nameof(options));
        _maxSourceCount = _shapes.Max(s => s.SourceCount);
        _maxTargetCount = _shapes.Max(s => s.TargetCount);
        _coarseShapes = [.. _shapes.Where(s => s.SourceCount + s.TargetCount <= 2)];
    }

    /// <summary>
    /// Aligns two documents. <paramref name="lexicon"/>, when given, reads from the source's language to the
    /// target's; without it alignment rests on length, numbers, names and cognates.
    /// </summary>
    public SentenceAlignment Align(Document source, Document target, Lexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var n = source.SentenceCount;
        var m = target.SentenceCount;
        if (n == 0 || m == 0)
            return Unpaired(n, m);

        var keys = new KeyInterner();
        var targetKeys = new KeyInterner();
        SideFeatures ExtractSource() => new FeatureExtractor(source.Language, new LexiconSide(lexicon, isSource: true), keys).Extract(source);
        SideFeatures ExtractTarget() => new FeatureExtractor(target.Language, new LexiconSide(lexicon, isSource: false), targetKeys).Extract(target);
        SideFeatures sourceFeatures, targetFeatures;
        if (_options.MaxDegreeOfParallelism == 1 || (long)n + m < ParallelExtractionSentences)
        {
            sourceFeatures = ExtractSource();
            targetFeatures = ExtractTarget();
        }
        else
        {
            var targetTask = Task.Run(ExtractTarget);
            sourceFeatures = ExtractSource();
            targetFeatures = targetTask.GetAwaiter().GetResult();
        }
        targetFeatures.RenumberKeys(keys.Absorb(targetKeys));
        var sides = new Sides(sourceFeatures, targetFeatures, keys.Count, lexicon?.SourceStemCount ?? 0, lexicon?.TargetStemCount ?? 0);
        var costs = new Costs(_options.Scoring, _options.Scoring.DefaultSkipCost, LexicalChance.Default);

        var full = _options.ForceFullMatrix || (long)(n + 1) * (m + 1) <= _options.FullMatrixCells;
        var halfWidths = new int[n + 1];
        var initialCosts = costs;
        var cells = (long)(n + 1) * (m + 1);
        var chunked = !full && cells > CoarseFirstPassCells;
        var (path, band, evidence) = chunked
            ? SearchInChunks(sides, halfWidths, ref costs)
            : SearchWhole(sides, full, halfWidths, ref costs);
        // Chunks steer towards the point where both documents end. When one text translates only part of the
        // other, that course is wrong and most of the shorter text goes unpaired; a lattice small enough is then
        // searched whole, which needs no course, and the result that pairs more of the shorter text is kept.
        if (chunked && cells <= MaxWholeRetryCells && PairedShare(path, n, m) < RetryBelowPairedShare)
        {
            var wholeCosts = initialCosts;
            var whole = SearchWhole(sides, full: true, halfWidths, ref wholeCosts);
            if (PairedShare(whole.Path, n, m) > PairedShare(path, n, m))
            {
                evidence?.Dispose();
                (path, band, evidence, costs) = (whole.Path, whole.Band, whole.Evidence, wholeCosts);
            }
            else
            {
                whole.Evidence?.Dispose();
            }
        }
        try
        {
            path = Repair(sides, costs, band, halfWidths, path);
            // Confidence and the test for unrelated texts read pairs on the path and a little off it: from the
            // search's own table when it covered the whole document, else from one along the path.
            using var nearPath = evidence is null ? EvidenceNear(sides, path) : null;
            var model = new BeadCostModel(sourceFeatures, targetFeatures, nearPath ?? evidence!, costs.Scoring, costs.SkipCost, costs.Chance);
            // Only words tell a translation from a text of the same shape; without a lexicon the margin must do.
            var wrongPairs = lexicon is null ? null : WrongPairEvidence(model, path, m);
            double? unrelatedBy = wrongPairs is { } wrong && LooksUnrelated(model, path, wrong) ? wrong.Median : null;
            return new SentenceAlignment(ToBeads(model, path, m, unrelatedBy), n, m) { LooksUnrelated = unrelatedBy is not null };
        }
        finally
        {
            evidence?.Dispose();
        }
    }

    /// <summary>The share of the shorter side's sentences that the path pairs with something.</summary>
    private static double PairedShare(List<(int I, int J)> path, int n, int m)
    {
        long paired = 0;
        for (var k = 1; k < path.Count; k++)
        {
            var a = path[k].I - path[k - 1].I;
            var b = path[k].J - path[k - 1].J;
            if (a > 0 && b > 0)
                paired += n <= m ? a : b;
        }
        return (double)paired / Math.Max(1, Math.Min(n, m));
    }

    /// <summary>
    /// A short document's search, each pass over the whole band: a first path in a band around the diagonal
    /// (widened once where the path runs along its edge), the skip cost calibrated on it, then the path with
    /// calibrated costs in a band around the first. The last band's evidence table goes to the caller.
    /// </summary>
    private (List<(int I, int J)> Path, Band Band, EvidenceTable? Evidence) SearchWhole(Sides sides, bool full, int[] halfWidths, ref Costs costs)
    {
        var n = sides.Source.Count;
        var m = sides.Target.Count;
        // Only a long document searched over the whole matrix (to check the band) takes a coarse first path.
        var coarseFirst = (long)(n + 1) * (m + 1) > CoarseFirstPassCells;
        Array.Fill(halfWidths, _options.InitialHalfWidth);
        var band = full ? Band.Full(n, m) : Band.AroundDiagonal(n, m, halfWidths);
        var calibrated = !_options.Scoring.CalibrateSkipCost;
        var uncalibratedWidenings = 0;
        // The evidence of sentence pairs never changes: each band reuses the table before it, computing only the
        // cells it lacks, and keeps it whole when it already holds all the band needs and not much more.
        EvidenceTable? evidence = null;
        try
        {
            while (true)
            {
                // A table twice the size the band needs (a wide first band) is traded for a tight copy.
                if (evidence is null || !evidence.Covers(band, _maxSourceCount, _maxTargetCount, out var needed) || evidence.CellCount > 2 * needed)
                {
                    var wider = new EvidenceTable(band, _maxSourceCount, _maxTargetCount, sides.Source, sides.Target, sides.KeyCount, sides.SourceIdCount, sides.TargetIdCount, _options.MaxDegreeOfParallelism, evidence);
                    evidence?.Dispose();
                    evidence = wider;
                }
                var model = new BeadCostModel(sides.Source, sides.Target, evidence, costs.Scoring, costs.SkipCost, costs.Chance);
                var shapes = calibrated || !coarseFirst ? _shapes : _coarseShapes;
                var path = BandedDynamicProgram.Run(model, band, shapes, _options.MaxDegreeOfParallelism, out _);
                if (band.CellCount >= CollectAfterPassCells)
                    ReleaseDroppedTables();
                if (path is null)
                {
                    if (band.IsFull)
                        throw new InvalidOperationException("The full lattice has no path; the bead shapes cannot tile these documents.");
                    Widen(halfWidths, [.. Enumerable.Range(0, n + 1)], reach: 0);
                    band = Band.AroundDiagonal(n, m, halfWidths);
                    continue;
                }
                if (!calibrated && !band.IsFull && uncalibratedWidenings++ < MaxUncalibratedWidenings && band.RowsTouchedBy(path, EdgeMargin) is { Count: > 0 } touched)
                {
                    // The best path runs along the edge there: the band may have cut off a better one. Widen it
                    // there, around this path, which is nearer the truth than the band's old centre.
                    Widen(halfWidths, touched, reach: null);
                    band = Band.AroundPath(path, n, m, halfWidths);
                    continue;
                }
                if (calibrated)
                {
                    var found = (path, band, evidence);
                    evidence = null;
                    return found;
                }
                // The search with the calibrated costs starts again in a narrower band around the first path.
                calibrated = true;
                var sample = new CalibrationSample(n, m);
                sample.Add(path, from: 1, evidence);
                if (Calibrate(model, sample) is { } calibration)
                    costs = costs with { SkipCost = calibration.SkipCost, Chance = calibration.Chance };
                if (!band.IsFull)
                {
                    Array.Fill(halfWidths, _options.InitialHalfWidth);
                    band = Band.AroundPath(path, n, m, halfWidths);
                }
            }
        }
        finally
        {
            evidence?.Dispose();
        }
    }

    /// <summary>
    /// A long document's search, a chunk of <see cref="ChunkRows"/> rows at a time, so that its tables are those
    /// of one chunk, never of the whole band. The first path, with 1-1 and unpaired beads only, follows in each
    /// chunk the line that would bring both documents to their ends together from where the path so far ends: a
    /// band around the whole diagonal must be as wide as the path ever strays from it, hundreds of sentences on a
    /// million, while a chunk's line starts on the path and strays only as far as the chunk goes. Where a chunk's
    /// path runs along its band's edge, the chunk is solved again twice as wide. The skip cost is calibrated on the
    /// first path, and the path with calibrated costs is found in chunks of the band around it.
    /// </summary>
    private (List<(int I, int J)> Path, Band Band, EvidenceTable? Evidence) SearchInChunks(Sides sides, int[] halfWidths, ref Costs costs)
    {
        var n = sides.Source.Count;
        var m = sides.Target.Count;
        var lineWidth = 4 * _options.InitialHalfWidth;
        var sample = new CalibrationSample(n, m);
        var first = SolveInChunks(sides, costs, _coarseShapes, (start, endRow, attempt) =>
        {
            var halfWidth = lineWidth << attempt;
            if (halfWidth > MaxChunkHalfWidth)
                return null;
            var endColumn = endRow == n ? m : start.J + (int)((long)(endRow - start.I) * (m - start.J) / (n - start.I));
            return (Band.AroundDiagonal(endRow - start.I, endColumn - start.J, halfWidth), (endRow, endColumn));
        }, earlier: null, out var firstEvidence, onChunk: sample.Add);
        try
        {
            if (_options.Scoring.CalibrateSkipCost)
            {
                using var noTable = EvidenceTable.ComputedOnDemand(sides.Source, sides.Target);
                if (Calibrate(new BeadCostModel(sides.Source, sides.Target, noTable, costs.Scoring, costs.SkipCost, costs.Chance), sample) is { } calibration)
                    costs = costs with { SkipCost = calibration.SkipCost, Chance = calibration.Chance };
            }

            Array.Fill(halfWidths, _options.InitialHalfWidth);
            var band = Band.AroundPath(first, n, m, halfWidths);
            var guide = 0;
            var path = SolveInChunks(sides, costs, _shapes, (start, endRow, attempt) =>
            {
                if (attempt > 0)
                    return null;
                // The chunk ends where the first path leaves its last row; the band holds both ends.
                while (guide + 1 < first.Count && first[guide + 1].I <= endRow)
                    guide++;
                var end = (first[guide].I, Math.Max(first[guide].J, start.J));
                return (band.Window(start, end), end);
            }, firstEvidence, out var evidence);
            return (path, band, evidence);
        }
        finally
        {
            firstEvidence?.Dispose();
        }
    }

    /// <summary>
    /// A path from (0, 0) to (n, m), solved a chunk at a time from where the path so far ends:
    /// <paramref name="chunk"/> gives, for a start, a last row and an attempt, the chunk's lattice (from the start
    /// to a corner on that row) or null after the last attempt. A chunk is solved on for
    /// <see cref="ChunkOverlap"/> rows beyond its own end, and only the path up to its end is kept, so that the
    /// corner, a guess, does not bend it. A chunk whose kept path runs along its band's edge is tried again.
    /// A document of one chunk hands its evidence table to the caller in <paramref name="wholeEvidence"/>, and
    /// takes what it can from <paramref name="earlier"/>, another such table. <paramref name="onChunk"/> sees the
    /// path, the index of the first point each chunk added and the chunk's table, while the table still exists.
    /// </summary>
    private List<(int I, int J)> SolveInChunks(Sides sides, Costs costs, BeadShape[] shapes,
        Func<(int I, int J), int, int, (Band Window, (int I, int J) End)?> chunk, EvidenceTable? earlier, out EvidenceTable? wholeEvidence,
        Action<List<(int I, int J)>, int, EvidenceTable>? onChunk = null)
    {
        var n = sides.Source.Count;
        var m = sides.Target.Count;
        var path = new List<(int I, int J)>(n + 1) { (0, 0) };
        EvidenceTable? last = null;
        var chunks = 0;
        try
        {
            while (path[^1].I < n)
            {
                var start = path[^1];
                var endRow = Math.Min(n, start.I + ChunkRows + ChunkOverlap);
                var keepTo = endRow == n ? n : start.I + ChunkRows;
                List<(int I, int J)>? local = null;
                chunks++;
                for (var attempt = 0; chunk(start, endRow, attempt) is { } next; attempt++)
                {
                    // A retry copies what the attempt before it computed.
                    var (solved, evidence) = SolveWindow(sides, costs, next.Window, start, shapes, attempt > 0 ? last : earlier);
                    last?.Dispose();
                    (local, last) = (solved, evidence);
                    var kept = local.FindLastIndex(p => p.I + start.I <= keepTo) + 1;
                    if (next.Window.IsFull || next.Window.RowsTouchedBy(local.GetRange(0, kept), EdgeMargin).Count == 0)
                        break;
                }
                var from = path.Count;
                for (var k = 1; k < local!.Count && local[k].I + start.I <= keepTo; k++)
                    path.Add((local[k].I + start.I, local[k].J + start.J));
                onChunk?.Invoke(path, from, last!);
                if (path[^1].I < n)
                {
                    last?.Dispose();
                    last = null;
                }
            }
            // The last chunk ends on the lattice's corner; this only guards that it does.
            for (var j = path[^1].J + 1; j <= m; j++)
                path.Add((n, j));
            wholeEvidence = chunks == 1 ? last : null;
            if (chunks == 1)
                last = null;
            return path;
        }
        finally
        {
            last?.Dispose();
        }
    }

    /// <summary>
    /// The cheapest path through <paramref name="window"/>, a lattice whose corner (0, 0) is the documents' point
    /// <paramref name="origin"/>, in the window's coordinates, and the window's evidence table, which the caller
    /// disposes; cells <paramref name="earlier"/> holds for the same origin are copied, not computed.
    /// </summary>
    private (List<(int I, int J)> Path, EvidenceTable Evidence) SolveWindow(Sides sides, Costs costs, Band window, (int I, int J) origin, BeadShape[] shapes, EvidenceTable? earlier = null)
    {
        var evidence = new EvidenceTable(window, origin, _maxSourceCount, _maxTargetCount, sides.Source, sides.Target, sides.KeyCount, sides.SourceIdCount, sides.TargetIdCount,
            _options.MaxDegreeOfParallelism, earlier is not null && earlier.Origin == origin ? earlier : null);
        try
        {
            var model = new BeadCostModel(sides.Source, sides.Target, evidence, costs.Scoring, costs.SkipCost, costs.Chance);
            var path = BandedDynamicProgram.Run(new ShiftedScorer<BeadCostModel>(model, origin.I, origin.J), window, shapes, _options.MaxDegreeOfParallelism, out _)
                ?? throw new InvalidOperationException("A window between two points of a band has no path.");
            return (path, evidence);
        }
        catch
        {
            evidence.Dispose();
            throw;
        }
    }

    /// <summary>The evidence of the pairs on the path and up to <see cref="NearPathHalfWidth"/> places off it.</summary>
    private EvidenceTable EvidenceNear(Sides sides, List<(int I, int J)> path) =>
        new(Band.AroundPath(path, sides.Source.Count, sides.Target.Count, NearPathHalfWidth), _maxSourceCount, _maxTargetCount,
            sides.Source, sides.Target, sides.KeyCount, sides.SourceIdCount, sides.TargetIdCount, _options.MaxDegreeOfParallelism);

    /// <summary>
    /// Repairs: where the path runs along the band's edge, the band may have cut off a better one; where unpaired
    /// sentences cluster, a detour that pairs them differently could lie outside it. The band is doubled there,
    /// and each run of rows it gained is solved again, with <see cref="WindowMargin"/> rows either side, between
    /// the points where the path enters and leaves it; the path elsewhere stays. Where the new path parts from the
    /// old, the band is doubled again, until nothing changes. Each window's path is the cheapest through it between
    /// those points, so the path never costs more, and a round costs what it widens, not the document.
    /// </summary>
    private List<(int I, int J)> Repair(Sides sides, Costs costs, Band band, int[] halfWidths, List<(int I, int J)> path)
    {
        List<(int I, int J)>? previous = null;
        for (var round = 0; round < MaxRepairRounds && !band.IsFull; round++)
        {
            var rows = band.RowsTouchedBy(path, EdgeMargin);
            var touched = rows.Count > 0;
            if (!touched)
                rows = DoubtfulRows(path, previous);
            if (rows.Count == 0)
                break;
            // Only the widened rows gain cells: elsewhere the path may have moved a little from the one the band
            // was drawn around, and a band redrawn there would send those stretches to be solved again for nothing.
            var widened = Widen(halfWidths, rows, reach: null);
            var wider = band.UnionInRows(Band.AroundPath(path, band.SourceCount, band.TargetCount, halfWidths), widened);
            var repaired = new List<(int I, int J)>(path.Count + 16);
            var copied = 0;
            foreach (var (firstRow, lastRow) in ChangedRows(band, wider))
            {
                // From the last point of the path at or before the run's first row to the first at or after its last.
                var start = copied;
                while (start + 1 < path.Count && path[start + 1].I <= firstRow)
                    start++;
                var end = start + 1;
                while (end < path.Count - 1 && path[end].I < lastRow)
                    end++;
                for (var k = copied; k < start; k++)
                    repaired.Add(path[k]);
                var origin = path[start];
                var (local, evidence) = SolveWindow(sides, costs, wider.Window(origin, path[end]), origin, _shapes);
                evidence.Dispose();
                for (var k = 0; k < local.Count - 1; k++)
                    repaired.Add((local[k].I + origin.I, local[k].J + origin.J));
                copied = end;
            }
            for (var k = copied; k < path.Count; k++)
                repaired.Add(path[k]);
            previous = touched ? null : path;
            path = repaired;
            band = wider;
        }
        return path;
    }

    /// <summary>
    /// The runs of rows where <paramref name="wider"/> holds cells <paramref name="band"/> does not, each with
    /// <see cref="WindowMargin"/> rows either side, and runs that come that close to each other joined.
    /// </summary>
    private static List<(int First, int Last)> ChangedRows(Band band, Band wider)
    {
        var runs = new List<(int First, int Last)>();
        var n = band.SourceCount;
        for (var i = 0; i <= n; i++)
        {
            if (band.Lo(i) == wider.Lo(i) && band.Hi(i) == wider.Hi(i))
                continue;
            var first = Math.Max(0, i - WindowMargin);
            var last = Math.Min(n, i + WindowMargin);
            if (runs.Count > 0 && first <= runs[^1].Last + WindowMargin)
                runs[^1] = (runs[^1].First, last);
            else
                runs.Add((first, last));
        }
        return runs;
    }

    /// <summary>The features of both documents and the sizes of the id spaces their evidence tables stamp.</summary>
    private sealed record Sides(SideFeatures Source, SideFeatures Target, int KeyCount, int SourceIdCount, int TargetIdCount);

    /// <summary>What a bead costs: the weights, the skip cost and the chance rate of lexical matches.</summary>
    private readonly record struct Costs(ScoringOptions Scoring, double SkipCost, LexicalChance Chance);

    /// <summary>
    /// A long document's pass drops hundreds of megabytes of tables (the last evidence table, prices and costs).
    /// Collected at once, they are gone before the next pass allocates its own; and once the process holds more
    /// than <see cref="CommittedMemoryToReturn"/>, the collection also gives freed memory back to the system,
    /// which a normal one keeps for later. That keeps a 100,000-sentence alignment under a gigabyte at the cost
    /// of a compaction only where memory is short.
    /// </summary>
    private static void ReleaseDroppedTables()
    {
        if (GC.GetGCMemoryInfo().TotalCommittedBytes > CommittedMemoryToReturn)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        else
            GC.Collect();
    }

    /// <summary>
    /// Doubles the half-width once on every row within <paramref name="reach"/> rows of one of
    /// <paramref name="rows"/>; by default within four times the row's half-width, since a detour the band cut
    /// off spans at least as many rows as the band is wide, and each pass over a long document is dear.
    /// </summary>
    private static bool[] Widen(int[] halfWidths, List<int> rows, int? reach)
    {
        var marked = new bool[halfWidths.Length];
        foreach (var row in rows)
        {
            var around = reach ?? 4 * halfWidths[row];
            for (var r = Math.Max(0, row - around); r <= Math.Min(halfWidths.Length - 1, row + around); r++)
                marked[r] = true;
        }
        for (var r = 0; r < marked.Length; r++)
        {
            if (marked[r])
                halfWidths[r] = Math.Min(halfWidths[r] * 2, 1 << 24);
        }
        return marked;
    }

    /// <summary>
    /// Rows where a wider band could still change the path: at first those where unpaired sentences cluster
    /// (three or more among eight beads); after a wider search, those where its path parted from the one before.
    /// </summary>
    private static List<int> DoubtfulRows(List<(int I, int J)> path, List<(int I, int J)>? previous)
    {
        const int Window = 8;
        const int Cluster = 3;
        var rows = new List<int>();
        if (previous is null)
        {
            var unpaired = new bool[path.Count];
            for (var k = 1; k < path.Count; k++)
                unpaired[k] = path[k].I == path[k - 1].I || path[k].J == path[k - 1].J;
            var inWindow = 0;
            for (var k = 1; k < path.Count; k++)
            {
                inWindow += unpaired[k] ? 1 : 0;
                if (k > Window)
                    inWindow -= unpaired[k - Window] ? 1 : 0;
                if (inWindow >= Cluster && unpaired[k])
                    rows.Add(path[k - 1].I);
            }
        }
        else
        {
            var earlier = new HashSet<(int I, int J)>(previous);
            foreach (var point in path)
            {
                if (!earlier.Contains(point))
                    rows.Add(point.I);
            }
        }
        return rows;
    }

    private static SentenceAlignment Unpaired(int n, int m)
    {
        var beads = new Bead[n + m];
        for (var i = 0; i < n; i++)
            beads[i] = new Bead(i, 1, 0, 0, 1f);
        for (var j = 0; j < m; j++)
            beads[n + j] = new Bead(n, 0, j, 1, 1f);
        return new SentenceAlignment(beads, n, m);
    }

    /// <summary>
    /// Fits the skip cost to the document, as Vecalign does with its deletion penalty (Thompson and Koehn 2019): a
    /// first alignment gives 1-1 beads, mostly right; the pairs two places off them are mostly wrong, and a
    /// sentence pair should rather go unpaired when it costs more than a set quantile of those wrong pairs. So
    /// the threshold follows how much evidence the document offers: a lexicon makes wrong pairs dear, length
    /// alone does not. Null when there are too few 1-1 beads to judge.
    /// </summary>
    private (double SkipCost, LexicalChance Chance)? Calibrate(BeadCostModel model, CalibrationSample sample)
    {
        var bad = sample.WrongPairs;
        if (sample.GoodPairs < 3 || bad.Count < 6)
            return null;
        // Both sides' chance rates are taken as one, so that swapping the sides changes nothing.
        double matched = 0, known = 0;
        foreach (var (i, j, cell) in bad)
        {
            var counts = model.LexicalCounts(i, j, cell);
            matched += counts.Matched;
            known += counts.Known;
        }
        var rate = known <= 0 ? 0 : Math.Min(0.5, matched / known);
        var chance = new LexicalChance(rate, rate);
        var recalibrated = model.WithChance(chance);
        var costs = new List<double>(bad.Count);
        foreach (var (i, j, cell) in bad)
            costs.Add(recalibrated.PairCost(i, j, cell));
        var threshold = Quantile(costs, _options.Scoring.SkipQuantile);
        return (Math.Clamp(threshold / 2, MinSkipCost, MaxSkipCost), chance);
    }

    /// <summary>
    /// The pairs calibration reads: how many 1-1 beads the first path has, and the pairs two places off each, with
    /// their evidence. Gathered as the path grows, so that a long document's chunks give their pairs' evidence
    /// from their own tables, which are gone by the time the whole path is known.
    /// </summary>
    private sealed class CalibrationSample(int sourceCount, int targetCount)
    {
        public int GoodPairs { get; private set; }

        public List<(int I, int J, CellEvidence Cell)> WrongPairs { get; } = [];

        /// <summary>Adds the beads of <paramref name="path"/> that end at point <paramref name="from"/> or later.</summary>
        public void Add(List<(int I, int J)> path, int from, EvidenceTable evidence)
        {
            for (var k = Math.Max(1, from); k < path.Count; k++)
            {
                var (i, j) = path[k - 1];
                if (path[k].I - i != 1 || path[k].J - j != 1)
                    continue;
                GoodPairs++;
                // Shifted both ways on both sides, so that swapping source and target gives the same calibration.
                if (j + 2 < targetCount)
                    WrongPairs.Add((i, j + 2, evidence.Get(i, j + 2)));
                if (j >= 2)
                    WrongPairs.Add((i, j - 2, evidence.Get(i, j - 2)));
                if (i + 2 < sourceCount)
                    WrongPairs.Add((i + 2, j, evidence.Get(i + 2, j)));
                if (i >= 2)
                    WrongPairs.Add((i - 2, j, evidence.Get(i - 2, j)));
            }
        }
    }

    /// <summary>
    /// The evidence cost of pairs two places off the path, where pairs are almost always wrong: the median, and
    /// the best tenth's bound; null when the documents are too short to have such pairs.
    /// </summary>
    private static WrongPairs? WrongPairEvidence(BeadCostModel model, List<(int I, int J)> path, int targetCount)
    {
        var costs = new List<double>();
        foreach (var (i, j) in path)
        {
            if (i >= model.SourceCount)
                continue;
            if (j + 2 < targetCount)
                costs.Add(model.EvidenceCost(i, 1, j + 2, 1));
            if (j >= 2 && j - 2 < targetCount)
                costs.Add(model.EvidenceCost(i, 1, j - 2, 1));
        }
        return costs.Count < 4 ? null : new WrongPairs(Quantile(costs, 0.5), Quantile(costs, 0.1));
    }

    /// <summary>The evidence cost of wrong pairs: the median, and the bound of the best (lowest) tenth.</summary>
    private readonly record struct WrongPairs(double Median, double BestTenth);

    // A real translation's pairs whose words clearly say so: at least this many nats better than the best tenth of
    // wrong pairs (and than no evidence at all), in at least this share of the path's pairs and this many of them
    // (or all of them, in a document of fewer pairs). On PaRIce with FreeDict's thin Icelandic–English lexicon,
    // the real translations had 14–65% such pairs and mismatched documents at most 6%; NTREX's and Text+Berg's
    // real translations 44% and more, their mismatched documents at most 8%.
    private const double ClearPairMargin = 2.0;
    private const double MinClearPairShare = 0.12;
    private const int MinClearPairs = 2;

    /// <summary>
    /// True when the pairs the path makes say no more than wrong pairs do: no fair share of them is clearly better
    /// than the best wrong ones. Then, and only then, each pair's confidence is also weighed against wrong pairs;
    /// in a real translation a short pair with few known words is not suspect for that. The share, not the median
    /// pair, decides: where the lexicon is thin (FreeDict's Icelandic has 10,000 pairs) most pairs of a real
    /// translation have no known word at all and the median pair looks like a wrong one, while two news stories
    /// on one subject can share enough words that their median pair looks like a translation's (3 of 30
    /// mismatched NTREX pairs passed that test); yet some pairs of a translation meet word for word, which
    /// unrelated texts seldom do.
    /// </summary>
    private static bool LooksUnrelated(BeadCostModel model, List<(int I, int J)> path, WrongPairs wrong)
    {
        var evidence = new List<double>();
        for (var k = 1; k < path.Count; k++)
        {
            var (i, j) = path[k - 1];
            if (path[k].I - i > 0 && path[k].J - j > 0)
                evidence.Add(model.EvidenceCost(i, path[k].I - i, j, path[k].J - j) / ((path[k].I - i + path[k].J - j) / 2.0));
        }
        if (evidence.Count == 0)
            return true;
        var clearBelow = Math.Min(wrong.BestTenth, 0) - ClearPairMargin;
        var clear = 0;
        foreach (var cost in evidence)
        {
            if (cost < clearBelow)
                clear++;
        }
        return clear < Math.Min(MinClearPairs, evidence.Count) || clear < MinClearPairShare * evidence.Count;
    }

    private static double Quantile(List<double> values, double fraction)
    {
        values.Sort();
        return values[Math.Clamp((int)(fraction * values.Count), 0, values.Count - 1)];
    }

    private static Bead[] ToBeads(BeadCostModel model, List<(int I, int J)> path, int targetCount, double? wrongPairEvidence)
    {
        var beads = new Bead[path.Count - 1];
        for (var k = 1; k < path.Count; k++)
        {
            var (i, j) = path[k - 1];
            var a = path[k].I - i;
            var b = path[k].J - j;
            beads[k - 1] = new Bead(i, a, j, b, Confidence(model, i, a, j, b, targetCount, wrongPairEvidence));
        }
        return beads;
    }

    /// <summary>
    /// How far the bead's cost is from the alternative: for a pair, leaving all its sentences unpaired; for an
    /// unpaired source sentence, pairing it with a neighbouring target sentence (and likewise the other way round).
    /// The margin in nats goes through a logistic. A pair must also look better than a typical wrong pair of the
    /// same document (two places off the path): the margin alone is relative, and between two unrelated texts
    /// the best of bad pairs can still be clearly better than skipping.
    /// </summary>
    private static float Confidence(BeadCostModel model, int i, int a, int j, int b, int targetCount, double? wrongPairEvidence)
    {
        double margin;
        if (a > 0 && b > 0)
        {
            var cost = model.PairCost(i, a, j, b);
            margin = model.SkipCost * (a + b) - cost;
            var relative = 1.0 / (1.0 + Math.Exp(-margin / 2.0));
            if (wrongPairEvidence is not { } wrong)
                return (float)relative;
            var evidence = wrong * (a + b) / 2.0 - model.EvidenceCost(i, a, j, b);
            return (float)(relative / (1.0 + Math.Exp(-evidence)));
        }
        else
        {
            var alternative = double.PositiveInfinity;
            if (a > 0)
            {
                if (j > 0)
                    alternative = Math.Min(alternative, model.PairCost(i, 1, j - 1, 1));
                if (j < targetCount)
                    alternative = Math.Min(alternative, model.PairCost(i, 1, j, 1));
            }
            else
            {
                if (i > 0)
                    alternative = Math.Min(alternative, model.PairCost(i - 1, 1, j, 1));
                if (i < model.SourceCount)
                    alternative = Math.Min(alternative, model.PairCost(i, 1, j, 1));
            }
            margin = double.IsPositiveInfinity(alternative) ? 10 : alternative - 2 * model.SkipCost;
        }
        return (float)(1.0 / (1.0 + Math.Exp(-margin / 2.0)));
    }
}
