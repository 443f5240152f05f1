using System.Runtime.CompilerServices;

namespace Sverka.Core.Scoring;

/// <summary>
/// The bead cost: Gale and Church's length model (1993) with the length ratio and the skip cost estimated from the
/// document itself, plus lexicon, number and name evidence in the spirit of hunalign (Varga et al. 2005), each
/// weighed as log-odds so they add.
/// </summary>
internal readonly struct BeadCostModel : IBeadScorer
{
    private const float MaxLengthCost = 30f;

    private readonly SideFeatures _source;
    private readonly SideFeatures _target;
    private readonly EvidenceTable _evidence;
    private readonly ScoringOptions _options;
    private readonly double _sqrtRatio;

    public BeadCostModel(SideFeatures source, SideFeatures target, EvidenceTable evidence, ScoringOptions options, double skipCost)
    {
        _source = source;
        _target = target;
        _evidence = evidence;
        _options = options;
        SkipCost = skipCost;
        _sqrtRatio = Math.Sqrt(source.TotalLength > 0 && target.TotalLength > 0 ? (double)target.TotalLength / source.TotalLength : 1.0);
    }

    public double SkipCost { get; }

    public int SourceCount => _source.Count;


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
        var options = _options;
        var cost = LengthCost(_source.Length(source, sourceCount), _target.Length(target, targetCount)) + ShapeCost(sourceCount, targetCount);

        int lexSource = 0, lexTarget = 0, numbers = 0, names = 0;
        for (var r = source; r < source + sourceCount; r++)
        {
            for (var c = target; c < target + targetCount; c++)
            {
                var cell = _evidence.Get(r, c);
                lexSource += cell.LexSource;
                lexTarget += cell.LexTarget;
                numbers += cell.Numbers;
                names += cell.Names;
            }
        }

        var knownSource = _source.KnownPrefix[source + sourceCount] - _source.KnownPrefix[source];
        var knownTarget = _target.KnownPrefix[target + targetCount] - _target.KnownPrefix[target];
        lexSource = Math.Min(lexSource, knownSource);
        lexTarget = Math.Min(lexTarget, knownTarget);
        cost -= options.LexiconMatch * (lexSource + lexTarget);
        cost += options.LexiconMiss * (knownSource - lexSource + knownTarget - lexTarget);

        var numberCount = _source.NumberPrefix[source + sourceCount] - _source.NumberPrefix[source]
            + _target.NumberPrefix[target + targetCount] - _target.NumberPrefix[target];
        numbers = Math.Min(numbers, numberCount / 2);
        cost -= options.NumberMatch * numbers;
        cost += options.NumberMiss * (numberCount - 2 * numbers);
        cost -= options.NameMatch * names;

        var sourceEnding = _source.Ending[source + sourceCount - 1];
        var targetEnding = _target.Ending[target + targetCount - 1];
        if ((sourceEnding == SentenceEnding.Question) != (targetEnding == SentenceEnding.Question))
            cost += options.EndingMismatch;

        if (_source.Paragraph[source] != _source.Paragraph[source + sourceCount - 1])
            cost += options.ParagraphCrossing;
        if (_target.Paragraph[target] != _target.Paragraph[target + targetCount - 1])
            cost += options.ParagraphCrossing;
        return cost;
    }

    private double ShapeCost(int sourceCount, int targetCount) => (sourceCount, targetCount) switch
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
        var tail = Erfc(delta / Math.Sqrt(2));
        return tail <= 1e-13 ? MaxLengthCost : Math.Min(MaxLengthCost, -Math.Log(tail));
    }

    /// <summary>Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).</summary>
    private static double Erfc(double x)
    {
        var t = 1.0 / (1.0 + 0.5 * x);
        var y = t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return y;
    }
}
