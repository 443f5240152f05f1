using System.Text;
using System.Text.RegularExpressions;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Reads the translations out of an entry of Mueller's English-Russian dictionary (7th edition, in the dictd
/// conversion Debian ships as mueller7-dict).
/// </summary>
/// <remarks>
/// An entry is the headword line, then a transcription in brackets, then nested divisions, each starting a line:
/// homonyms (<c>_I</c>, <c>_II</c>), parts of speech (<c>1. _n.</c>, <c>2. _v.</c>), senses (<c>1)</c>,
/// <c>10)</c>) and sub-senses (<c>а)</c>, <c>б)</c>). Within a sense the translations come first, separated by
/// commas and semicolons, and may carry labels (<c>_разг.</c>, <c>_ам.</c>) and notes in parentheses; then come
/// usage examples, each an English phrase followed by its Russian rendering. The parser keeps what stands before
/// the first example of each sense, and takes the senses of the different parts of speech in turn, so that "water"
/// gives "вода" and then "мочить" rather than nine noun senses first.
/// </remarks>
public static partial class MuellerDefinitionParser
{
    /// <summary>The licence of Mueller's dictionary as Debian distributes it (SPDX).</summary>
    public const string Licence = "GPL-2.0-or-later";

    // Abbreviations of grammatical commentary, written without the underscore of labels.
    private static readonly HashSet<string> s_grammarAbbreviations = new(StringComparer.Ordinal)
    {
        "употр.", "сущ.", "гл.", "прил.", "нареч.", "мест.", "предл.", "ед.", "мн.", "ч.", "л.", "знач.", "вопр.",
        "косв.", "род.", "дат.", "вин.", "тв.", "пад.", "инф.", "напр.", "пространств.", "разн.",
    };

    // Labels of senses that modern prose seldom uses: obsolete, rare, dialect, regional, slang, poetic. Their
    // translations are kept, after the others, for words that have nothing else.
    private static readonly HashSet<string> s_marginalLabels = new(StringComparer.Ordinal)
    {
        "_уст.", "_редк.", "_диал.", "_жарг.", "_шотл.", "_ирл.", "_сев.", "_австрал.", "_ю-афр.", "_поэт.",
    };

    /// <summary>
    /// Parses one entry (the definition text as <see cref="DictdReader"/> returns it, headword line first). Null
    /// when the headword is not a single English word.
    /// </summary>
    public static LexiconEntry? Parse(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lines = definition.Split('\n');
        var headword = TranslationWords.Headword(lines[0]);
        if (headword is null)
            return null;

        var units = SplitUnits(lines);
        var senses = new List<Sense>();
        var references = new List<string>();
        var synonyms = new List<string>();
        var ranks = new Dictionary<int, int>();
        var marginalBlocks = new HashSet<int>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var words = new List<Translation>();
            var reference = ReadUnit(unit.Text, words, out var marginal, out var formOf);
            // Only a whole entry or part of speech points elsewhere ("went", "said: 1. _p. от say"); a pointer in a
            // numbered sense ("9) _сокр. от water-colour") is one meaning among many. A form ("_p. от go") shares
            // its base word's meaning; a synonym ("_II = joust") is only worth borrowing for a word with none.
            if (reference is not null && unit.StartsBlock && reference != headword && !references.Contains(reference))
                (formOf ? references : synonyms).Add(reference);
            // A label on a part of speech ("2. _n. _жарг.") covers all its senses.
            if (marginal && unit.StartsBlock)
                marginalBlocks.Add(unit.Block);
            if (words.Count == 0)
                continue;
            ranks.TryGetValue(unit.Block, out var rank);
            ranks[unit.Block] = rank + 1;
            senses.Add(new Sense(rank, unit.Block, i, marginal || marginalBlocks.Contains(unit.Block), words));
        }

