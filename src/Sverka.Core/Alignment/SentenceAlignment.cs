namespace Sverka.Core.Alignment;

/// <summary>
/// The beads of a bitext in order. It tiles both sides: every sentence of each side is in exactly one bead, and
/// the beads advance monotonically through both.
/// </summary>
public sealed class SentenceAlignment
{
    private readonly Bead[] _beads;

    /// <summary>Wraps beads that must tile <paramref name="sourceCount"/> and <paramref name="targetCount"/> sentences.</summary>
    public SentenceAlignment(Bead[] beads, int sourceCount, int targetCount)
    {
        ArgumentNullException.ThrowIfNull(beads);
        if (!Tiles(beads, sourceCount, targetCount, out var problem))
            throw new ArgumentException(problem, nameof(beads));
        _beads = beads;
        SourceCount = sourceCount;
        TargetCount = targetCount;
    }

    /// <summary>The beads in order.</summary>
    public ReadOnlySpan<Bead> Beads => _beads;

    /// <summary>How many beads there are.</summary>
    public int Count => _beads.Length;

    /// <summary>The bead at an index.</summary>
    public Bead this[int index] => _beads[index];

    /// <summary>How many source sentences the alignment covers.</summary>
    public int SourceCount { get; }

    /// <summary>How many target sentences the alignment covers.</summary>
    public int TargetCount { get; }

    /// <summary>
    /// Whether the words of the paired sentences say the texts are no translations of each other: few pairs meet word
    /// for word more than pairs taken at random do. Known only with a lexicon; false without one.
    /// </summary>
    public bool LooksUnrelated { get; init; }

    /// <summary>What <see cref="LooksUnrelated"/> means, in the words every output that reports it uses.</summary>
    public const string UnrelatedExplanation =
        "few paired sentences share more known words than sentences paired at random do: these texts may not be translations of each other";

    /// <summary>The mean confidence over beads, weighted by the sentences each holds; 0 for an empty alignment.</summary>
    public double MeanConfidence
    {
        get
        {
            double sum = 0;
            long weight = 0;
            foreach (var bead in _beads)
            {
                var w = bead.SourceCount + bead.TargetCount;
                sum += bead.Confidence * w;
                weight += w;
            }
            return weight == 0 ? 0 : sum / weight;
        }
    }

    /// <summary>
    /// The share of the shorter side's sentences that are paired with something; 0 when a side is empty. Low when
    /// the texts are not translations of each other, or when one translates only part of the other, which the
    /// beads' confidences alone do not show: a sentence left unpaired among unrelated ones is confidently unpaired.
    /// </summary>
    public double PairedShareOfShorterSide
    {
        get
        {
            var shorterIsSource = SourceCount <= TargetCount;
            var shorter = shorterIsSource ? SourceCount : TargetCount;
            if (shorter == 0)
                return 0;
            long paired = 0;
            foreach (var bead in _beads)
            {
                if (bead.SourceCount > 0 && bead.TargetCount > 0)
                    paired += shorterIsSource ? bead.SourceCount : bead.TargetCount;
            }
            return (double)paired / shorter;
        }
    }

    /// <summary>
    /// Checks the tiling invariant: each bead starts where the previous ended on both sides, no bead is empty on
    /// both sides, and the last ends at the side's sentence count.
    /// </summary>
    public static bool Tiles(ReadOnlySpan<Bead> beads, int sourceCount, int targetCount, out string problem)
    {
        int source = 0, target = 0;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.Source != source || bead.Target != target)
            {
                problem = $"bead {k} starts at ({bead.Source}, {bead.Target}), expected ({source}, {target})";
                return false;
            }
            if (bead.SourceCount < 0 || bead.TargetCount < 0 || bead.SourceCount + bead.TargetCount == 0)
            {
                problem = $"bead {k} has shape {bead.ShapeName}";
                return false;
            }
            if (!(bead.Confidence >= 0 && bead.Confidence <= 1))
            {
                problem = $"bead {k} has confidence {bead.Confidence}";
                return false;
            }
            source = bead.SourceEnd;
            target = bead.TargetEnd;
        }
        if (source != sourceCount || target != targetCount)
        {
            problem = $"beads end at ({source}, {target}), expected ({sourceCount}, {targetCount})";
            return false;
        }
        problem = "";
        return true;
    }
}
