using BenchmarkDotNet.Attributes;
using Sverka.Core.Scoring;
using Sverka.Core.Segmentation;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;
using Sverka.Formats.Reading;

namespace Sverka.Benchmarks;

/// <summary>
/// The stages before the bead programme, each over both sides of the bitext (English and Russian), so that they
/// compare with <see cref="AlignmentBenchmarks"/>. The fast ones: BenchmarkDotNet picks how many calls make an
/// iteration; one warm-up and three iterations keep the 100,000-sentence cases short.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StageBenchmarks : BitextBenchmarks
{
    private byte[] _englishBytes = [];
    private byte[] _russianBytes = [];
    private string _englishPresegmented = "";
    private string _russianPresegmented = "";
    private string _englishRunning = "";
    private string _russianRunning = "";
    private Document _english = null!;
    private Document _russian = null!;
    private Lexicon _lexicon = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bitext = MakeBitext();
        _englishPresegmented = LargeBitext.Presegmented(bitext.English);
        _russianPresegmented = LargeBitext.Presegmented(bitext.Russian);
        _englishBytes = System.Text.Encoding.UTF8.GetBytes(_englishPresegmented);
        _russianBytes = System.Text.Encoding.UTF8.GetBytes(_russianPresegmented);
        _englishRunning = LargeBitext.Running(bitext.English);
        _russianRunning = LargeBitext.Running(bitext.Russian);
        _english = DocumentSegmenter.FromLines(_englishPresegmented, Whole(_englishPresegmented), "en");
        _russian = DocumentSegmenter.FromLines(_russianPresegmented, Whole(_russianPresegmented), "ru");
        _lexicon = LexiconFile.Read(BenchData.EnglishRussianLexicon);
    }

    /// <summary>Reading: the UTF-8 bytes of both presegmented files to strings (detection, checks, line ends).</summary>
    [Benchmark]
    public int Decode() =>
        TextDecoder.Decode(_englishBytes, "en").Text.Length + TextDecoder.Decode(_russianBytes, "ru").Text.Length;

    /// <summary>Segmentation of running text: paragraphs, then sentences by the English and Russian rules.</summary>
    [Benchmark]
    public int Segment() =>
        DocumentSegmenter.Segment(_englishRunning, Whole(_englishRunning), "en").SentenceCount
        + DocumentSegmenter.Segment(_russianRunning, Whole(_russianRunning), "ru").SentenceCount;

    /// <summary>What <c>--presegmented</c> does instead of segmenting: one sentence a line.</summary>
    [Benchmark]
    public int SplitLines() =>
        DocumentSegmenter.FromLines(_englishPresegmented, Whole(_englishPresegmented), "en").SentenceCount
        + DocumentSegmenter.FromLines(_russianPresegmented, Whole(_russianPresegmented), "ru").SentenceCount;

    /// <summary>Per-sentence features of both sides with the en-ru lexicon, as the aligner computes them once per bitext.</summary>
    [Benchmark]
    public int ExtractFeatures()
    {
        var keys = new KeyInterner();
        var english = new FeatureExtractor("en", new LexiconSide(_lexicon, isSource: true), keys).Extract(_english);
        var russian = new FeatureExtractor("ru", new LexiconSide(_lexicon, isSource: false), keys).Extract(_russian);
        return english.Count + russian.Count;
    }

    private static TextSpan Whole(string text) => new(0, text.Length);
}
