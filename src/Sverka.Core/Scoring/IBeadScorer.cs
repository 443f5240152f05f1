namespace Sverka.Core.Scoring;

/// <summary>
/// Prices one bead. The aligner is generic over a struct implementing this, so the call is specialised and
/// inlined in the dynamic programme's inner loop rather than dispatched per cell.
/// </summary>
public interface IBeadScorer
{
    /// <summary>The cost of pairing source sentences [source, source + sourceCount) with target sentences [target, target + targetCount).</summary>
    float Cost(int source, int sourceCount, int target, int targetCount);

    /// <summary>
    /// A value never above <see cref="Cost"/> for the same bead and cheaper to find, so the programme can skip
    /// pricing a bead that could not beat what it already has.
    /// </summary>
    float LowerBound(int source, int sourceCount, int target, int targetCount);
}
