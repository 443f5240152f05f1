namespace Sverka.Core.Text;

/// <summary>
/// Lower-casing for words, with the same result as <see cref="MemoryExtensions.ToLowerInvariant"/>. Latin and
/// Russian letters, nearly every letter the aligner sees, are mapped here directly; only a word holding some other
/// non-ASCII character goes to the globalisation library, whose per-call cost dominated feature extraction.
/// </summary>
public static class CaseFolding
{
    /// <summary>The lower-case form of one character, as <see cref="char.ToLowerInvariant"/> gives it.</summary>
    public static char ToLower(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c,
        >= '\u0410' and <= '\u042F' => (char)(c + 0x20),
        >= '\u0430' and <= '\u045F' => c,
        >= '\u0400' and <= '\u040F' => (char)(c + 0x50),
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Writes the lower-case form of <paramref name="word"/>; returns its length, or -1 when it does not fit.</summary>
    public static int ToLower(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.Length > destination.Length)
            return -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            else if (c is >= '\u0410' and <= '\u042F')
                destination[i] = (char)(c + 0x20);
            else if (c is >= '\u0430' and <= '\u045F')
                destination[i] = c;
            else if (c is >= '\u0400' and <= '\u040F')
                destination[i] = (char)(c + 0x50);
            else
                return word.ToLowerInvariant(destination);
        }
        return word.Length;
    }
}
