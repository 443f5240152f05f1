using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>Turns a region of text into a <see cref="Document"/>: paragraphs, then sentences within them.</summary>
public static class DocumentSegmenter
{
    /// <summary>Finds the paragraphs of a region, then the sentences of each by the rules of <paramref name="language"/>.</summary>
    public static Document Segment(string text, TextSpan region, string language)
    {
        var paragraphs = new List<TextSpan>();
        ParagraphSplitter.Split(text, region, paragraphs);
        var segmenter = SentenceSegmenter.ForLanguage(language);
        var spans = new List<TextSpan>();
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            spans.Clear();
            segmenter.Segment(text, paragraphs[p], spans);
            foreach (var span in spans)
                sentences.Add(new Sentence(span, p));
        }
        return new Document(text, language, [.. sentences]);
    }

    /// <summary>
    /// Takes a region as one sentence per line, never splitting a line; blank lines separate paragraphs and are
    /// not sentences.
    /// </summary>
    public static Document FromLines(string text, TextSpan region, string language)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var previousBlank = false;
        foreach (var line in ParagraphSplitter.Lines(text, region))
        {
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            if (previousBlank && sentences.Count > 0)
                paragraph++;
            previousBlank = false;
            sentences.Add(new Sentence(line, paragraph));
        }
        return new Document(text, language, [.. sentences]);
    }

    /// <summary>The units a mixed file is split between its versions at: paragraphs, or lines when presegmented.</summary>
    public static List<TextSpan> SplitUnits(string text, bool presegmented)
    {
        ArgumentNullException.ThrowIfNull(text);
        var region = new TextSpan(0, text.Length);
        if (!presegmented)
        {
            var paragraphs = new List<TextSpan>();
            ParagraphSplitter.Split(text, region, paragraphs);
            return paragraphs;
        }
        var lines = ParagraphSplitter.Lines(text, region);
        lines.RemoveAll(l => l.Length == 0);
        return lines;
    }
}
