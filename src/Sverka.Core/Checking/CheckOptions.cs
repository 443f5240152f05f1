namespace Sverka.Core.Checking;

/// <summary>How strict the checks are. Defaults in one place; they were set on real translations so that loose
/// but correct ones stay quiet.</summary>
public readonly record struct CheckOptions
{
    /// <summary>Creates the defaults.</summary>
    public CheckOptions()
    {
    }

    /// <summary>A bead below this confidence is reported for a person to look at.</summary>
    public double LowConfidence { get; init; } = 0.5;

    /// <summary>
    /// How far below the document's own length ratio a pair's must fall, as a natural log, before a partial
    /// omission (or, above it, an addition) is considered: 0.4 is about two thirds of the expected length.
    /// </summary>
    public double LengthDeviation { get; init; } = 0.4;

    /// <summary>A sentence shorter than this many letters is too short for an untranslated or omission judgement of its own.</summary>
    public int MinLetters { get; init; } = 12;

    /// <summary>
    /// How many threads may read the two sides and run the checks of one document; -1 for all cores, 1 for none
    /// beside the caller's. The findings are the same either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
