using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Formats.Lexicons;

namespace Sverka.Benchmarks;

/// <summary>
/// The translation checks over an alignment made once in the setup: what `sverka check` adds to `sverka align`.
/// All the checks, with the sides read and the checks run side by side as the command does, and the same on one
/// thread, which is what a batch that checks many documents at once gets per document. Monitoring, as for the
/// alignment: single calls, ten warm-up calls, five measured. Up to 20,000 sentences a side. The bitext repeats
/// NTREX's 2,000 sentences, so as it is a larger one adds only length; respelt, each repetition spells its longer
/// words anew and the vocabulary grows with the length as a book's does, which is what the name check's work
/// depends on (it asks of each name a bead lacks whether the other document writes it anywhere).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 5)]
public class CheckBenchmarks
{
    private readonly TranslationChecker _sideBySide = new(new CheckOptions(), null);
    private readonly TranslationChecker _oneThread = new(new CheckOptions { MaxDegreeOfParallelism = 1 }, null);
    private AlignmentResult _aligned = null!;
    private Lexicon _lexicon = null!;

    /// <summary>English sentences in the bitext.</summary>
    [Params(2_000, 20_000)]
    public int Sentences { get; set; }

    /// <summary>Whether repetitions of a document spell its words anew (<see cref="LargeBitext.Make"/>).</summary>
    [Params(false, true)]
    public bool Respelt { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bitext = LargeBitext.Make(Sentences, BenchData.Ntrex, respelt: Respelt);
        _lexicon = LexiconFile.Read(BenchData.EnglishRussianLexicon);
        var options = new PipelineOptions { Presegmented = true, SourceLanguage = "en", TargetLanguage = "ru" };
        var pipeline = new SverkaPipeline(options, new InMemoryLexiconSource(_lexicon));
        _aligned = pipeline.Align(new NamedText("en.txt", LargeBitext.Presegmented(bitext.English)), new NamedText("ru.txt", LargeBitext.Presegmented(bitext.Russian)));
    }

    /// <summary>TranslationChecker.Check as `sverka check` calls it: every check, all cores.</summary>
    [Benchmark]
    public int Check() => _sideBySide.Check(_aligned, _lexicon).Count;

    /// <summary>The same on one thread.</summary>
    [Benchmark]
    public int CheckOnOneThread() => _oneThread.Check(_aligned, _lexicon).Count;
}
