using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;
using Sverka.Formats.Reading;

namespace Sverka.Browser.Tests;

/// <summary>
/// The shipped English–Russian news story aligned for real, with a few findings made by hand (the checks are
/// built apart from the report): two number findings in the bead whose target is two sentences, the second
/// holding "32", and a name finding with an apostrophe in it.
/// </summary>
public sealed class NewsReport
{
    private NewsReport(AlignmentResult result, Finding[] findings, int numberBead, int nameBead)
    {
        Result = result;
        Findings = findings;
        NumberBead = numberBead;
        NameBead = nameBead;
    }

    public AlignmentResult Result { get; }

    public Finding[] Findings { get; }

    /// <summary>The bead with the two number findings.</summary>
    public int NumberBead { get; }

    /// <summary>The bead with the name finding.</summary>
    public int NameBead { get; }

    public static NewsReport Create()
    {
        var pipeline = new SverkaPipeline(new PipelineOptions(), new LexiconDirectory(Path.Combine(AppContext.BaseDirectory, "lexicons")));
        var result = pipeline.Align(
            new NamedText("news.en.txt", TextFileReader.Read(SamplePath("news.en.txt"))),
            new NamedText("news.ru.txt", TextFileReader.Read(SamplePath("news.ru.txt"))));

        var numberBead = BeadWith(result, "32-year-old man being arrested");
        var nameBead = BeadWith(result, "O'Hagan");
        Finding Make(FindingKind kind, FindingSeverity severity, int bead, string source, string target, string message) =>
            new(kind, severity, bead,
                [Find(result.Source, result.Alignment[bead].Source, result.Alignment[bead].SourceCount, source)],
                [Find(result.Target, result.Alignment[bead].Target, result.Alignment[bead].TargetCount, target)],
                message);
        Finding[] findings =
        [
            Make(FindingKind.Number, FindingSeverity.Warning, numberBead, "7.55am", "7:55", "7.55am is written 7:55; the same time, worth a glance"),
            Make(FindingKind.Number, FindingSeverity.Error, numberBead, "32", "32", "32 on both sides, but the target's 32 is in its second sentence"),
            Make(FindingKind.Name, FindingSeverity.Info, nameBead, "O'Hagan", "Хейген", "O'Hagan as Хейген: a transliteration <checked> & kept"),
        ];
        return new NewsReport(result, findings, numberBead, nameBead);
    }

    /// <summary>
    /// The story <paramref name="times"/> times over, one long document per side with every offset, bead and
    /// finding moved along: the size of a long report, from real sentences.
    /// </summary>
    public NewsReport Repeated(int times)
    {
        var (source, sourceShift) = Repeat(Result.Source, times);
        var (target, targetShift) = Repeat(Result.Target, times);
        var beads = new List<Bead>();
        var findings = new List<Finding>();
        int sourceSentences = Result.Source.SentenceCount, targetSentences = Result.Target.SentenceCount;
        for (var copy = 0; copy < times; copy++)
        {
            var firstBead = beads.Count;
            foreach (var bead in Result.Alignment.Beads)
                beads.Add(bead with { Source = bead.Source + (copy * sourceSentences), Target = bead.Target + (copy * targetSentences) });
            foreach (var finding in Findings)
            {
                findings.Add(finding with
                {
                    BeadIndex = finding.BeadIndex + firstBead,
                    SourceSpans = [.. finding.SourceSpans.Select(s => s with { Start = s.Start + (copy * sourceShift) })],
                    TargetSpans = [.. finding.TargetSpans.Select(s => s with { Start = s.Start + (copy * targetShift) })],
                });
            }
        }
        var alignment = new SentenceAlignment([.. beads], source.SentenceCount, target.SentenceCount);
        return new NewsReport(new AlignmentResult(source, target, alignment, null), [.. findings], NumberBead, NameBead);
    }

    private static (Document Document, int Shift) Repeat(Document document, int times)
    {
        // Each copy starts a new paragraph after the last paragraph of the copy before.
        var shift = document.Text.Length + 2;
        var paragraphs = document.SentenceCount == 0 ? 0 : document.ParagraphOf(document.SentenceCount - 1) + 1;
        var text = string.Join("\n\n", Enumerable.Repeat(document.Text, times));
        var sentences = new List<Sentence>();
        for (var copy = 0; copy < times; copy++)
        {
            foreach (var sentence in document.Sentences)
            {
                sentences.Add(new Sentence(sentence.Span with { Start = sentence.Span.Start + (copy * shift) },
                    sentence.Paragraph + (copy * paragraphs)));
            }
        }
        return (new Document(text, document.Language, [.. sentences]), shift);
    }

    private static int BeadWith(AlignmentResult result, string sourceText)
    {
        for (var k = 0; k < result.Alignment.Count; k++)
        {
            if (result.SourceText(result.Alignment[k]).Contains(sourceText, StringComparison.Ordinal))
                return k;
        }
        throw new InvalidOperationException($"no bead holds '{sourceText}'");
    }

    /// <summary>The span of the first <paramref name="text"/> in sentences of a side, as a check would give it.</summary>
    private static TextSpan Find(Document document, int first, int count, string text)
    {
        for (var i = first; i < first + count; i++)
        {
            var at = document.SentenceText(i).IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
                return new TextSpan(document.Sentences[i].Span.Start + at, text.Length);
        }
        throw new InvalidOperationException($"'{text}' is not in sentences {first}..{first + count - 1}");
    }

    private static string SamplePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("samples/ not found above the test folder");
    }
}
