using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using Sverka.Core.Text;

namespace Sverka.Core.Segmentation;

/// <summary>How a listed abbreviation treats the full stop that ends it.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>The word before the full stop is not listed.</summary>
    None,

    /// <summary>Never ends a sentence: "Mr. Smith", "ул. Ленина".</summary>
    NeverEnds,

    /// <summary>Ends a sentence only when the next word starts with a capital: "etc.", "т.д.".</summary>
    MayEnd,

    /// <summary>Does not end a sentence before a number ("No. 5", "ст. 5"); elsewhere an ordinary word.</summary>
    NotBeforeNumber,

    /// <summary>After a number (a year, a unit) behaves as <see cref="MayEnd"/>; elsewhere never ends ("г. Москва").</summary>
    AfterNumber,
}

/// <summary>
/// The abbreviation lists of one language, read from an embedded <c>Rules/xx.rules</c> file (the format is described
/// at the top of each file). Immutable once built, so one instance serves every thread.
/// </summary>
/// <remarks>
/// The lists play the part of SRX's no-break rules, but as plain data a linguist can edit: the scanner in
/// <see cref="SentenceSegmenter"/> proposes a break at every terminator and asks <see cref="Match"/> whether the word
/// before a full stop vetoes it.
/// </remarks>
internal sealed class SegmentationRules
{
    /// <summary>The rules used for a language that has no file of its own.</summary>
    public const string GenericName = "generic";

    private const string ResourcePrefix = "Sverka.Segmentation.";
    // Each section of a rules file, by the name it is written with.
    private static readonly (string Name, Section Section)[] s_sections =
    [
        ("never-end", Section.NeverEnd), ("may-end", Section.MayEnd), ("not-before-number", Section.NotBeforeNumber),
        ("after-number", Section.AfterNumber), ("date-prepositions", Section.DatePrepositions),
        ("continuing-words", Section.ContinuingWords), ("reporting-verbs", Section.ReportingVerbs),
    ];

    private static readonly string s_sectionList = string.Join(", ", s_sections.Select(s => $"[{s.Name}]"));

    // "т. е." is written "т.е." in a rules file; the text may hold a few spaces after each inner full stop. The cap
    // keeps every look-back bounded, which is what makes segmentation linear in the paragraph.
    private const int MaxInnerSpaces = 3;

    // A date phrase at the start of a sentence ("В конце XIX в.") has at most this many words after its preposition.
    private const int MaxDatePhraseWords = 3;
    private const int MaxDatePhraseLength = 48;
    private const int MaxOpenerLength = 16;

    // A reporting clause after a quotation: a speaker of at most three capitalised words ("CNN", "Mr Smith"), the
    // verb, and at most three words more before its full stop ("Hammel added.", "Smith told reporters on Friday.").
    private const int MaxSpeakerWords = 3;
    private const int MaxWordsAfterVerb = 3;
    private const int MaxWordLength = 32;

    private static readonly ConcurrentDictionary<string, SegmentationRules> s_byLanguage = new(StringComparer.Ordinal);
    private static readonly Lazy<SegmentationRules> s_generic = new(() =>
        TryLoadResource(GenericName) ?? throw new InvalidOperationException($"The embedded {GenericName}.rules is missing."));

    // Keyed by the letter before the final full stop, so a candidate break costs one lookup; each array is sorted
    // longest first, so "и пр." wins over "пр.".
    private readonly FrozenDictionary<char, Abbreviation[]> _byLastLetter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _datePrepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _continuingWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reportingVerbs;

    private SegmentationRules(string name, FrozenDictionary<char, Abbreviation[]> byLastLetter, WordLists words, int count)
    {
        Name = name;
        _byLastLetter = byLastLetter;
        _datePrepositions = words.DatePrepositions.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _continuingWords = words.ContinuingWords.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _reportingVerbs = words.ReportingVerbs.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AbbreviationCount = count;
    }

    /// <summary>The name of the rules file without its extension: "en", "ru" or "generic".</summary>
    public string Name { get; }

    /// <summary>How many abbreviations the file lists.</summary>
    public int AbbreviationCount { get; }

    /// <summary>The rules for a language code already reduced to its primary subtag; the generic rules when it has none.</summary>
    public static SegmentationRules ForLanguage(string language) =>
        s_byLanguage.GetOrAdd(language, static l => l == GenericName ? s_generic.Value : TryLoadResource(l) ?? s_generic.Value);

