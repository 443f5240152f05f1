using System.Runtime.CompilerServices;

namespace Sverka.Core.Scoring;

/// <summary>How often a known word meets a translation in an unrelated sentence, per side; estimated per document.</summary>
internal readonly record struct LexicalChance(double Source, double Target)
{
    /// <summary>A guess for the first pass, before the document has said anything.</summary>
    public static LexicalChance Default => new(0.1, 0.1);
}

/// <summary>
/// The bead cost: Gale and Church's length model (1993) with the length ratio and the skip cost estimated from the
/// document itself, plus lexicon, number and name evidence in the spirit of hunalign (Varga et al. 2005), each
/// weighed as log-odds so they add.
/// </summary>
internal readonly struct BeadCostModel : IBeadScorer
{
    private const float MaxLengthCost = 30f;
    private const double SimilarityPrior = 2.0;

    private readonly SideFeatures _source;
    private readonly SideFeatures _target;
    private readonly EvidenceTable _evidence;
    private readonly ScoringOptions _options;
    private readonly double _sqrtRatio;
    private readonly LexicalChance _chance;
    private readonly double _quotationMismatch;

    // Quotations are evidence only where both sides open about as many sentences with one, at least one in fifty:
    // a French translation of German prose may open its dialogue with dashes and quotation marks the German does
    // not have.
    private const double MaxQuotationShareRatio = 1.5;
    private const double MinQuotationShare = 0.02;

    public BeadCostModel(SideFeatures source, SideFeatures target, EvidenceTable evidence, ScoringOptions options, double skipCost, LexicalChance chance)
    {
        _chance = chance;
        _source = source;
        _target = target;
        _evidence = evidence;
        _options = options;
        SkipCost = skipCost;
        _sqrtRatio = Math.Sqrt(LengthRatio(source, target));
        _quotationMismatch = QuotationStylesAgree(source, target) ? options.QuotationMismatch : 0;
    }

    private static bool QuotationStylesAgree(SideFeatures source, SideFeatures target)
    {
        double a = source.QuotationShare, b = target.QuotationShare;
        return Math.Min(a, b) >= MinQuotationShare && Math.Max(a, b) <= MaxQuotationShareRatio * Math.Min(a, b);
    }

    // Sides whose sentence counts differ by more than this factor are compared by their sentences' mean lengths.
    private const double MaxCountRatioForTotals = 2.0;

    /// <summary>
    /// How much longer the target's text is than the source's: the ratio of the documents' total lengths, which
    /// holds whether the translator merged or split sentences. When one side has more than twice the sentences of
    /// the other, it is most likely a translation of only part of it, and the totals would make every true pair
    /// look many times too long or too short; the ratio of mean sentence lengths is taken then.
    /// </summary>
    private static double LengthRatio(SideFeatures source, SideFeatures target)
    {
        if (source.TotalLength <= 0 || target.TotalLength <= 0)
            return 1.0;
        var totals = (double)target.TotalLength / source.TotalLength;
        var counts = (double)target.Count / source.Count;
        return counts > MaxCountRatioForTotals || counts < 1 / MaxCountRatioForTotals ? totals / counts : totals;
    }

    public double SkipCost { get; }

    /// <summary>The same model with another estimate of chance matches.</summary>
    public BeadCostModel WithChance(LexicalChance chance) => new(_source, _target, _evidence, _options, SkipCost, chance);

    public int SourceCount => _source.Count;

    /// <summary>Source and target words a pair shares and the words either side knows, for calibration.</summary>
    public (double Matched, double Known) LexicalCounts(int source, int target) => LexicalCounts(source, target, _evidence.Get(source, target));

    /// <summary>As the other overload, with the pair's evidence given rather than looked up.</summary>
    public (double Matched, double Known) LexicalCounts(int source, int target, in CellEvidence cell)
    {
        return (cell.LexSource + cell.LexTarget,
            _source.KnownPrefix[source + 1] - _source.KnownPrefix[source] + _target.KnownPrefix[target + 1] - _target.KnownPrefix[target]);
    }


    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Cost(int source, int sourceCount, int target, int targetCount)
    {
        if (sourceCount == 0 || targetCount == 0)
            return (float)(SkipCost * (sourceCount + targetCount));
        return (float)PairCost(source, sourceCount, target, targetCount);
    }

    /// <summary>The cost of a bead that pairs sentences, without the skip branch.</summary>
    public double PairCost(int source, int sourceCount, int target, int targetCount)
    {
        return LengthCost(_source.Length(source, sourceCount), _target.Length(target, targetCount)) + ShapeCost(sourceCount, targetCount)
            + EvidenceCost(source, sourceCount, target, targetCount);
    }

    /// <summary>The cost of a 1-1 pair whose evidence is given rather than looked up (as the table would give it).</summary>
    public double PairCost(int source, int target, in CellEvidence cell) =>
        LengthCost(_source.Length(source, 1), _target.Length(target, 1)) + ShapeCost(1, 1) + EvidenceCost(source, 1, target, 1, cell);

    /// <summary>
    /// The part of a pair's cost that comes from what the sentences say rather than how long they are: words,
    /// numbers, names, endings and paragraphs. Negative when they speak for a translation.
    /// </summary>
    public double EvidenceCost(int source, int sourceCount, int target, int targetCount) =>
        EvidenceCost(source, sourceCount, target, targetCount, sourceCount == 1 && targetCount == 1 ? _evidence.Get(source, target) : default);

    /// <summary>As the other overload; <paramref name="cell"/> is the evidence of a 1-1 pair, unused otherwise.</summary>
    private double EvidenceCost(int source, int sourceCount, int target, int targetCount, in CellEvidence cell)
    {
        var options = _options;
        double cost = 0;

        // Lexical matches follow IBM Model 1: a word is explained by the sentences on the other side on average,
        // weighted by their length, not by whichever of them happens to hold a translation. A 2-2 bead therefore
        // gains nothing from the words neighbouring sentences share. Numbers and names are sparse and strong;
        // they count once per sentence wherever they are matched, so a number moved into the second half of a
        // split still counts.
        double lexSource, lexTarget, numbers, names;
        if (sourceCount == 1 && targetCount == 1)
        {
            lexSource = cell.LexSource;
            lexTarget = cell.LexTarget;
            numbers = Math.Min(cell.Numbers, Count(_source.NumberPrefix, source)) + Math.Min(cell.Numbers, Count(_target.NumberPrefix, target));
            names = Math.Min(cell.Names, Count(_source.NamePrefix, source)) + Math.Min(cell.Names, Count(_target.NamePrefix, target));
        }
        else
        {
            (lexSource, lexTarget, numbers, names) = SumBlock(source, sourceCount, target, targetCount);
        }

        var knownSource = _source.KnownPrefix[source + sourceCount] - _source.KnownPrefix[source];
        var knownTarget = _target.KnownPrefix[target + targetCount] - _target.KnownPrefix[target];
        // Lexical evidence is the share of known words whose translation is there, smoothed towards the share a
        // wrong pair of this document reaches by chance, and counted against that chance level: a pair with no
        // known word (or no lexicon) is neither helped nor hurt, a short sentence's 1 of 1 is not certainty.
        var chance = _chance.Source;
        var similarity = (lexSource + lexTarget + SimilarityPrior * chance) / (knownSource + knownTarget + SimilarityPrior);
        cost += options.LexiconWeight * (chance - similarity) * (sourceCount + targetCount) / 2.0;

        var numberCount = _source.NumberPrefix[source + sourceCount] - _source.NumberPrefix[source]
            + _target.NumberPrefix[target + targetCount] - _target.NumberPrefix[target];
        // Matches were counted from both sides; half of that is the number of matched pairs.
        cost -= options.NumberMatch * numbers / 2.0;
        cost += options.NumberMiss * Math.Max(0.0, numberCount - numbers);
        cost -= options.NameMatch * names / 2.0;

        var sourceEnding = _source.Ending[source + sourceCount - 1];
        var targetEnding = _target.Ending[target + targetCount - 1];
        if ((sourceEnding == SentenceEnding.Question) != (targetEnding == SentenceEnding.Question))
            cost += options.EndingMismatch;
        if (_source.OpensQuotation[source] != _target.OpensQuotation[target])
            cost += _quotationMismatch;

        if (_source.Paragraph[source] != _source.Paragraph[source + sourceCount - 1])
            cost += options.ParagraphCrossing;
        if (_target.Paragraph[target] != _target.Paragraph[target + targetCount - 1])
            cost += options.ParagraphCrossing;
        return cost;
    }

    /// <summary>
    /// The evidence of a bead of several sentences: Model-1 shares for words; for numbers and names, each
    /// sentence's own anchors that some sentence of the other side of the bead holds, by weight. An anchor counts
    /// once for its sentence however many sentences of the other side repeat it: a headline and its story's first
    /// sentence both name "Theresa May", and a 2-2 bead that summed her over both would look better than the two
    /// 1-1 pairs it joins for no reason but the repetition.
    /// </summary>
    internal (double LexSource, double LexTarget, double Numbers, double Names) SumBlock(int source, int sourceCount, int target, int targetCount)
    {
        double lexSource = 0, lexTarget = 0;
        var sourceLength = (double)Math.Max(1, _source.Length(source, sourceCount));
        var targetLength = (double)Math.Max(1, _target.Length(target, targetCount));
        for (var r = source; r < source + sourceCount; r++)
        {
            var rowShare = sourceCount == 1 ? 1.0 : _source.Length(r, 1) / sourceLength;
            for (var c = 0; c < targetCount; c++)
            {
                var cell = _evidence.Get(r, target + c);
                var columnShare = targetCount == 1 ? 1.0 : _target.Length(target + c, 1) / targetLength;
                lexSource += columnShare * cell.LexSource;
                lexTarget += rowShare * cell.LexTarget;
            }
        }
        var numbers = HeldBothWays(_source.Numbers, _source.NumberWeights, _source.NumberStart, source, sourceCount,
            _target.Numbers, _target.NumberWeights, _target.NumberStart, target, targetCount);
        var names = HeldBothWays(_source.Names, _source.NameWeights, _source.NameStart, source, sourceCount,
            _target.Names, _target.NameWeights, _target.NameStart, target, targetCount);
        return (lexSource, lexTarget, numbers, names);
    }

    // Marks anchors for HeldBothWays: one array per thread, as the search scores rows in parallel, and fresh marks
    // per use, so that nothing is cleared between blocks.
    [ThreadStatic]
    private static int[]? t_anchorMarks;

    [ThreadStatic]
    private static int t_anchorMark;

    /// <summary>
    /// The weight of the anchors of source sentences [source, source + sourceCount) that the target sentences
    /// [target, target + targetCount) hold, plus the same the other way round; key ids are shared by both sides.
    /// Linear in the anchors: the target's are marked, the source's looked up (and those found marked again),
    /// then the target's looked up.
    /// </summary>
    private static double HeldBothWays(int[] sourceIds, float[] sourceWeights, int[] sourceStart, int source, int sourceCount,
        int[] targetIds, float[] targetWeights, int[] targetStart, int target, int targetCount)
    {
        int sourceFrom = sourceStart[source], sourceTo = sourceStart[source + sourceCount];
        int targetFrom = targetStart[target], targetTo = targetStart[target + targetCount];
        if (sourceFrom == sourceTo || targetFrom == targetTo)
            return 0;
        var marks = t_anchorMarks ??= new int[256];
        if (t_anchorMark >= int.MaxValue - 2)
        {
            Array.Clear(marks);
            t_anchorMark = 0;
        }
        var inTarget = ++t_anchorMark;
        var inBoth = ++t_anchorMark;
        for (var k = targetFrom; k < targetTo; k++)
        {
            var id = targetIds[k];
            if (id >= marks.Length)
            {
                Array.Resize(ref marks, Math.Max(id + 1, 2 * marks.Length));
                t_anchorMarks = marks;
            }
            marks[id] = inTarget;
        }
        double held = 0;
        for (var k = sourceFrom; k < sourceTo; k++)
        {
            var id = sourceIds[k];
            if (id < marks.Length && marks[id] >= inTarget)
            {
                held += sourceWeights[k];
                marks[id] = inBoth;
            }
        }
        for (var k = targetFrom; k < targetTo; k++)
        {
            if (marks[targetIds[k]] == inBoth)
                held += targetWeights[k];
        }
        return held;
    }

    private static double Count(float[] prefix, int sentence) => prefix[sentence + 1] - prefix[sentence];

    /// <summary>The prior cost of a bead shape, before any evidence.</summary>
    public double ShapeCost(int sourceCount, int targetCount) => (sourceCount, targetCount) switch
    {
        (1, 1) => 0,
        (2, 1) or (1, 2) => _options.MergeCost,
        (2, 2) => _options.DoubleMergeCost,
        (3, 1) or (1, 3) => _options.TripleMergeCost,
        _ => _options.TripleMergeCost + 2.0 * (sourceCount + targetCount - 4),
    };

    /// <summary>
    /// -log of the two-sided tail probability of the length difference (Gale and Church 1993). Both lengths are
    /// first brought halfway to each other's scale (by the square root of the ratio), so that swapping source and
    /// target gives the same cost.
    /// </summary>
    private double LengthCost(long sourceLength, long targetLength)
    {
        var scaledSource = sourceLength * _sqrtRatio;
        var scaledTarget = targetLength / _sqrtRatio;
        var mean = (scaledSource + scaledTarget) / 2.0;
        if (mean <= 0)
            return 0;
        var delta = Math.Abs(scaledTarget - scaledSource) / Math.Sqrt(_options.LengthVariance * mean);
        return Math.Min(MaxLengthCost, MinusLogErfc(delta / Math.Sqrt(2)));
    }

    /// <summary>
    /// -ln erfc(x) for x ≥ 0, from Numerical Recipes' Chebyshev fit erfc(x) = t·exp(-x² + P(t)) (relative error
    /// below 1.2e-7), taken in the log domain: one logarithm and no exponential per bead.
    /// </summary>
    private static double MinusLogErfc(double x)
    {
        var t = 1.0 / (1.0 + 0.5 * x);
        var polynomial = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return x * x - polynomial - Math.Log(t);
    }
}
