namespace Sverka.Formats.Lexicons;

/// <summary>
/// Reads the translations out of an entry of a FreeDict dictionary that WikDict generated from Wiktionary: German–French
/// (deu-fra), French–German (fra-deu) and most of FreeDict's other pairs, as Debian ships them in dict-freedict-*.
/// Unlike the English–Russian parsers it knows no language's grammar: it keeps single words and the content words of
/// short phrases, for any pair of languages written with spaces between words. FreeDict's older dictionaries made
/// from other sources (Icelandic–English, isl-eng) share the layout without the explanations, and read the same.
/// </summary>
/// <remarks>
/// An entry is "headword /transcription/ &lt;part of speech&gt;" on the first line. Each sense then gives a line of
/// comma-separated translations, numbered ("1. solidifier") when there are several, and usually a line that explains
/// the sense in the headword's own language ("vom festen in den gasförmigen Aggregatzustand übergehen"), which must not
/// be read as translations. Where a sense has no translation, its number trails the previous line
/// ("französisch, Französisch 2.") or stands alone (" 3."), and only its explanation follows.
/// </remarks>
public sealed class WikDictDefinitionParser
{
    /// <summary>
    /// The licence of the WikDict dictionaries, Wiktionary's (SPDX); a dictionary that states another in its
    /// description is built under that one.
    /// </summary>
    public const string Licence = "CC-BY-SA-3.0";

    /// <summary>Translations longer than this many content words explain rather than translate.</summary>
    private const int MaxContentWords = 2;

    // Articles, prepositions and pronouns that frame a phrase ("rive d'étang", "sich beeilen", "to go"): the other
    // word is the translation. The builder's generic-head limit catches the rest, and the languages not listed.
    private static readonly Dictionary<string, HashSet<string>> s_functionWords = new(StringComparer.Ordinal)
    {
        ["de"] = new(StringComparer.Ordinal)
        {
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sich", "zu",
            "zum", "zur", "von", "vom", "mit", "in", "im", "an", "am", "auf", "aus", "bei", "für", "um", "und", "oder",
            "nicht", "etwas", "jemand", "jemanden", "jemandem",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            "le", "la", "les", "un", "une", "des", "du", "de", "à", "au", "aux", "en", "et", "ou", "se", "ne", "pas",
            "par", "pour", "sur", "dans", "avec", "qqn", "qqch", "quelqu'un", "quelque", "chose",
        },
        ["en"] = new(StringComparer.Ordinal)
        {
            "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "and", "or", "be", "someone",
            "something", "oneself",
        },
    };

    private readonly HashSet<string> _functionWords;

    /// <summary>A parser for a dictionary whose translations are in <paramref name="translationLanguage"/> (ISO 639-1).</summary>
    public WikDictDefinitionParser(string translationLanguage) =>
        _functionWords = s_functionWords.GetValueOrDefault(translationLanguage) ?? [];

