using Sverka.Core.Scoring;

namespace Sverka.Core.Alignment;

/// <summary>How the aligner searches: which bead shapes, how wide a band, when to use the whole matrix.</summary>
public readonly record struct AlignerOptions
{
    /// <summary>Creates the defaults.</summary>
    public AlignerOptions()
    {
    }

    /// <summary>The bead shapes the aligner may use; null means <see cref="BeadShape.Default"/>.</summary>
    public BeadShape[]? Shapes { get; init; }

    /// <summary>The weights of the bead cost.</summary>
    public ScoringOptions Scoring { get; init; } = new();

    /// <summary>
    /// Half the width of the band, in sentences, around the diagonal for a short document's first search and around
    /// the first path for the calibrated one; a long document's first, coarse search, chunk by chunk, uses four times
    /// as much around each chunk's line. The band widens wherever the path needs it.
    /// </summary>
    public int InitialHalfWidth { get; init; } = 12;

    /// <summary>Documents whose lattice has at most this many cells are aligned over the whole matrix.</summary>
    public long FullMatrixCells { get; init; } = 1L << 18;

    /// <summary>Align over the whole matrix whatever the size (for tests that compare with the band).</summary>
    public bool ForceFullMatrix { get; init; }

    /// <summary>
    /// How many threads may price beads for one document; -1 for all cores. A batch that aligns many documents
    /// at once sets 1 and gets its parallelism from the documents instead.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The shapes in effect.</summary>
    public ReadOnlySpan<BeadShape> EffectiveShapes => Shapes ?? BeadShape.Default;
}
