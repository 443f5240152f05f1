using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Alignment;

/// <summary>
/// Aligns the sentences of two documents. Features are computed once per sentence; the bead dynamic programme runs
/// in a band around the diagonal, and whenever the best path runs close to the band's edge the band is doubled
/// around that path and the programme runs again (Moore 2002; hunalign), so a narrow first guess cannot cut off
/// the right path. The skip cost is then calibrated on the document's own likely and unlikely pairs and the
/// programme runs once more. Immutable and thread-safe.
/// </summary>
public sealed class SentenceAligner
{
    private const int EdgeMargin = 4;

    // Below this many sentences in all, the two sides' features are extracted one after the other.
    private const long ParallelExtractionSentences = 4_000;

    // The first, uncalibrated path is widened this many times at most where it touches its band's edge: it only
    // centres the calibrated search, which widens wherever it must.
    private const int MaxUncalibratedWidenings = 1;

    // Lattices larger than this find their first path with 1-1 and unpaired beads only. Fixed, not an option, so
    // that the banded and the full search of one document calibrate alike.
    private const long CoarseFirstPassCells = 1L << 20;
    // Lattice bands at least this large are followed by a full garbage collection (see ReleaseDroppedTables).
    private const long CollectAfterPassCells = 1L << 20;
    private const long CommittedMemoryToReturn = 400L << 20;
    private const float MinSkipCost = 0.5f;
    private const float MaxSkipCost = 100f;

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
        var sourceIdCount = lexicon?.SourceStemCount ?? 0;
        var targetIdCount = lexicon?.TargetStemCount ?? 0;