    /// <summary>
    /// Parses one entry (the definition text as <see cref="DictdReader"/> returns it, headword line first). Null
    /// when the headword is not a single word.
    /// </summary>
    public LexiconEntry? Parse(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lines = definition.Split('\n');
        var headword = Word(HeadwordText(lines[0]));
        if (headword is null)
            return null;

        var senses = new List<List<Translation>>();
        var nextSense = 1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            // The first line after the headword translates; later ones translate only when they open the next
            // sense by its number. Anything else explains, in the headword's language.
            if (StartsWithNumber(line, nextSense, out var afterNumber))
            {
                line = line[afterNumber..];
                nextSense++;
            }
            else if (i > 1)
            {
                continue;
            }
            else
            {
                nextSense++; // the first sense, unnumbered
            }
            if (EndsWithNumber(line, nextSense, out var beforeNumber))
            {
                line = line[..beforeNumber];
                nextSense++;
            }
            var sense = new List<Translation>();
            foreach (var range in line.SplitAny(",;"))
                AddAlternative(line[range], sense);
            if (sense.Count > 0)
                senses.Add(sense);
        }
        return senses.Count == 0 ? null : new LexiconEntry(headword, TranslationWords.Order(senses), []) { IsVerb = IsVerb(lines[0]) };
    }

    private void AddAlternative(ReadOnlySpan<char> alternative, List<Translation> sense)
    {
        var open = alternative.IndexOf('(');
        if (open >= 0)
        {
            var close = alternative[open..].IndexOf(')');
            alternative = close < 0 ? alternative[..open] : string.Concat(alternative[..open], " ", alternative[(open + close + 1)..]);
        }
        Span<Range> ranges = stackalloc Range[MaxContentWords + 4];
        var count = alternative.SplitAny(ranges, " \t", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (count == 0 || count == ranges.Length)
            return;
        Span<int> content = stackalloc int[MaxContentWords];
        var contentCount = 0;
        var words = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var word = Word(WithoutElision(alternative[ranges[i]]));
            if (word is null)
                return;
            if (_functionWords.Contains(word))
                continue;
            if (contentCount == MaxContentWords)
                return;
            words[i] = word;
            content[contentCount++] = i;
        }
        for (var i = 0; i < contentCount; i++)
            TranslationWords.Add(sense, new Translation(words[content[i]]!, FromPhrase: count > 1));
    }

    /// <summary>The headword line without its transcriptions and part of speech: "Schuster /ˈʃuːstɐ/ &lt;n, masc&gt;".</summary>
    private static ReadOnlySpan<char> HeadwordText(ReadOnlySpan<char> line)
    {
        var end = line.IndexOfAny('/', '<');
        return (end >= 0 ? line[..end] : line).Trim();
    }

    /// <summary>Whether the headword line gives the part of speech as a verb: "sublimieren /zubliˈmiːʁən/ &lt;v&gt;".</summary>
    private static bool IsVerb(ReadOnlySpan<char> line)
    {
        var open = line.IndexOf('<');
        return open >= 0 && line[(open + 1)..] is ['v', '>' or ',', ..];
    }

    /// <summary>"d'étang" → "étang", "l'eau" → "eau", "qu'il" → "il": the article or pronoun is a word of its own.</summary>
    private static ReadOnlySpan<char> WithoutElision(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe is >= 1 and <= 2 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
    }

    /// <summary>
    /// The lexicon form of a word: two or more lowercase letters of any script, hyphens and apostrophes only
    /// inside. Null for anything else: for acronyms ("UNO", "SNCF"), which lowercased would pose as ordinary words,
    /// and for single letters, which are labels ("bombe A", "Vitamin C") more often than words.
    /// </summary>
    internal static string? Word(ReadOnlySpan<char> text)
    {
        text = text.Trim("\"'«»“”„!?.…*");
        if (text.Length is < 2 or > 40 || !char.IsLetter(text[0]) || !char.IsLetter(text[^1]))
            return null;
        Span<char> lower = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsUpper(c) && char.IsUpper(text[i - 1]))
                return null;
            if (c is '\u2010' or '\u2011')
                c = '-';
            else if (c == '’')
                c = '\'';
            if (!char.IsLetter(c) && !((c is '-' or '\'') && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])))
                return null;
            lower[i] = char.ToLowerInvariant(c);
        }
        return lower.ToString();
    }

    private static bool StartsWithNumber(ReadOnlySpan<char> line, int number, out int after)
    {
        after = 0;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            digits++;
        if (digits == 0 || digits >= line.Length || line[digits] != '.' || !IsNumber(line[..digits], number))
            return false;
        after = digits + 1;
        return true;
    }

    private static bool EndsWithNumber(ReadOnlySpan<char> line, int number, out int before)
    {
        before = line.Length;
        if (line.IsEmpty || line[^1] != '.')
            return false;
        var start = line.Length - 1;
        while (start > 0 && char.IsAsciiDigit(line[start - 1]))
            start--;
        if (start == line.Length - 1 || (start > 0 && line[start - 1] != ' ') || !IsNumber(line[start..^1], number))
            return false;
        before = start;
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> digits, int number) => int.TryParse(digits, out var value) && value == number;
}
