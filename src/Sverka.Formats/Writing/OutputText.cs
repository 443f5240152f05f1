using System.Buffers;
using System.Globalization;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>Small pieces every writer needs: numbers in the invariant culture and text kept on one line.</summary>
internal static class OutputText
{
    // Everything that would end a TSV field or a listing line early.
    private static readonly SearchValues<char> s_lineBreaksAndTabs =
        SearchValues.Create("\t\n\r\v\f\u0085\u2028\u2029");

    // Everything a terminal would act on rather than show: C0 and C1 controls, DEL and the Unicode line breaks.
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)) + "\u2028\u2029");

    /// <summary>Writes an integer without going through the writer's culture.</summary>
    public static void WriteNumber(TextWriter output, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        output.Write(digits[..length]);
    }

    /// <summary>
    /// A confidence rounded to the three decimals every format shows, half away from zero. One rounding for all
    /// formats: "F3" alone rounds an exact midpoint such as 0.8125 to even, Math.Round by default too, and the
    /// JSON and TSV of one bead must not disagree.
    /// </summary>
    public static double RoundConfidence(float confidence) => Math.Round((double)confidence, 3, MidpointRounding.AwayFromZero);

    /// <summary>Writes a confidence with three decimals, such as "0.950".</summary>
    public static void WriteConfidence(TextWriter output, float confidence)
    {
        Span<char> digits = stackalloc char[16];
        RoundConfidence(confidence).TryFormat(digits, out var length, "F3", CultureInfo.InvariantCulture);
        output.Write(digits[..length]);
    }

    /// <summary>The confidence as <see cref="WriteConfidence"/> writes it.</summary>
    public static string FormatConfidence(float confidence) => RoundConfidence(confidence).ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>Writes text with every tab and line break replaced by a space.</summary>
    public static void WriteOneLine(TextWriter output, ReadOnlySpan<char> text) => WriteReplacing(output, text, s_lineBreaksAndTabs);

    /// <summary>Writes text with every control character, tabs and line breaks included, replaced by a space.</summary>
    public static void WritePrintable(TextWriter output, ReadOnlySpan<char> text) => WriteReplacing(output, text, s_controls);

    private static void WriteReplacing(TextWriter output, ReadOnlySpan<char> text, SearchValues<char> replaced)
    {
        while (true)
        {
            var stop = text.IndexOfAny(replaced);
            if (stop < 0)
            {
                output.Write(text);
                return;
            }
            output.Write(text[..stop]);
            output.Write(' ');
            text = text[(stop + 1)..];
        }
    }

    /// <summary>
    /// Writes sentences of a document joined with one space, each kept on one line: a wrapped line's break and
    /// indentation as one space, any other tab or break as a space.
    /// </summary>
    public static void WriteSentences(TextWriter output, Document document, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
                output.Write(' ');
            WriteOneLine(output, Unwrapped(document.SentenceSpan(i)));
        }
    }

    /// <summary>A sentence with a wrapped line's break and indentation as one space; the text itself when it has no break.</summary>
    public static ReadOnlySpan<char> Unwrapped(ReadOnlySpan<char> sentence) =>
        WrappedLines.HasLineBreak(sentence) ? WrappedLines.Unwrap(sentence) : sentence;
}