        // The n-th sense of every part of speech comes before the (n+1)-th of any, since first senses are the
        // common ones; but the first part of speech, the word's main use, keeps a lead of one sense ("man" is
        // "человек", "мужчина" before it is the verb "укомплектовывать"). Obsolete, dialect, slang and poetic
        // senses go last.
        var leadBlock = -1;
        foreach (var sense in senses)
        {
            if (!sense.Marginal)
            {
                leadBlock = sense.Block;
                break;
            }
        }
        senses.Sort((a, b) =>
        {
            if (a.Marginal != b.Marginal)
                return a.Marginal ? 1 : -1;
            var rankA = a.Rank + (a.Block == leadBlock ? 0 : 1);
            var rankB = b.Rank + (b.Block == leadBlock ? 0 : 1);
            return rankA != rankB ? rankA.CompareTo(rankB) : a.Order.CompareTo(b.Order);
        });
        var ordered = new List<List<Translation>>(senses.Count);
        foreach (var sense in senses)
            ordered.Add(sense.Words);
        var translations = TranslationWords.Order(ordered);
        if (translations.Count == 0)
            references.AddRange(synonyms);
        return new LexiconEntry(headword, translations, references);
    }

    private sealed record Sense(int Rank, int Block, int Order, bool Marginal, List<Translation> Words);

    private readonly record struct Unit(int Block, bool StartsBlock, string Text);

    /// <summary>
    /// Cuts an entry's body into units, one per division marker, joining the lines a unit wraps over. Each unit
    /// knows its block (homonym or part of speech) so that senses can be ranked within it.
    /// </summary>
    private static List<Unit> SplitUnits(string[] lines)
    {
        var units = new List<Unit>();
        var block = 0;
        var startsBlock = true;
        var text = new StringBuilder();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().Trim();
            if (line.IsEmpty)
                continue;
            var marker = Marker(line, out var markerLength);
            if (marker != MarkerKind.None)
            {
                Flush(units, block, startsBlock, text);
                startsBlock = marker == MarkerKind.Block;
                if (startsBlock)
                    block++;
                line = line[markerLength..].TrimStart();
            }
            else if (text.Length > 0)
            {
                // The printed dictionary broke lines inside hyphenated words ("six-/footer", "чего-/л.").
                var wrappedHyphen = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);
                if (!wrappedHyphen)
                    text.Append(' ');
            }
            text.Append(line);
        }
        Flush(units, block, startsBlock, text);
        return units;

        static void Flush(List<Unit> units, int block, bool startsBlock, StringBuilder text)
        {
            if (text.Length > 0)
                units.Add(new Unit(block, startsBlock, text.ToString()));
            text.Clear();
        }
    }

    private enum MarkerKind
    {
        None,
        Block,
        Sense,
    }

    private static MarkerKind Marker(ReadOnlySpan<char> line, out int length)
    {
        length = 0;
        // Homonyms: "_I", "_II", "_IV", followed by a space, a transcription or nothing.
        if (line.Length > 1 && line[0] == '_' && line[1] is 'I' or 'V' or 'X')
        {
            var end = 1;
            while (end < line.Length && line[end] is 'I' or 'V' or 'X')
                end++;
            if (end == line.Length || line[end] is ' ' or '[')
            {
                length = end;
                return MarkerKind.Block;
            }
            return MarkerKind.None;
        }
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsAsciiDigit(line[digits]))
            digits++;
        if (digits == 0 || digits == line.Length)
            return MarkerKind.None;
        // "10)обвинение": the dictionary lets two-digit sense numbers touch the text.
        if (line[digits] == ')')
        {
            length = digits + 1;
            return MarkerKind.Sense;
        }
        // "1. _n.": a part of speech; a number in running text is never followed by a full stop and a space.
        if (line[digits] == '.' && (digits + 1 == line.Length || line[digits + 1] == ' '))
        {
            length = digits + 1;
            return MarkerKind.Block;
        }
        return MarkerKind.None;
    }

    /// <summary>
    /// Reads the translations of one unit into <paramref name="words"/>, and tells whether its leading labels mark
    /// it as marginal (obsolete, rare, dialect, slang, poetic). Returns the headword the unit refers to instead
    /// when it is a pointer ("_p. от go", "= boo", "см. against"), with <paramref name="formOf"/> set when the
    /// pointer names the word this one is a form of.
    /// </summary>
    private static string? ReadUnit(string unit, List<Translation> words, out bool marginal, out bool formOf)
    {
        // Sub-sense letters go first, while their closing parenthesis cannot yet be taken for a note's.
        var text = SubSenseMarker().Replace(unit, ";");
        text = RemoveNotes(text);
        marginal = false;
        foreach (Capture label in LeadingLabels().Match(text).Groups[1].Captures)
            marginal |= s_marginalLabels.Contains(label.Value);
        text = Label().Replace(text, " ");

        var reference = Reference().Match(text);
        formOf = reference.Success && reference.Groups[1].ValueSpan.SequenceEqual("от");
        if (reference.Success)
            return TranslationWords.Headword(reference.Groups[2].ValueSpan);

        text = EtCetera().Replace(text, " ");
        // After a colon come examples ("является глаголом-связкой: he is a teacher").
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
            text = text[..colon];
        foreach (var range in text.AsSpan().Split(';'))
        {
            var segment = text.AsSpan(range);
            // The first English word starts the examples; the Russian after them renders the example, not the
            // headword ("from year to year, year by year с каждым годом; каждый год").
            if (segment.IndexOfAnyInRange('A', 'Z') >= 0 || segment.IndexOfAnyInRange('a', 'z') >= 0)
                break;
            if (HasGrammarAbbreviation(segment))
                break;
            if (!TranslationWords.AddSegment(WithoutAbbreviations(segment), words))
                break;
        }
        return null;
    }

    /// <summary>
    /// Drops transcriptions [..], cross-references {..} and notes (..), nested or not, and a note the entry never
    /// closes. "улучшать(ся)" becomes "улучшать".
    /// </summary>
    private static string RemoveNotes(string text)
    {
        var result = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    if (depth > 0)
                        depth--;
                    break;
                default:
                    if (depth == 0)
                        result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// Whether a segment uses the abbreviations of grammatical commentary ("употр. перед сущ.", "3-е л. ед. ч."):
    /// such a segment explains the headword, and the words left once the abbreviations go would pose as
    /// translations.
    /// </summary>
    private static bool HasGrammarAbbreviation(ReadOnlySpan<char> segment)
    {
        foreach (var range in segment.SplitAny(" ,"))
        {
            if (s_grammarAbbreviations.Contains(segment[range].ToString()))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Removes the abbreviations the dictionary uses without its underscore ("тж.", "особ.", "англ.", "кого-л."):
    /// translations never end in a full stop, so a word that does is one of them.
    /// </summary>
    private static string WithoutAbbreviations(ReadOnlySpan<char> segment)
    {
        var result = new StringBuilder(segment.Length);
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            var comma = !word.IsEmpty && word[^1] == ',';
            var bare = comma ? word[..^1] : word;
            if (!bare.IsEmpty && bare[^1] == '.')
                word = comma ? "," : [];
            if (word.IsEmpty)
                continue;
            if (result.Length > 0)
                result.Append(' ');
            result.Append(word);
        }
        return result.ToString();
    }

    /// <summary>The labels at the start of a unit, one capture each.</summary>
    [GeneratedRegex(@"^\s*(?:(_[\p{L}-]+\.?)\s*)*")]
    private static partial Regex LeadingLabels();

    /// <summary>A sub-sense letter at the start of a line or after a space: "а)", "б)".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[а-и]\)")]
    private static partial Regex SubSenseMarker();

    /// <summary>Grammar, style and field labels: "_n.", "_p-p.", "_разг.", "_ам.", "_полит-эк.".</summary>
    [GeneratedRegex(@"_[\p{L}-]+\.?")]
    private static partial Regex Label();

    /// <summary>An entry that sends the reader elsewhere: "_p. от go 1", "_p. и _p-p. от say", "= boo", "см. one".</summary>
    [GeneratedRegex(@"^[\s;,]*(?:и\s+)?(от|=|см\.)\s+([A-Za-z][A-Za-z'-]*[A-Za-z])(?:\s+(?:\d+|[IVX]+))*\s*(?:[;,.]|$)")]
    private static partial Regex Reference();

    /// <summary>"и т.п.", "и т. д.", "и пр.": the list goes on, which is no translation.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:и\s+)?(?:т\.\s*п\.|т\.\s*д\.|пр\.|др\.)")]
    private static partial Regex EtCetera();
}
