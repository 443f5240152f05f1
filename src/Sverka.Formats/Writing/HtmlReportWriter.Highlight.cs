using Sverka.Core.Checking;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>Highlighting: finding spans, which are offsets into a whole document, cut to one sentence.</summary>
public sealed partial class HtmlReportWriter
{
    private enum Side
    {
        Source,
        Target,
    }

    /// <summary>Part of one finding's span inside one sentence, in offsets from the sentence's start.</summary>
    private readonly record struct Mark(int Start, int End, Finding Finding);

    /// <summary>
    /// Writes one sentence, its highlighted characters in <c>&lt;mark&gt;</c>. Spans of several findings may
    /// overlap; the sentence is cut at every span's start and end, and each piece is marked with every finding
    /// that covers it, so marks never nest and each character is written once.
    /// </summary>
    private static void WriteSentence(TextWriter output, Document document, int index, List<Finding> findings, Side side, List<Mark> marks)
    {
        var text = document.SentenceSpan(index);
        if (WrappedLines.HasLineBreak(text))
            text = PlainSpacesAtBreaks(text);
        marks.Clear();
        if (findings.Count > 0)
            CollectMarks(document.Sentences[index].Span, findings, side, marks);
        if (marks.Count == 0)
        {
            HtmlText.Write(output, text);
            return;
        }
        var at = 0;
        while (at < text.Length)
        {
            // The next cut after `at`: the nearest start or end of a mark beyond it.
            var next = text.Length;
            foreach (var mark in marks)
            {
                if (mark.Start > at && mark.Start < next)
                    next = mark.Start;
                if (mark.End > at && mark.End < next)
                    next = mark.End;
            }
            WritePiece(output, text[at..next], at, next, marks);
            at = next;
        }
    }

    /// <summary>
    /// The sentence with every space around a line break made a plain space, character for character so that the
    /// marks' offsets still hold: a browser then shows a wrapped line's break and its indentation, no-break
    /// spaces included, as the one space they stand for.
    /// </summary>
    private static ReadOnlySpan<char> PlainSpacesAtBreaks(ReadOnlySpan<char> text)
    {
        var plain = text.ToArray();
        for (var i = 0; i < plain.Length; i++)
        {
            if (!CharClass.IsSpace(plain[i]))
                continue;
            var runEnd = i;
            while (runEnd < plain.Length && CharClass.IsSpace(plain[runEnd]))
                runEnd++;
            if (WrappedLines.HasLineBreak(plain.AsSpan(i, runEnd - i)))
                plain.AsSpan(i, runEnd - i).Fill(' ');
            i = runEnd;
        }
        return plain;
    }

    private static void CollectMarks(TextSpan sentence, List<Finding> findings, Side side, List<Mark> marks)
    {
        foreach (var finding in findings)
        {
            foreach (var span in side == Side.Source ? finding.SourceSpans : finding.TargetSpans)
            {
                var start = Math.Max(span.Start, sentence.Start);
                var end = Math.Min(span.End, sentence.End);
                if (start < end)
                    marks.Add(new Mark(start - sentence.Start, end - sentence.Start, finding));
            }
        }
    }

    private static void WritePiece(TextWriter output, ReadOnlySpan<char> piece, int start, int end, List<Mark> marks)
    {
        var kinds = 0;
        foreach (var mark in marks)
        {
            if (mark.Start <= start && mark.End >= end)
                kinds |= 1 << (int)mark.Finding.Kind;
        }
        if (kinds == 0)
        {
            HtmlText.Write(output, piece);
            return;
        }
        output.Write("<mark class=\"");
        WriteKinds(output, kinds, "k-", " ");
        output.Write("\" title=\"");
        var first = true;
        foreach (var mark in marks)
        {
            if (mark.Start > start || mark.End < end)
                continue;
            if (!first)
                output.Write("&#10;");
            output.Write(mark.Finding.KindName);
            output.Write(": ");
            HtmlText.Write(output, mark.Finding.Message);
            first = false;
        }
        output.Write("\">");
        HtmlText.Write(output, piece);
        output.Write("</mark>");
    }
}
