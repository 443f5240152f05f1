using Sverka.Core.Text;

namespace Sverka.Core.Scoring;

/// <summary>What kind of token the scanner found.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters (with inner apostrophes).</summary>
    Word,
    /// <summary>A number with its inner separators: "1,000", "1 000", "3.5", "07.12.2021".</summary>
    Number,
    /// <summary>A percent sign.</summary>
    Percent,
}

/// <summary>One token: where it is and what kind.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The first character after the token.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Walks the words, numbers and percent signs of a sentence. A number keeps its group separators (comma, period,
/// NO-BREAK SPACE, thin space, or a plain space before exactly three digits), so "1 000 000" is one token;
/// hyphens split words, so "Russian-American" gives two.
/// </summary>
public ref struct WordScanner
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Starts scanning a sentence.</summary>
    public WordScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The token found by the last successful <see cref="MoveNext"/>.</summary>
    public Token Current { get; private set; }

    /// <summary>Advances to the next token; false at the end.</summary>
    public bool MoveNext()
    {
        var text = _text;
        var i = _position;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetter(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                        i++;
                    else if (d is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                        i += 2;
                    else
                        break;
                }
                _position = i;
                Current = new Token(start, i - start, TokenKind.Word);
                return true;
            }
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                i = ScanNumber(text, i);
                _position = i;
                Current = new Token(start, i - start, TokenKind.Number);
                return true;
            }
            if (c is '%' or '‰')
            {
                _position = i + 1;
                Current = new Token(i, 1, TokenKind.Percent);
                return true;
            }
            i++;
        }
        _position = i;
        return false;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        // Only a number that began with a group of one to three digits can continue with space-separated groups.
        var spaceGroupsAllowed = i - start <= 3;
        while (i + 1 < text.Length)
        {
            var separator = text[i];
            if (separator is ',' or '.' or '/' && char.IsAsciiDigit(text[i + 1]))
            {
                spaceGroupsAllowed = false;
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                    i++;
                continue;
            }
            // A space groups thousands only before exactly three digits: "1 000 000", not "in 2021 100 people".
            if (spaceGroupsAllowed && CharClass.IsSpace(separator) && separator != '\n' && IsThreeDigitGroup(text, i + 1))
            {
                i += 4;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));
}
