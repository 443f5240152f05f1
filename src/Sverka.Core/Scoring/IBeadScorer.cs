namespace Sverka.Core.Scoring;

/// <summary>
/// Prices one bead. The aligner is generic over a struct implementing this, so the call is specialised and
/// inlined in the dynamic programme's inner loop rather than dispatched per cell.
/// </summary>
public interface IBeadScorer
{
    /// <summary>The cost of pairing source sentences [source, source + sourceCount) with target sentences [target, target + targetCount).</summary>
    float Cost(int source, int sourceCount, int target, int targetCount);
}
