using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Languages;
using Sverka.Core.Scoring;
using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Pipeline;

/// <summary>One input text and the name to use for it in messages (a file name, "stdin").</summary>
public readonly record struct NamedText(string Name, string Text);

/// <summary>
/// The whole job, in the order data flows: identify and split languages, segment, score and align. Built once
/// (lexicons loaded, options checked) and then reused for any number of bitexts, from any number of threads.
/// </summary>
public sealed class SverkaPipeline
{
    private readonly ILexiconSource _lexicons;
    private readonly SentenceAligner _aligner;

    /// <summary>Builds a pipeline that takes its lexicons from <paramref name="lexicons"/>.</summary>
    public SverkaPipeline(PipelineOptions options, ILexiconSource lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        if (options.MaxSentenceLength < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "MaxSentenceLength must be positive.");
        Options = options;
        _lexicons = lexicons;
        _aligner = new SentenceAligner(options.Aligner);
    }

    /// <summary>The options the pipeline was built with.</summary>
    public PipelineOptions Options { get; }

    /// <summary>Aligns two texts: the first is the source.</summary>
    public AlignmentResult Align(NamedText source, NamedText target)
    {
        var sourceLanguage = Options.SourceLanguage ?? Identify(source);
        var targetLanguage = Options.TargetLanguage ?? Identify(target);
        var sourceDocument = Segment(source, new TextSpan(0, source.Text.Length), sourceLanguage);
        var targetDocument = Segment(target, new TextSpan(0, target.Text.Length), targetLanguage);
        return AlignDocuments(sourceDocument, targetDocument, null);
    }

    /// <summary>
    /// Aligns one text that holds both versions one after the other: finds the two languages and the cut, then
    /// aligns the first version (the source) with the second.
    /// </summary>
    public AlignmentResult AlignMixed(NamedText mixed)
    {
        var text = mixed.Text;
        var units = DocumentSegmenter.SplitUnits(text, Options.Presegmented);
        if (units.Count == 0)
            throw new SverkaInputException($"{mixed.Name}: has no text to align");
        if (!BilingualSplitter.TrySplit(text, units, out var split, out var reason))
            throw new SverkaInputException($"{mixed.Name}: {reason}");
        var firstLanguage = Options.SourceLanguage ?? split.FirstLanguage;
        var secondLanguage = Options.TargetLanguage ?? split.SecondLanguage;
        var source = Segment(mixed, TextSpan.FromBounds(0, split.Offset), firstLanguage);
        var target = Segment(mixed, TextSpan.FromBounds(split.Offset, text.Length), secondLanguage);
        return AlignDocuments(source, target, split);
    }

    /// <summary>Aligns documents already segmented.</summary>
    public AlignmentResult AlignDocuments(Document source, Document target, BilingualSplit? split)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var alignment = _aligner.Align(source, target, _lexicons.Find(source.Language, target.Language));
        return new AlignmentResult(source, target, alignment, split);
    }

    /// <summary>
    /// Runs translation checks over an aligned bitext, with the lexicon between its languages (or, when they have
    /// none, a lexicon of each language with another, for its words): a stage after alignment, so a result can be
    /// checked with other thresholds without aligning again.
    /// </summary>
    /// <remarks>
    /// The checks weigh the pair's lexicon only where both languages have a stemmer. Without one (Icelandic), only a
    /// word in the dictionary's own form is found, so most words of a faithful translation would read as missing and
    /// a lost clause could not be told from a declined noun ("ring" is "hringur", but the text has "Hringsins");
    /// the lexicon then only tells each language's words from its names, as a lexicon of the language with a third
    /// one would (en-ru's English is far richer than Icelandic–English's). The aligner still gains from it: a pair
    /// whose words do meet is evidence all the same.
    /// </remarks>
    public IReadOnlyList<Finding> Check(AlignmentResult result, TranslationChecker checker)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(checker);
        var (source, target) = (result.Source.Language, result.Target.Language);
        var lexicon = _lexicons.Find(source, target);
        return lexicon is not null && WordStemmer.Covers(source) && WordStemmer.Covers(target)
            ? checker.Check(result, lexicon)
            : checker.Check(result, null, _lexicons.FindAnyFrom(source), _lexicons.FindAnyFrom(target));
    }

    private static string Identify(NamedText input)
    {
        var sample = input.Text.AsSpan(0, Math.Min(input.Text.Length, 200_000));
        var guess = LanguageIdentifier.Identify(sample);
        return guess.Language;
    }

    private Document Segment(NamedText input, TextSpan region, string language)
    {
        var document = Options.Presegmented
            ? DocumentSegmenter.FromLines(input.Text, region, language)
            : DocumentSegmenter.Segment(input.Text, region, language);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Length > Options.MaxSentenceLength)
            {
                var line = 1 + input.Text.AsSpan(0, sentence.Span.Start).Count('\n');
                throw new SverkaInputException(
                    $"{input.Name}: line {line} holds a sentence of {sentence.Span.Length:N0} characters with no sentence end; is this prose?");
            }
        }
        return document;
    }
}
