using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Core.Segmentation;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;

namespace Sverka.Benchmarks;

/// <summary>
/// The alignment itself and the whole pipeline, on presegmented English–Russian text with the en-ru lexicon loaded
/// once. Each iteration is a single call (the monitoring strategy: no pilot, no overhead runs). Ten warm-up calls
/// come first: the 2,000-sentence call reaches its steady time (fully optimised code) only after about eight, and
/// with one it measured twice that. Five measured calls then take about a minute at 100,000 sentences.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 5)]
public class AlignmentBenchmarks : BitextBenchmarks
{
    private readonly SentenceAligner _aligner = new(new AlignerOptions());
    private string _englishText = "";
    private string _russianText = "";
    private Document _english = null!;
    private Document _russian = null!;
    private Lexicon _lexicon = null!;
    private SverkaPipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bitext = MakeBitext();
        _englishText = LargeBitext.Presegmented(bitext.English);
        _russianText = LargeBitext.Presegmented(bitext.Russian);
        _english = DocumentSegmenter.FromLines(_englishText, new TextSpan(0, _englishText.Length), "en");
        _russian = DocumentSegmenter.FromLines(_russianText, new TextSpan(0, _russianText.Length), "ru");
        _lexicon = LexiconFile.Read(BenchData.EnglishRussianLexicon);
        // What `sverka align --presegmented --source-lang en --target-lang ru` builds, minus reading and writing files.
        var options = new PipelineOptions { Presegmented = true, SourceLanguage = "en", TargetLanguage = "ru" };
        _pipeline = new SverkaPipeline(options, new InMemoryLexiconSource(_lexicon));
    }

    /// <summary>SentenceAligner.Align on documents already split: features, the banded programme, calibration, confidence.</summary>
    [Benchmark]
    public SentenceAlignment Align() => _aligner.Align(_english, _russian, _lexicon);

    /// <summary>SverkaPipeline.Align from the two texts: line splitting, the sentence-length check, then Align.</summary>
    [Benchmark]
    public AlignmentResult EndToEnd() =>
        _pipeline.Align(new NamedText("en.txt", _englishText), new NamedText("ru.txt", _russianText));
}