        var full = _options.ForceFullMatrix || (long)(n + 1) * (m + 1) <= _options.FullMatrixCells;
        var halfWidths = new int[n + 1];
        var coarseFirst = (long)(n + 1) * (m + 1) > CoarseFirstPassCells;
        // The coarse first pass has only the diagonal to go by, and a narrow band there started cascades of
        // widenings on long documents with drifting paths; the later passes follow a path and can be narrow.
        Array.Fill(halfWidths, coarseFirst ? 4 * _options.InitialHalfWidth : _options.InitialHalfWidth);
        var band = full ? Band.Full(n, m) : Band.AroundDiagonal(n, m, halfWidths);
        var scoring = lexicon is null ? _options.Scoring : _options.Scoring with { DoubleMergeCost = _options.Scoring.DoubleMergeCostWithLexicon };
        var skipCost = _options.Scoring.DefaultSkipCost;
        var chance = LexicalChance.Default;
        var calibrated = !_options.Scoring.CalibrateSkipCost;
        List<(int I, int J)>? previous = null;
        var uncalibratedWidenings = 0;
        // Bead prices of the last calibrated run: costs no longer change, so a widened band reprices only its new beads.
        BeadPrices? prices = null;
        // The evidence of sentence pairs never changes: each band reuses the table before it, computing only the
        // cells it lacks, and keeps it whole when it already holds all the band needs and not much more.
        EvidenceTable? evidence = null;
        try
        {
            while (true)
            {
                // A table twice the size the band needs (the first pass's wide band) is traded for a tight copy.
                if (evidence is null || !evidence.Covers(band, _maxSourceCount, _maxTargetCount, out var needed) || evidence.CellCount > 2 * needed)
                {
                    var wider = new EvidenceTable(band, _maxSourceCount, _maxTargetCount, sourceFeatures, targetFeatures, keys.Count, sourceIdCount, targetIdCount, _options.MaxDegreeOfParallelism, evidence);
                    evidence?.Dispose();
                    evidence = wider;
                }
                var model = new BeadCostModel(sourceFeatures, targetFeatures, evidence, scoring, skipCost, chance);
                // On a long document the first path only has to find the 1-1 pairs to calibrate on and a course for
                // the band, so merges are not priced yet; a short one is cheap enough to price them from the start.
                var shapes = calibrated || !coarseFirst ? _shapes : _coarseShapes;
                var path = BandedDynamicProgram.Run(model, band, shapes, _options.MaxDegreeOfParallelism, prices, keepPrices: calibrated, out _, out var kept);
                if (calibrated)
                    prices = kept;
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
                if (!band.IsFull && (calibrated || uncalibratedWidenings++ < MaxUncalibratedWidenings) && band.RowsTouchedBy(path, EdgeMargin) is { Count: > 0 } touched)
                {
                    // The best path runs along the edge there: the band may have cut off a better one. Widen it
                    // there, around this path, which is nearer the truth than the band's old centre.
                    Widen(halfWidths, touched, reach: null);
                    band = Widened(band, path, halfWidths, calibrated);
                    previous = null;
                    continue;
                }
                if (!calibrated)
                {
                    // The search with the calibrated costs starts again in a narrower band around the first path.
                    calibrated = true;
                    if (Calibrate(model, path, m) is { } calibration)
                        (skipCost, chance) = calibration;
                    if (!band.IsFull)
                    {
                        Array.Fill(halfWidths, _options.InitialHalfWidth);
                        band = Band.AroundPath(path, n, m, halfWidths);
                    }
                    continue;
                }
                // A path that keeps clear of the edges may still differ from the one a wider band would find where
                // it is in doubt: where unpaired sentences cluster, a detour that pairs them differently could lie
                // outside the band. The band is doubled there and the programme run again, until nothing changes.
                if (!band.IsFull && DoubtfulRows(path, previous) is { Count: > 0 } doubtful)
                {
                    Widen(halfWidths, doubtful, reach: null);
                    previous = path;
                    band = Widened(band, path, halfWidths, calibrated);
                    continue;
                }
                // Only words tell a translation from a text of the same shape; without a lexicon the margin must do.
                var wrongEvidence = lexicon is null ? null : WrongPairEvidence(model, path!, m);
                if (wrongEvidence is { } wrong && !LooksUnrelated(model, path!, wrong))
                    wrongEvidence = null;
                return new SentenceAlignment(ToBeads(model, path!, m, wrongEvidence), n, m);
            }
        }
        finally
        {
            evidence?.Dispose();
        }
    }

    /// <summary>
    /// The band for the next pass: around the path with the new widths, and, once costs are calibrated, also
    /// everything the band held before. Recentred alone, a band dropped cells the last pass had, the path moved
    /// there, the moved rows were widened in turn, and on a million sentences the passes never settled; a band
    /// that only grows gives each pass a path at least as cheap as the last, and the prices and evidence of the
    /// old band all carry over.
    /// </summary>
    private static Band Widened(Band band, List<(int I, int J)> path, int[] halfWidths, bool calibrated)
    {
        var around = Band.AroundPath(path, band.SourceCount, band.TargetCount, halfWidths);
        return calibrated ? around.Union(band) : around;
    }

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
    private static void Widen(int[] halfWidths, List<int> rows, int? reach)
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
    private (double SkipCost, LexicalChance Chance)? Calibrate(BeadCostModel model, List<(int I, int J)> path, int targetCount)
    {
        var good = 0;
        var bad = new List<(int I, int J)>();
        for (var k = 1; k < path.Count; k++)
        {
            var (i, j) = path[k - 1];
            if (path[k].I - i != 1 || path[k].J - j != 1)
                continue;
            good++;
            // Shifted both ways on both sides, so that swapping source and target gives the same calibration.
            if (j + 2 < targetCount)
                bad.Add((i, j + 2));
            if (j >= 2)
                bad.Add((i, j - 2));
            if (i + 2 < model.SourceCount)
                bad.Add((i + 2, j));
            if (i >= 2)
                bad.Add((i - 2, j));
        }
        if (good < 3 || bad.Count < 6)
            return null;
        // Both sides' chance rates are taken as one, so that swapping the sides changes nothing.
        double matched = 0, known = 0;
        foreach (var (i, j) in bad)
        {
            var counts = model.LexicalCounts(i, j);
            matched += counts.Matched;
            known += counts.Known;
        }
        var rate = known <= 0 ? 0 : Math.Min(0.5, matched / known);
        var chance = new LexicalChance(rate, rate);
        var recalibrated = model.WithChance(chance);
        var costs = bad.Select(p => recalibrated.PairCost(p.I, 1, p.J, 1)).ToList();
        var threshold = Quantile(costs, _options.Scoring.SkipQuantile);
        return (Math.Clamp(threshold / 2, MinSkipCost, MaxSkipCost), chance);
    }

    /// <summary>
    /// The median evidence cost of pairs two places off the path, where pairs are almost always wrong; null when
    /// the documents are too short to have such pairs.
    /// </summary>
    private static double? WrongPairEvidence(BeadCostModel model, List<(int I, int J)> path, int targetCount)
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
        return costs.Count < 4 ? null : Quantile(costs, 0.5);
    }

    /// <summary>
    /// True when the pairs the path makes say no more than wrong pairs do: the median 1-1 pair's evidence is
    /// within one nat of the median wrong pair's. Then, and only then, each pair's confidence is also weighed
    /// against wrong pairs; in a real translation a short pair with few known words is not suspect for that.
    /// </summary>
    private static bool LooksUnrelated(BeadCostModel model, List<(int I, int J)> path, double wrongEvidence)
    {
        var evidence = new List<double>();
        for (var k = 1; k < path.Count; k++)
        {
            var (i, j) = path[k - 1];
            if (path[k].I - i > 0 && path[k].J - j > 0)
                evidence.Add(model.EvidenceCost(i, path[k].I - i, j, path[k].J - j) / ((path[k].I - i + path[k].J - j) / 2.0));
        }
        return evidence.Count == 0 || Quantile(evidence, 0.5) > wrongEvidence - 1.0;
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
