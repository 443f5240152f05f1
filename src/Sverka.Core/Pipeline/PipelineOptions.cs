using Sverka.Core.Alignment;

namespace Sverka.Core.Pipeline;

/// <summary>What the pipeline does with its inputs. Defaults in one place; validated when the pipeline is built.</summary>
public readonly record struct PipelineOptions
{
    /// <summary>Creates the defaults.</summary>
    public PipelineOptions()
    {
    }

    /// <summary>Inputs hold one sentence per line and are never re-segmented.</summary>
    public bool Presegmented { get; init; }

    /// <summary>The source language, or null to identify it.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The target language, or null to identify it.</summary>
    public string? TargetLanguage { get; init; }

    /// <summary>Longest sentence accepted, in characters; a longer one is refused as not being prose.</summary>
    public int MaxSentenceLength { get; init; } = 100_000;

    /// <summary>How the aligner searches and scores.</summary>
    public AlignerOptions Aligner { get; init; } = new();
}
