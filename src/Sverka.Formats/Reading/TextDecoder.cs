using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sverka.Core.Text;

namespace Sverka.Formats.Reading;

/// <summary>
/// Turns the bytes of a text file into a string. It finds the encoding (a byte order mark, then strict UTF-8, then
/// the legacy Russian code pages Windows-1251, KOI8-R and CP866, then Windows-1252 for other 8-bit text), refuses
/// binary and empty input, drops a leading byte order mark and normalises CRLF and lone CR to LF. Every other
/// character, NO-BREAK SPACE and the other Unicode spaces included, is kept as it is, so offsets into the text
/// mean the same thing everywhere downstream.
/// </summary>
public static class TextDecoder
{
    // The code-page provider is asked directly instead of being registered with Encoding.RegisterProvider: reading
    // a file should not change how the rest of the process looks encodings up.
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding s_utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
    private static readonly Encoding s_utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
    private static readonly Encoding s_utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
    private static readonly Encoding s_utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: true);
    private static readonly Encoding s_windows1251 = CodePage(1251);
    private static readonly Encoding s_koi8R = CodePage(20866);
    private static readonly Encoding s_cp866 = CodePage(866);
    private static readonly Encoding s_windows1252 = CodePage(1252);

    // Windows-1251 first, so that it wins a tie: it is by far the most common of the three.
    private static readonly Encoding[] s_russianCandidates = [s_windows1251, s_koi8R, s_cp866];

    private const string KnownNames = "utf-8, utf-16, utf-16be, utf-32, windows-1251, koi8-r, cp866, windows-1252, iso-8859-1";

    /// <summary>Enough text to tell the legacy code pages apart; scoring more only costs time.</summary>
    private const int LegacySampleBytes = 1 << 20;

    /// <summary>
    /// Decodes <paramref name="bytes"/>, finding the encoding unless <paramref name="forced"/> names it.
    /// </summary>
    /// <param name="bytes">The whole content of the file.</param>
    /// <param name="displayName">How messages name the input, usually the path as the user typed it.</param>
    /// <param name="forced">The encoding to use instead of detecting one; a byte order mark of the same encoding
    /// (or, for UTF-16 and UTF-32, of the other byte order) is still honoured and dropped.</param>
    /// <returns>The normalised text and the encoding it was read with.</returns>
    /// <exception cref="SverkaInputException">The input is empty or whitespace only, looks binary, or is not valid
    /// in a forced encoding whose decoder refuses invalid bytes.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string displayName, Encoding? forced = null)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (bytes.IsEmpty)
            throw Fail(displayName, "is empty");

        var (encoding, skip) = forced is null ? Detect(bytes, displayName) : WithByteOrderMark(forced, bytes);
        var text = GetString(encoding, bytes[skip..], displayName);
        RefuseControlCharacters(text, displayName);
        text = Normalise(text);
        if (IsBlank(text))
            throw Fail(displayName, text.Length == 0 ? "is empty" : "is empty (only whitespace)");
        return new DecodedText(text, encoding);
    }

    /// <summary>
    /// The encoding for a name a user may type, such as "utf-8", "utf-16", "cp1251", "windows-1251", "koi8-r",
    /// "cp866" or "latin1"; other names and code page numbers known to .NET work too.
    /// </summary>
    /// <param name="name">The name, in any case.</param>
    /// <returns>An encoding that replaces invalid bytes rather than failing on them.</returns>
    /// <exception cref="SverkaInputException">No encoding has that name.</exception>
    public static Encoding EncodingByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant().Replace('_', '-');
        var encoding = key switch
        {
            "utf-8" or "utf8" => s_utf8,
            "utf-16" or "utf16" or "utf-16le" or "utf16le" or "ucs-2" or "unicode" => s_utf16Le,
            "utf-16be" or "utf16be" => s_utf16Be,
            "utf-32" or "utf32" or "utf-32le" or "utf32le" => s_utf32Le,
            "utf-32be" or "utf32be" => s_utf32Be,
            "windows-1251" or "cp1251" or "win-1251" or "win1251" or "1251" => s_windows1251,
            "koi8-r" or "koi8r" or "koi8" => s_koi8R,
            "cp866" or "ibm866" or "866" or "dos-866" => s_cp866,
            "windows-1252" or "cp1252" or "win-1252" or "1252" => s_windows1252,
            "latin1" or "latin-1" or "iso-8859-1" => Encoding.Latin1,
            _ => LookUp(key),
        };
        return encoding ?? throw new SverkaInputException($"unknown encoding '{name}' (try {KnownNames})");
    }

    private static Encoding? LookUp(string name)
    {
        if (name.Length == 0)
            return null;
        try
        {
            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage))
                return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage)
        ?? throw new InvalidOperationException($"code page {codePage} is missing from this runtime");

    private static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> bytes, string displayName)
    {
        var (marked, markLength) = ByteOrderMark(bytes);
        if (marked is not null)
            return (marked, markLength);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            // ASCII-compatible text never holds a NUL byte; UTF-16 without a byte order mark is the one text
            // encoding that does, so it gets a chance before the file is called binary.
            if (Utf16WithoutByteOrderMark(bytes) is { } utf16)
                return (utf16, 0);
            throw Fail(displayName, $"looks like a binary file (NUL byte at offset {nul})");
        }

        if (Utf8.IsValid(bytes) || IsMostlyUtf8(bytes))
            return (s_utf8, 0);
        return (LegacyEightBit(bytes), 0);
    }

    private static (Encoding? Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE before UTF-16 LE: its mark begins with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (s_utf32Le, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (s_utf32Be, 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (s_utf8, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (s_utf16Le, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (s_utf16Be, 2);
        return (null, 0);
    }

    private static (Encoding Encoding, int Skip) WithByteOrderMark(Encoding forced, ReadOnlySpan<byte> bytes)
    {
        var (marked, markLength) = ByteOrderMark(bytes);
        if (marked is null)
            return (forced, 0);
        if (marked.CodePage == forced.CodePage)
            return (forced, markLength);
        // "utf-16" is what people type whatever the byte order; the mark says which one the file has.
        if (Family(marked.CodePage) != 0 && Family(marked.CodePage) == Family(forced.CodePage))
            return (marked, markLength);
        return (forced, 0);
    }

    private static int Family(int codePage) => codePage switch
    {
        1200 or 1201 => 16,
        12000 or 12001 => 32,
        _ => 0,
    };

    private static string GetString(Encoding encoding, ReadOnlySpan<byte> bytes, string displayName)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var where = e.Index >= 0 ? $" (invalid bytes near offset {e.Index})" : "";
            throw new SverkaInputException($"{displayName}: is not valid {encoding.WebName}{where}", e);
        }
    }

    /// <summary>
    /// UTF-16 without a byte order mark, recognised by its NUL bytes all falling on one parity (the high bytes of
    /// ASCII characters) and by decoding to plausible text; null when it does not look like UTF-16.
    /// </summary>
    private static Encoding? Utf16WithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0)
                evenZeros++;
            if (bytes[i + 1] == 0)
                oddZeros++;
        }
        var encoding = oddZeros >= evenZeros ? s_utf16Le : s_utf16Be;
        var text = encoding.GetString(bytes);
        var plausible = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
                return null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                plausible += 2;
                i++;
            }
            else if (IsPlausibleTextChar(c))
            {
                plausible++;
            }
        }
        // Random bytes read as UTF-16 land all over the code space; real text stays in a few scripts.
        return plausible >= text.Length * 0.95 ? encoding : null;
    }

    private static bool IsPlausibleTextChar(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and < '\u007F')
        || CharClass.ScriptOf(c) != Script.Other
        || c is >= '\u00A0' and <= '\u00BF' or >= '\u2000' and <= '\u206F' or >= '\u20A0' and <= '\u214F';

    /// <summary>
    /// UTF-8 with a little damage, such as a truncated last character or one stray Latin-1 byte: most non-ASCII
    /// bytes still form valid sequences. A few replacement characters beat reading the whole file as mojibake.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var rest = bytes;
        while (true)
        {
            var next = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
                break;
            rest = rest[next..];
            if (Rune.DecodeFromUtf8(rest, out _, out var consumed) == OperationStatus.Done)
                valid++;
            else
                invalid++;
            rest = rest[Math.Max(consumed, 1)..];
        }
        return valid >= 8 * invalid;
    }

    /// <summary>
    /// Chooses between the legacy Russian code pages by which one reads as Russian, and falls back to
    /// Windows-1252 when none does. Each candidate's decoding is scored as a unigram log-likelihood of Russian
    /// letters, so that KOI8-R read as Windows-1251 (mostly capitals, rare letters, "пРИВЕТ") loses to the right
    /// reading even for text in capitals; letters of an unexpected kind cost a fixed penalty.
    /// </summary>
    private static Encoding LegacyEightBit(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > LegacySampleBytes ? bytes[..LegacySampleBytes] : bytes;
        var best = s_windows1251;
        var bestScore = RussianScore.Empty;
        var first = true;
        foreach (var candidate in s_russianCandidates)
        {
            var score = RussianScore.Of(candidate.GetString(sample));
            if (first || score.LogLikelihood > bestScore.LogLikelihood)
            {
                best = candidate;
                bestScore = score;
                first = false;
            }
        }
        // Western text read as Cyrillic puts its accented letters inside Latin words ("cafй", "Mьller"); Russian
        // text puts them in words of their own.
        var russian = bestScore.RussianLetters > 0 && bestScore.RussianLetters >= 2 * bestScore.MixedLetters;
        return russian ? best : s_windows1252;
    }

    private static void RefuseControlCharacters(string text, string displayName)
    {
        int count = 0, first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' and not ('\t' or '\n' or '\r' or '\f' or '\v') or '\u007F')
            {
                if (c == '\0')
                    throw Fail(displayName, $"looks like a binary file (NUL character at offset {i})");
                if (count++ == 0)
                    first = i;
            }
        }
        // A stray control character is a typo in a text file; one character in fifty is not text.
        if (count > 0 && count * 50L > text.Length)
            throw Fail(displayName, $"looks like a binary file ({count} control characters, the first at offset {first})");
    }

    private static string Normalise(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var cr = text.IndexOf('\r', start);
        if (cr < 0)
            return start == 0 ? text : text[start..];
        var builder = new StringBuilder(text.Length - start);
        var from = start;
        while (cr >= 0)
        {
            builder.Append(text, from, cr - from).Append('\n');
            from = cr + 1;
            if (from < text.Length && text[from] == '\n')
                from++;
            cr = text.IndexOf('\r', from);
        }
        builder.Append(text, from, text.Length - from);
        return builder.ToString();
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!CharClass.IsSpace(c))
                return false;
        }
        return true;
    }

    private static SverkaInputException Fail(string displayName, string cause) => new($"{displayName}: {cause}");
}
