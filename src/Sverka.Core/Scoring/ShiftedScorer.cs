namespace Sverka.Core.Scoring;

/// <summary>
/// A scorer read from another point of the lattice: bead (i, j) here is bead (i + sourceStart, j + targetStart)
/// of <typeparamref name="TScorer"/>, so the dynamic programme can re-solve one window of a long document as if it
/// were a document of its own.
/// </summary>
internal readonly struct ShiftedScorer<TScorer>(TScorer inner, int sourceStart, int targetStart) : IBeadScorer
    where TScorer : struct, IBeadScorer
{
    private readonly TScorer _inner = inner;

    public float Cost(int source, int sourceCount, int target, int targetCount) =>
        _inner.Cost(source + sourceStart, sourceCount, target + targetStart, targetCount);
}
