using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Sverka.Core.Scoring;

/// <summary>
/// Reduces a lowercased word to its Snowball stem, so that "translations", "translated" and "translating" meet the
/// lexicon under one key. Not thread-safe: Snowball programs keep state, so each pipeline run owns its stemmers.
/// Words repeat (Zipf), so stems are cached per instance.
/// </summary>
public sealed class WordStemmer
{
    private readonly SnowballProgram? _program;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordStemmer(SnowballProgram? program)
    {
        _program = program;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language the stemmer was made for, or null when words are kept as they are.</summary>
    public bool IsIdentity => _program is null;

    /// <summary>A new stemmer for a language; languages without a Snowball stemmer get the identity.</summary>
    public static WordStemmer For(string language) => new(ProgramFor(language)?.Invoke());

    /// <summary>Whether the language has a Snowball stemmer, without making one.</summary>
    public static bool Covers(string language) => ProgramFor(language) is not null;

    private static Func<SnowballProgram>? ProgramFor(string language) => language switch
    {
        "en" => () => new EnglishStemmer(),
        "ru" => () => new RussianStemmer(),
        "de" => () => new German2Stemmer(),
        "fr" => () => new FrenchStemmer(),
        "es" => () => new SpanishStemmer(),
        "it" => () => new ItalianStemmer(),
        "pt" => () => new PortugueseStemmer(),
        "nl" => () => new DutchStemmer(),
        "sv" => () => new SwedishStemmer(),
        "da" => () => new DanishStemmer(),
        "no" or "nb" => () => new NorwegianStemmer(),
        "fi" => () => new FinnishStemmer(),
        "hu" => () => new HungarianStemmer(),
        "tr" => () => new TurkishStemmer(),
        "ro" => () => new RomanianStemmer(),
        _ => null,
    };

    /// <summary>The stem of a word that is already lowercase.</summary>
    public string Stem(ReadOnlySpan<char> lowercaseWord)
    {
        if (_lookup.TryGetValue(lowercaseWord, out var cached))
            return cached;
        var word = lowercaseWord.ToString();
        var stem = word;
        if (_program is not null)
        {
            // Snowball's Russian stemmer expects ё folded into е, as dictionaries spell it.
            _program.SetCurrent(word.Replace('ё', 'е'));
            _program.Stem();
            stem = _program.Current;
        }
        if (_cache.Count < 1_000_000)
            _cache[word] = stem;
        return stem;
    }
}
