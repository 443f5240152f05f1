using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>
/// Finds paragraphs: blocks separated by blank lines, or, in text that has no blank line at all, single lines.
/// A short line that ends in a colon ("Question:", "Вопрос:") is a speaker label and stays with the line after it.
/// In a block that opens with a list item ("1. Introduction", "4.1. control", "* item"), every line that opens with
/// a list mark starts an item of its own: a table of contents or a list written without blank lines between its
/// items is not one paragraph. A heading underlined with one mark repeated ("Title" over "=====") is a paragraph of
/// its own.
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
        var blockIsList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                Flush(ref blockStart, blockEnd, paragraphs);
                blockIsList = false;
                continue;
            }
            if (i + 1 < lines.Count && IsUnderline(text, lines[i + 1]) && !IsUnderline(text, line))
            {
                Flush(ref blockStart, blockEnd, paragraphs);
                paragraphs.Add(TextSpan.FromBounds(line.Start, lines[++i].End));
                blockIsList = false;
                continue;
            }
            // Only a block's first line, and the lines of a list, are asked whether they open an item.
            var startsItem = (blockStart < 0 || blockIsList) && StartsListItem(text, line);
            if (blockStart >= 0 && startsItem)
                Flush(ref blockStart, blockEnd, paragraphs);
            else if (blockStart < 0)
                blockIsList = startsItem;
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

    private const int MaxListNumberDigits = 3;

    /// <summary>
    /// Whether a line opens with a list mark and a space: a bullet ("*", "•") or a number of up to three digits,
    /// dotted or not, ended by a point or a bracket ("1.", "4.4.1.", "2)"). A year ending a wrapped sentence ("in
    /// 2019. The") has four digits.
    /// </summary>
    private static bool StartsListItem(string text, TextSpan line)
    {
        var i = line.Start;
        var end = line.End;
        if (text[i] is '*' or '•' or '·' or '▪' or '◦')
            return i + 1 < end && CharClass.IsSpace(text[i + 1]);
        while (true)
        {
            var digits = 0;
            while (i < end && char.IsAsciiDigit(text[i]) && digits <= MaxListNumberDigits)
            {
                i++;
                digits++;
            }
            if (digits is 0 or > MaxListNumberDigits || i + 1 >= end)
                return false;
            if (text[i] == ')' || (text[i] == '.' && !char.IsAsciiDigit(text[i + 1])))
                return CharClass.IsSpace(text[i + 1]);
            if (text[i] != '.')
                return false;
            i++;
        }
    }

    private const int MinUnderlineLength = 3;

    /// <summary>
    /// Whether a line is one mark repeated ("=====", "*****", "-----", "~~~~~"): the underline of a heading in plain
    /// text, reStructuredText and Markdown. A heading is a paragraph of its own with or without blank lines
    /// around it, and two files joined into one ("cat en.txt ru.txt") put the second's title right under the
    /// first's last line.
    /// </summary>
    private static bool IsUnderline(string text, TextSpan line)
    {
        if (line.Length < MinUnderlineLength || text[line.Start] is not ('=' or '-' or '*' or '~' or '^' or '#' or '+'))
            return false;
        foreach (var c in text.AsSpan(line.Start, line.Length))
        {
            if (c != text[line.Start])
                return false;
        }
        return true;
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
