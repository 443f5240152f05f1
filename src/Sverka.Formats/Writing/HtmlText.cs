using System.Buffers;

namespace Sverka.Formats.Writing;

/// <summary>
/// Writes text into HTML so that it is shown, never parsed: the five markup characters become references, and
/// characters HTML and XML cannot carry (controls, lone surrogates, U+FFFE, U+FFFF) become a space or U+FFFD.
/// Each input character gives one output character or reference, so offsets into the text still line up with
/// what is shown, and the output is well-formed XML as well as HTML.
/// </summary>
internal static class HtmlText
{
    // The markup characters, every control but tab and line feed, and every surrogate (a pair is let through).
    private static readonly SearchValues<char> s_special = SearchValues.Create(
        "&<>\"'" + new string([.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c)])
        + new string([.. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)])
        + new string([.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)])
        + "\uFFFE\uFFFF");

    /// <summary>Writes <paramref name="text"/> escaped for element content or a quoted attribute value.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var stop = text.IndexOfAny(s_special);
            if (stop < 0)
            {
                output.Write(text);
                return;
            }
            output.Write(text[..stop]);
            var c = text[stop];
            if (char.IsHighSurrogate(c) && stop + 1 < text.Length && char.IsLowSurrogate(text[stop + 1]))
            {
                output.Write(text.Slice(stop, 2));
                text = text[(stop + 2)..];
                continue;
            }
            output.Write(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // A lone surrogate or a noncharacter: something was lost before Sverka saw it; show that it was.
                _ when char.IsSurrogate(c) || c >= '\uFFFE' => "\uFFFD",
                // A control character: a terminal or browser would act on it or drop it; a space keeps the gap.
                _ => " ",
            });
            text = text[(stop + 1)..];
        }
    }

    /// <summary>The escaped text as a string, for tests and short values.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, text);
        return output.ToString();
    }
}
