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
    private const float MinSkipCost = 0.5f;
    private const float MaxSkipCost = 100f;

    private readonly AlignerOptions _options;
    private readonly BeadShape[] _shapes;
    private readonly int _maxSourceCount;
    private readonly int _maxTargetCount;

    /// <summary>Creates an aligner with the given options.</summary>
    public SentenceAligner(AlignerOptions options)
    {
        _options = options;
        _shapes = options.EffectiveShapes.ToArray();
        if (!_shapes.Contains(new BeadShape(1, 0)) || !_shapes.Contains(new BeadShape(0, 1)))
            throw new ArgumentException("The bead shapes must include 1-0 and 0-1, or some inputs could not be aligned at all.", nameof(options));
        _maxSourceCount = _shapes.Max(s => s.SourceCount);
        _maxTargetCount = _shapes.Max(s => s.TargetCount);
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
        var sourceFeatures = new FeatureExtractor(source.Language, new LexiconSide(lexicon, isSource: true), keys).Extract(source);
        var targetFeatures = new FeatureExtractor(target.Language, new LexiconSide(lexicon, isSource: false), keys).Extract(target);
        var sourceIdCount = lexicon?.SourceStemCount ?? 0;
        var targetIdCount = lexicon?.TargetStemCount ?? 0;

        var halfWidth = _options.InitialHalfWidth;
        var band = _options.ForceFullMatrix || (long)(n + 1) * (m + 1) <= _options.FullMatrixCells
            ? Band.Full(n, m)
            : Band.AroundDiagonal(n, m, halfWidth);
        var skipCost = _options.Scoring.DefaultSkipCost;
        var chance = LexicalChance.Default;
        var calibrated = !_options.Scoring.CalibrateSkipCost;
        List<(int I, int J)>? previous = null;
        var bandVerified = false;
        while (true)
        {
            using var evidence = new EvidenceTable(band, _maxSourceCount, _maxTargetCount, sourceFeatures, targetFeatures, keys.Count, sourceIdCount, targetIdCount);
            var model = new BeadCostModel(sourceFeatures, targetFeatures, evidence, _options.Scoring, skipCost, chance);
            var path = BandedDynamicProgram.Run(model, band, _shapes, out _);
            // A band is trusted once the path keeps clear of its edges and doubling it changes nothing: a path
            // that merely fits inside a narrow band may still differ from the one a wider band would find.
            // After calibration the band has been verified once; only touching its edge sends the search wider.
            var settled = band.IsFull
                || (path is not null && !band.IsTouchedBy(path, EdgeMargin) && (bandVerified || (previous is not null && previous.SequenceEqual(path))));
            if (!settled)
            {
                previous = path;
                halfWidth *= 2;
                band = path is null ? Band.AroundDiagonal(n, m, halfWidth) : Band.AroundPath(path, n, m, halfWidth);
                continue;
            }
            if (path is null)
                throw new InvalidOperationException("The full lattice has no path; the bead shapes cannot tile these documents.");
            if (!calibrated)
            {
                calibrated = true;
                if (Calibrate(model, path!, m) is { } calibration)
                {
                    (skipCost, chance) = calibration;
                    bandVerified = true;
                    continue;
                }
            }
            // Only words tell a translation from a text of the same shape; without a lexicon the margin must do.
            var wrongEvidence = lexicon is null ? null : WrongPairEvidence(model, path!, m);
            return new SentenceAlignment(ToBeads(model, path!, m, wrongEvidence), n, m);
        }
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
