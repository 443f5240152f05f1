using System.Globalization;
using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

// Figures in digits and Roman numerals, and the dates written with slashes and dots.
public static partial class NumberReader
{
    /// <summary>"XX век", "XIX–XX веков", "the XXI century": a Roman numeral before a word for a century.</summary>
    private static bool TryRomanCentury(string text, List<Token> tokens, int k, out double value)
    {
        value = 0;
        if (!TryRoman(text.AsSpan(tokens[k].Start, tokens[k].Length), out var number))
            return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 2; j++)
        {
            var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim();
            if (gap.Length > 1 || (gap.Length == 1 && gap[0] is not ('-' or '–' or '—')) || tokens[j].Kind != TokenKind.Word)
                return false;
            var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
            if (s_centuryWords.Contains(word.ToString().ToLowerInvariant()))
            {
                value = number;
                return true;
            }
            if (!TryRoman(word, out _))
                return false;
        }
        return false;
    }

    /// <summary>
    /// A Roman numeral that numbers what it follows, as the other version may with digits: "camp III" for "Lager 3",
    /// "Gasherbrum II", "World War II". Only numerals of I, V and X: with L, C, D and M they are mostly acronyms ("DC",
    /// "CV", "MD"). A single letter only after a word, and not in English, where "I" is a pronoun. Read as a number
    /// word is, one that only ever matches, so that a letter misread costs nothing.
    /// </summary>
    private static bool TryRomanOrdinal(string text, List<Token> tokens, int k, string language, out double value)
    {
        value = 0;
        var written = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (written.ContainsAnyExcept("IVX") || !TryRoman(written, out var number))
            return false;
        if (written.Length == 1 && (language == "en" || k == 0 || tokens[k - 1].Kind != TokenKind.Word
                || !OnlySpaceBetween(text, tokens[k - 1].End, tokens[k].Start)))
            return false;
        value = number;
        return true;
    }

    /// <summary>An upper-case Roman numeral up to 3999, written the standard way.</summary>
    internal static bool TryRoman(ReadOnlySpan<char> written, out int value)
    {
        value = 0;
        if (written.IsEmpty || written.Length > 15)
            return false;
        var previous = int.MaxValue;
        for (var i = 0; i < written.Length; i++)
        {
            var digit = RomanDigit(written[i]);
            if (digit == 0)
                return false;
            var following = i + 1 < written.Length ? RomanDigit(written[i + 1]) : 0;
            if (following > digit)
            {
                // Only I, X and C subtract, and only from the next two larger numerals: IV, IX, XL, XC, CD, CM;
                // what follows the pair is smaller than the numeral subtracted.
                if (digit is not (1 or 10 or 100) || following > 10 * digit || digit >= previous)
                    return false;
                value += following - digit;
                previous = digit - 1;
                i++;
                continue;
            }
            if (digit > previous)
                return false;
            value += digit;
            previous = digit;
        }
        return true;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };

    /// <summary>"7/12/2021" is a date when it can be one; any other slash ("24/7", "1/3") separates numbers.</summary>
    private static void ReadSlashed(string text, Token token, List<NumberMention> mentions)
    {
        var written = text.AsSpan(token.Start, token.Length);
        Span<Range> parts = stackalloc Range[4];
        var count = written.Split(parts, '/');
        if (count == 3 && written[parts[0]].Length <= 2 && written[parts[1]].Length <= 2 && written[parts[2]].Length is 2 or 4
            && TryInteger(written[parts[0]], out var first) && TryInteger(written[parts[1]], out var second))
        {
            // Day-first or month-first: both readings, as the writer's convention is unknown.
            var yearStart = token.Start + parts[2].Start.Value;
            var monthFirst = first is >= 1 and <= 12 && second is >= 1 and <= 31 && first != second
                ? Mention(text, NumberMentionKind.Date, [second], first, token.Start, yearStart - 1, inDigits: true)
                : null;
            if (second is >= 1 and <= 12 && first is >= 1 and <= 31)
                mentions.Add(Mention(text, NumberMentionKind.Date, [first], second, token.Start, yearStart - 1, inDigits: true) with { OtherReading = monthFirst });
            else if (monthFirst is not null)
                mentions.Add(monthFirst);
            mentions.Add(Mention(text, NumberMentionKind.Number, [double.Parse(written[parts[2]], CultureInfo.InvariantCulture)], 0, yearStart, token.End, inDigits: true));
            return;
        }
        var start = 0;
        for (var i = 0; i <= written.Length; i++)
        {
            if (i < written.Length && written[i] != '/')
                continue;
            if (i > start)
            {
                var readings = new List<double>(2);
                ReadDigits(written[start..i], readings);
                mentions.Add(Mention(text, NumberMentionKind.Number, readings, 0, token.Start + start, token.Start + i, inDigits: true));
            }
            start = i + 1;
        }
    }

    private static bool TryDottedDate(ReadOnlySpan<char> written, out int day, out int month, out int yearLength)
    {
        day = month = yearLength = 0;
        Span<Range> parts = stackalloc Range[4];
        if (written.Split(parts, '.') != 3)
            return false;
        var d = written[parts[0]];
        var m = written[parts[1]];
        var y = written[parts[2]];
        if (d.Length > 2 || m.Length > 2 || y.Length is not (2 or 4))
            return false;
        if (!TryInteger(d, out day) || !TryInteger(m, out month) || day is < 1 or > 31 || month is < 1 or > 12)
            return false;
        yearLength = y.Length;
        return true;
    }

    /// <summary>
    /// Reads the digits of one number token, with every reading its separators allow: spaces always group
    /// thousands; a separator used more than once groups thousands; of two different separators the last is the
    /// decimal point; a single comma or period is a decimal point, unless exactly three digits follow, when it may
    /// be either ("1,000" in English, "1.000" in Russian and German).
    /// </summary>
    internal static void ReadDigits(ReadOnlySpan<char> written, List<double> readings)
    {
        Span<char> digits = stackalloc char[Math.Min(written.Length, 64)];
        var n = 0;
        var lastSeparator = -1;
        char separator = '\0', otherSeparator = '\0';
        var separatorCount = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n < digits.Length)
                    digits[n++] = c;
                continue;
            }
            if (c is not (',' or '.'))
                continue;
            if (separator == '\0' || separator == c)
            {
                separator = c;
                separatorCount++;
            }
            else
            {
                otherSeparator = c;
            }
            lastSeparator = n;
        }
        var whole = ParseDigits(digits[..n]);
        if (separator == '\0')
        {
            readings.Add(whole);
            return;
        }
        var decimals = n - lastSeparator;
        var asDecimal = ParseDigits(digits[..lastSeparator]) + (ParseDigits(digits[lastSeparator..n]) / Math.Pow(10, decimals));
        if (otherSeparator != '\0')
        {
            readings.Add(asDecimal);
            return;
        }
        if (separatorCount > 1)
        {
            readings.Add(whole);
            return;
        }
        if (decimals == 3)
            readings.Add(whole);
        readings.Add(asDecimal);
    }

    private static double ParseDigits(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var c in digits)
            value = (value * 10) + (c - '0');
        return value;
    }

    private static bool TryInteger(ReadOnlySpan<char> written, out int value) =>
        int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
