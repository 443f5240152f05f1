using System.Buffers;
using System.Text;

namespace Sverka.Core.Text;

/// <summary>
/// A sentence that runs over line breaks, as one line. A plain-text file wraps its paragraphs at a fixed width and
/// indents them, with spaces or no-break spaces; the break and the indentation around it are one space to every
/// tool that reads a sentence pair (a translation memory, a training corpus, a reader of the report). Other runs
/// of spaces are kept: they may be the text's own.
/// </summary>
public static class WrappedLines
{
    // Document text has its line breaks normalised to LF; the rest are the breaks Unicode has besides.
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\v\f\u0085\u2028\u2029");

    /// <summary>Whether the text runs over a line break.</summary>
    public static bool HasLineBreak(ReadOnlySpan<char> text) => text.ContainsAny(s_lineBreaks);

    /// <summary>
    /// Whether the space between two words reads as one space: a single space, or a wrapped line's break with the
    /// spaces around it. A blank line (two breaks) ends a paragraph, and a tab or a run of spaces within a line may
    /// set out a table's columns.
    /// </summary>
    public static bool IsOneSpace(ReadOnlySpan<char> gap)
    {
        if (gap is [' '])
            return true;
        var breaks = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            if (s_lineBreaks.Contains(gap[i]))
                breaks += gap[i] == '\n' && i > 0 && gap[i - 1] == '\r' ? 0 : 1;
            else if (!char.IsWhiteSpace(gap[i]))
                return false;
        }
        return breaks == 1;
    }

    /// <summary>The text with every run of spaces that holds a line break made one space.</summary>
    public static string Unwrap(ReadOnlySpan<char> text)
    {
        if (!HasLineBreak(text))
            return text.ToString();
        var builder = new StringBuilder(text.Length);
        AppendUnwrapped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the text with every run of spaces that holds a line break made one space.</summary>
    public static void AppendUnwrapped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        while (true)
        {
            var lineBreak = text.IndexOfAny(s_lineBreaks);
            if (lineBreak < 0)
            {
                builder.Append(text);
                return;
            }
            var runStart = lineBreak;
            while (runStart > 0 && CharClass.IsSpace(text[runStart - 1]))
                runStart--;
            var runEnd = lineBreak + 1;
            while (runEnd < text.Length && CharClass.IsSpace(text[runEnd]))
                runEnd++;
            builder.Append(text[..runStart]);
            // A sentence that starts or ends at a break has no space to keep there.
            if (runStart > 0 && runEnd < text.Length)
                builder.Append(' ');
            text = text[runEnd..];
        }
    }
}
