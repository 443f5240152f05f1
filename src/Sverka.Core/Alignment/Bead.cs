namespace Sverka.Core.Alignment;

/// <summary>
/// One rung of the alignment ladder: a contiguous run of source sentences paired with a contiguous run of target
/// sentences (either run may be empty), and how sure the aligner is of it, in [0, 1].
/// </summary>
public readonly record struct Bead(int Source, int SourceCount, int Target, int TargetCount, float Confidence)
{
    /// <summary>The first source sentence after the bead.</summary>
    public int SourceEnd => Source + SourceCount;

    /// <summary>The first target sentence after the bead.</summary>
    public int TargetEnd => Target + TargetCount;

    /// <summary>True when one side is empty: a sentence with no counterpart.</summary>
    public bool IsUnpaired => SourceCount == 0 || TargetCount == 0;

    /// <summary>The shape written as "source-target", such as "2-1".</summary>
    public string ShapeName => $"{SourceCount}-{TargetCount}";
}
