using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// What every check reads: the aligned bitext, the lexicon between its languages, and each sentence's words,
/// numbers and letters, worked out once and shared. Also the document's own length ratio, which loose and tight
/// translators set differently, so that length is judged against the document rather than a constant.
/// </summary>
public sealed class CheckContext
{
    /// <summary>Reads a bitext for the checks.</summary>
    /// <param name="result">The aligned bitext.</param>
    /// <param name="lexicon">The lexicon from the source's language to the target's, or null.</param>
    /// <param name="options">Thresholds.</param>
    /// <param name="sourceVocabulary">
    /// With no <paramref name="lexicon"/>, a lexicon from the source's language to any other, read only for which
    /// words the language has (<see cref="WordFact.Listed"/>); or null.
    /// </param>
    /// <param name="targetVocabulary">The same for the target's language.</param>
    public CheckContext(AlignmentResult result, Lexicon? lexicon, CheckOptions options, Lexicon? sourceVocabulary = null, Lexicon? targetVocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        Lexicon = lexicon;
        Options = options;
        if (options.MaxDegreeOfParallelism == 1)
        {
            Source = new SideAnalysis(result.Source, lexicon, isSource: true, sourceVocabulary);
            Target = new SideAnalysis(result.Target, lexicon, isSource: false, targetVocabulary);
        }
        else
        {
            // The sides are read independently, and a book's take a second or more each.
            var target = Task.Run(() => new SideAnalysis(result.Target, lexicon, isSource: false, targetVocabulary));
            Source = new SideAnalysis(result.Source, lexicon, isSource: true, sourceVocabulary);
            Target = target.GetAwaiter().GetResult();
        }
        if (lexicon is not null && DocumentTerms.Learn(Source, Target, Beads) is { Count: > 0 } taught)
        {
            Lexicon = lexicon.WithPairs(taught);
            Source.ReadThrough(Lexicon, isSource: true, [.. taught.Select(pair => pair.Source)]);
            Target.ReadThrough(Lexicon, isSource: false, [.. taught.Select(pair => pair.Target)]);
        }
        (LengthRatio, LengthSpread) = PairRatios();
    }

    /// <summary>The aligned bitext.</summary>
    public AlignmentResult Result { get; }

    /// <summary>
    /// The lexicon from source to target with the terms this document teaches (<see cref="DocumentTerms"/>), or
    /// null when there is none for these languages.
    /// </summary>
    public Lexicon? Lexicon { get; }

    /// <summary>Thresholds.</summary>
    public CheckOptions Options { get; }

    /// <summary>
    /// Target characters per source character (spaces not counted), the median over the document's 1-1 beads; 1
    /// when there are none.
    /// </summary>
    public double LengthRatio { get; }

    /// <summary>
    /// How far the 1-1 beads' length ratios stray from <see cref="LengthRatio"/>, as a natural log: the median
    /// absolute deviation scaled to a standard deviation, at least 0.1. A loose translator's document has a wide
    /// spread, so the same shortfall means less there.
    /// </summary>
    public double LengthSpread { get; }

    internal SideAnalysis Source { get; }

    internal SideAnalysis Target { get; }

    /// <summary>The beads.</summary>
    public ReadOnlySpan<Bead> Beads => Result.Alignment.Beads;

    /// <summary>"the English", "the Russian": how messages name the source side.</summary>
    public string SourceName => SideName(Result.Source.Language, "source");

    /// <summary>How messages name the target side.</summary>
    public string TargetName => SideName(Result.Target.Language, "target");

    /// <summary>The spans of the source sentences of a bead.</summary>
    public IReadOnlyList<TextSpan> SourceSpans(Bead bead) => Spans(Result.Source, bead.Source, bead.SourceCount);

    /// <summary>The spans of the target sentences of a bead.</summary>
    public IReadOnlyList<TextSpan> TargetSpans(Bead bead) => Spans(Result.Target, bead.Target, bead.TargetCount);

    internal static int Length(SideAnalysis side, int first, int count)
    {
        var length = 0;
        for (var s = first; s < first + count; s++)
            length += side[s].Length;
        return length;
    }

    private static TextSpan[] Spans(Document document, int first, int count)
    {
        var spans = new TextSpan[count];
        for (var k = 0; k < count; k++)
            spans[k] = document.Sentences[first + k].Span;
        return spans;
    }

    private (double Ratio, double Spread) PairRatios()
    {
        const double MinSpread = 0.1;
        var ratios = new List<double>();
        foreach (var bead in Beads)
        {
            if (bead.SourceCount != 1 || bead.TargetCount != 1)
                continue;
            var source = Source[bead.Source].Length;
            var target = Target[bead.Target].Length;
            if (source >= 10 && target >= 10)
                ratios.Add((double)target / source);
        }
        if (ratios.Count == 0)
            return (1, MinSpread);
        ratios.Sort();
        var median = ratios[ratios.Count / 2];
        var deviations = ratios.ConvertAll(r => Math.Abs(Math.Log(r / median)));
        deviations.Sort();
        // 1.4826 turns a median absolute deviation into a standard deviation for normally spread values.
        return (median, Math.Max(MinSpread, 1.4826 * deviations[deviations.Count / 2]));
    }

    private static string SideName(string language, string fallback) => language switch
    {
        "en" => "the English",
        "ru" => "the Russian",
        "de" => "the German",
        "fr" => "the French",
        "es" => "the Spanish",
        "it" => "the Italian",
        "uk" => "the Ukrainian",
        "is" => "the Icelandic",
        _ => $"the {fallback}",
    };
}