    /// <summary>Reads rules from the text of a rules file; <paramref name="name"/> names it in error messages.</summary>
    /// <exception cref="SverkaInputException">The text breaks the format; the message names the file and line.</exception>
    public static SegmentationRules Parse(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var entries = new Dictionary<string, (AbbreviationKind Kind, int Line)>(StringComparer.Ordinal);
        var words = new WordLists();
        Section? section = null;
        var lineNumber = 0;
        foreach (var rawLine in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            line = line.Trim();
            if (line.IsEmpty)
                continue;
            if (line[0] == '[')
            {
                section = line[^1] == ']' ? SectionNamed(line[1..^1].Trim()) : null;
                if (section is null)
                    throw Error(name, lineNumber, $"unknown section {line}; the sections are {s_sectionList}");
                continue;
            }
            if (section is null)
                throw Error(name, lineNumber, $"an entry before any section; start a list with one of {s_sectionList}");
            foreach (var range in line.Split(','))
            {
                var item = line[range].Trim();
                if (item.IsEmpty)
                    continue;
                if (words.For(section.Value) is { } list)
                    AddWord(name, lineNumber, item, section.Value, list);
                else
                    AddAbbreviation(name, lineNumber, item, (AbbreviationKind)section.Value, entries);
            }
        }

        var byLastLetter = entries
            .Select(e => new Abbreviation(e.Key, e.Value.Kind))
            .GroupBy(a => a.Text[^2])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Text.Length).ToArray());
        return new SegmentationRules(name, byLastLetter, words, entries.Count);
    }

    /// <summary>
    /// Whether the full stop at <paramref name="period"/> ends a listed abbreviation, looking no further back than
    /// <paramref name="lowerBound"/>; <paramref name="start"/> is where the abbreviation begins.
    /// </summary>
    public AbbreviationKind Match(string text, int lowerBound, int period, out int start)
    {
        start = period;
        if (period - 1 < lowerBound || !_byLastLetter.TryGetValue(text[period - 1], out var candidates))
            return AbbreviationKind.None;
        foreach (var candidate in candidates)
        {
            if (candidate.Matches(text, lowerBound, period, out start))
                return candidate.Kind;
        }
        start = period;
        return AbbreviationKind.None;
    }

    /// <summary>
    /// True when the sentence opens with a listed preposition and reaches <paramref name="abbreviationStart"/> within a
    /// few words: "В 1961 г. Гагарин…" is one sentence, since "В 1961 г." cannot stand alone.
    /// </summary>
    public bool OpensWithDatePhrase(string text, int sentenceStart, int abbreviationStart)
    {
        if (_datePrepositions.Set.Count == 0 || abbreviationStart - sentenceStart > MaxDatePhraseLength)
            return false;
        var i = sentenceStart;
        while (i < abbreviationStart && !char.IsLetter(text[i]) && i - sentenceStart < MaxOpenerLength)
            i++;
        var wordStart = i;
        while (i < abbreviationStart && char.IsLetter(text[i]))
            i++;
        if (i == wordStart || !_datePrepositions.Contains(text.AsSpan(wordStart, i - wordStart)))
            return false;
        var words = 0;
        var inWord = false;
        for (; i < abbreviationStart; i++)
        {
            var isSpace = CharClass.IsSpace(text[i]);
            if (!isSpace && !inWord)
                words++;
            inWord = !isSpace;
        }
        return words is > 0 and <= MaxDatePhraseWords;
    }

    /// <summary>
    /// True when the word at <paramref name="next"/> carries on the sentence of a may-end abbreviation rather than
    /// opening one: "at 7 p.m. ET tonight", "5 a.m. Eastern time".
    /// </summary>
    public bool ContinuesAfterAbbreviation(string text, int next, int end)
    {
        var wordEnd = WordEnd(text, next, end);
        return wordEnd > next && _continuingWords.Contains(text.AsSpan(next, wordEnd - next));
    }

    /// <summary>
    /// True when the text at <paramref name="next"/>, right after a quotation that ends in a terminator, is the clause
    /// that reports it and ends the sentence: "'There's a shark!'" Hammel added.", "Are you ready?" CNN reported.".
    /// </summary>
    public bool IsReportingClause(string text, int next, int end)
    {
        if (_reportingVerbs.Set.Count == 0)
            return false;
        var i = next;
        for (var speakerWords = 0; speakerWords <= MaxSpeakerWords; speakerWords++)
        {
            var wordEnd = WordEnd(text, i, end);
            if (wordEnd == i)
                return false;
            var word = text.AsSpan(i, wordEnd - i);
            if (speakerWords > 0 && _reportingVerbs.Contains(word))
                return EndsWithinWords(text, wordEnd, end, MaxWordsAfterVerb);
            if (!char.IsUpper(word[0]) || wordEnd == end || text[wordEnd] != ' ')
                return false;
            i = wordEnd + 1;
        }
        return false;
    }

    // The end of the word of letters (with inner apostrophes and hyphens) at i; i itself when none starts there.
    private static int WordEnd(string text, int i, int end)
    {
        var limit = Math.Min(end, i + MaxWordLength);
        var k = i;
        while (k < limit && (char.IsLetter(text[k]) || (k > i && text[k] is '\'' or '’' or '-' && k + 1 < limit && char.IsLetter(text[k + 1]))))
            k++;
        return k;
    }

    // True when a terminator (or the end of the paragraph) comes after at most `words` more words.
    private static bool EndsWithinWords(string text, int i, int end, int words)
    {
        for (var seen = 0; ; seen++)
        {
            if (i == end || text[i] is '.' or '!' or '?')
                return true;
            if (seen == words || text[i] != ' ')
                return false;
            var wordEnd = WordEnd(text, i + 1, end);
            if (wordEnd == i + 1)
                return false;
            i = wordEnd;
        }
    }

    private static SegmentationRules? TryLoadResource(string name)
    {
        using var stream = typeof(SegmentationRules).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".rules");
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(name, reader.ReadToEnd());
    }

    private static void AddAbbreviation(string file, int line, ReadOnlySpan<char> item, AbbreviationKind kind,
        Dictionary<string, (AbbreviationKind Kind, int Line)> entries)
    {
        var text = Normalize(item);
        if (text.Length < 2 || text[^1] != '.' || !char.IsLetter(text[^2]) || !char.IsLetter(text[0]))
            throw Error(file, line, $"'{text}' is not an abbreviation: it must start with a letter and end with a letter and a full stop");
        if (entries.TryGetValue(text, out var earlier))
            throw Error(file, line, $"'{text}' is already listed on line {earlier.Line}");
        entries.Add(text, (kind, line));
    }

    private static void AddWord(string file, int line, ReadOnlySpan<char> item, Section section, Dictionary<string, int> list)
    {
        foreach (var c in item)
        {
            if (!char.IsLetter(c))
                throw Error(file, line, $"'{item}' is not a single word; [{SectionName(section)}] lists words of letters only");
        }
        var word = item.ToString();
        if (!list.TryAdd(word, line))
            throw Error(file, line, $"'{word}' is already listed on line {list[word]}");
    }

    // One spelling per abbreviation: runs of spaces become one, and spaces after an inner full stop go ("т. е." → "т.е."),
    // since matching already lets the text have them or not.
    private static string Normalize(ReadOnlySpan<char> item)
    {
        var builder = new StringBuilder(item.Length);
        foreach (var c in item)
        {
            if (!CharClass.IsSpace(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] is not ' ' and not '.')
                builder.Append(' ');
        }
        return builder.ToString();
    }

    private static Section? SectionNamed(ReadOnlySpan<char> name)
    {
        foreach (var (sectionName, section) in s_sections)
        {
            if (name.SequenceEqual(sectionName))
                return section;
        }
        return null;
    }

    private static string SectionName(Section section) => Array.Find(s_sections, s => s.Section == section).Name;

    private static SverkaInputException Error(string file, int line, string cause) =>
        new($"{file}.rules: line {line}: {cause}.");

    private enum Section : byte
    {
        NeverEnd = AbbreviationKind.NeverEnds,
        MayEnd = AbbreviationKind.MayEnd,
        NotBeforeNumber = AbbreviationKind.NotBeforeNumber,
        AfterNumber = AbbreviationKind.AfterNumber,
        DatePrepositions,
        ContinuingWords,
        ReportingVerbs,
    }

    // The plain word lists of a file, each word with the line it is on. Date prepositions match in any case; the
    // other two as written, since "ET" the time zone is not "Et".
    private sealed class WordLists
    {
        public Dictionary<string, int> DatePrepositions { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, int> ContinuingWords { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> ReportingVerbs { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int>? For(Section section) => section switch
        {
            Section.DatePrepositions => DatePrepositions,
            Section.ContinuingWords => ContinuingWords,
            Section.ReportingVerbs => ReportingVerbs,
            _ => null,
        };
    }

    private sealed class Abbreviation
    {
        public Abbreviation(string text, AbbreviationKind kind)
        {
            Text = text;
            Kind = kind;
            // A capital letter alone is an initial, so only longer entries match with a capital at a sentence start.
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                    letters++;
            }
            CapitalFirst = letters > 1 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) : text[0];
        }

        public string Text { get; }

        public AbbreviationKind Kind { get; }

        private char CapitalFirst { get; }

        // Walks the entry backwards from its final full stop, so the text is never copied.
        public bool Matches(string text, int lowerBound, int period, out int start)
        {
            start = period;
            var i = period;
            for (var k = Text.Length - 1; k >= 0; k--)
            {
                var e = Text[k];
                if (e == ' ')
                {
                    var before = i;
                    SkipSpacesBack(text, lowerBound, ref i);
                    if (i == before)
                        return false;
                    continue;
                }
                if (i < lowerBound)
                    return false;
                var c = text[i];
                if (c != e && (k != 0 || c != CapitalFirst))
                    return false;
                i--;
                if (k > 0 && Text[k - 1] == '.' && e != '.')
                    SkipSpacesBack(text, lowerBound, ref i);
            }
            // A digit may touch the abbreviation, as in "1961г." or "30см.", but a letter means a longer word.
            if (i >= lowerBound && char.IsLetter(text[i]))
                return false;
            start = i + 1;
            return true;
        }

        private static void SkipSpacesBack(string text, int lowerBound, ref int i)
        {
            var limit = i - MaxInnerSpaces;
            while (i >= lowerBound && i > limit && CharClass.IsSpace(text[i]))
                i--;
        }
    }
}
