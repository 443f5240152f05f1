namespace Sverka.Core.Text;

/// <summary>The writing system a letter belongs to, as far as language identification needs it.</summary>
public enum Script : byte
{
    /// <summary>Not a letter, or a script Sverka does not tell apart.</summary>
    Other,
    /// <summary>Latin letters, with or without diacritics.</summary>
    Latin,
    /// <summary>Cyrillic letters.</summary>
    Cyrillic,
    /// <summary>Greek letters.</summary>
    Greek,
    /// <summary>Arabic letters.</summary>
    Arabic,
    /// <summary>Hebrew letters.</summary>
    Hebrew,
    /// <summary>Chinese, Japanese and Korean characters.</summary>
    Cjk,
}

/// <summary>Character classes shared by segmentation and scoring.</summary>
public static class CharClass
{
    /// <summary>
    /// True for any Unicode space, NO-BREAK SPACE and the narrow spaces included: they stay in the text but
    /// separate words everywhere else. Zero-width space counts too, since some editors use it as a soft break.
    /// </summary>
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' : char.IsWhiteSpace(c) || c == '\u200B';

    /// <summary>The script of a letter, or <see cref="Script.Other"/>.</summary>
    public static Script ScriptOf(char c)
    {
        if (c < 0x80)
            return char.IsAsciiLetter(c) ? Script.Latin : Script.Other;
        if (c <= 0x024F)
            return char.IsLetter(c) ? Script.Latin : Script.Other;
        if (c is >= '\u0400' and <= '\u052F')
            return Script.Cyrillic;
        if (c is >= '\u0370' and <= '\u03FF')
            return Script.Greek;
        if (c is >= '\u0590' and <= '\u05FF')
            return Script.Hebrew;
        if (c is >= '\u0600' and <= '\u06FF')
            return Script.Arabic;
        if (c is >= '\u1E00' and <= '\u1EFF')
            return Script.Latin;
        if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF')
            return Script.Cjk;
        return Script.Other;
    }
}
