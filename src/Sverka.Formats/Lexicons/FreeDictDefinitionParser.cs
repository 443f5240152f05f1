namespace Sverka.Formats.Lexicons;

/// <summary>
/// Reads the translations out of an entry of the FreeDict English-Russian dictionary (eng-rus, generated from its
/// TEI source into dictd's plain text, as Debian ships it in dict-freedict-eng-rus).
/// </summary>
/// <remarks>
/// An entry is "headword /transcription/" on the first line, then one line per sense, numbered ("1. в, на") when
/// there are several, each a comma-separated list of translations.
/// </remarks>
public static class FreeDictDefinitionParser
{
    /// <summary>The licence of the FreeDict English-Russian dictionary (SPDX).</summary>
    public const string Licence = "GPL-2.0-or-later";

    /// <summary>
    /// Parses one entry (the definition text as <see cref="DictdReader"/> returns it, headword line first). Null
    /// when the headword is not a single English word.
    /// </summary>
    public static LexiconEntry? Parse(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lines = definition.Split('\n');
        var first = lines[0].AsSpan();
        var slash = first.IndexOf(" /", StringComparison.Ordinal);
        var headword = TranslationWords.Headword(slash >= 0 ? first[..slash] : first);
        if (headword is null)
            return null;

        var senses = new List<List<Translation>>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            var digits = 0;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
                digits++;
            if (digits > 0 && digits < line.Length && line[digits] == '.')
                line = line[(digits + 1)..];
            var sense = new List<Translation>();
            foreach (var range in line.Split(';'))
            {
                if (!TranslationWords.AddSegment(line[range], sense))
                    break;
            }
            if (sense.Count > 0)
                senses.Add(sense);
        }
        return new LexiconEntry(headword, TranslationWords.Order(senses), []);
    }
}
