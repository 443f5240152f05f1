using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>
/// Finds paragraphs: blocks separated by blank lines, or, in text that has no blank line at all, single lines.
/// A short line that ends in a colon ("Question:", "Вопрос:") is a speaker label and stays with the line after it.
/// </summary>
public static class ParagraphSplitter
{
    private const int MaxLabelLength = 40;

    /// <summary>Appends the paragraphs of <paramref name="region"/> to <paramref name="paragraphs"/>, trimmed of spaces.</summary>
    public static void Split(string text, TextSpan region, List<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lines = Lines(text, region);
        var hasBlankLine = HasBlankLineBetweenText(lines);

        var blockStart = -1;
        var blockEnd = -1;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                Flush(ref blockStart, blockEnd, paragraphs);
                continue;
            }
            if (blockStart < 0)
                blockStart = line.Start;
            blockEnd = line.End;
            if (!hasBlankLine && !IsSpeakerLabel(text, line))
                Flush(ref blockStart, blockEnd, paragraphs);
        }
        Flush(ref blockStart, blockEnd, paragraphs);
    }

    /// <summary>
    /// Whether a blank line stands between two lines of text. Blank lines before the first line or after the last
    /// one separate nothing: a file that ends with a newline ends with an empty line, and is not for that a file of
    /// blank-line paragraphs.
    /// </summary>
    private static bool HasBlankLineBetweenText(List<TextSpan> lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankAfterText |= seenText;
            }
            else
            {
                if (blankAfterText)
                    return true;
                seenText = true;
            }
        }
        return false;
    }

    /// <summary>The lines of a region, each trimmed of spaces (an empty span marks a blank line).</summary>
    public static List<TextSpan> Lines(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextSpan>();
        var start = region.Start;
        for (var i = region.Start; i <= region.End; i++)
        {
            if (i < region.End && text[i] != '\n')
                continue;
            var s = start;
            var e = i;
            while (s < e && CharClass.IsSpace(text[s]))
                s++;
            while (e > s && CharClass.IsSpace(text[e - 1]))
                e--;
            lines.Add(e > s ? TextSpan.FromBounds(s, e) : new TextSpan(s, 0));
            start = i + 1;
        }
        return lines;
    }

    private static bool IsSpeakerLabel(string text, TextSpan line) =>
        line.Length <= MaxLabelLength && text[line.End - 1] == ':';

    private static void Flush(ref int blockStart, int blockEnd, List<TextSpan> paragraphs)
    {
        if (blockStart >= 0)
            paragraphs.Add(TextSpan.FromBounds(blockStart, blockEnd));
        blockStart = -1;
    }
}
