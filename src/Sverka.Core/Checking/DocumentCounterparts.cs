using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

/// <summary>
/// What counts as the counterpart of a name on the other side (<see cref="IsCounterpart"/>), and the words of a
/// whole document indexed so that a name can ask whether any of them is one without being compared with each:
/// the name check asks this of every name a bead lacks, and a book has tens of thousands of distinct words. Each
/// way a word can be a counterpart has its own index, and <see cref="Has"/> is true exactly when one of the words
/// would pass <see cref="IsCounterpart"/>.
/// </summary>
internal sealed class DocumentCounterparts
{
    private readonly LexiconSide _lexicon;
    private readonly bool _exonyms;
    private readonly bool _nameIsEnglish;
    private readonly HashSet<string> _lowers = new(StringComparer.Ordinal);
    private readonly string[] _sortedLowers;
    private readonly NameMatcher.NameSoundIndex _capitalisedOrCompoundSounds = new();
    private readonly NameMatcher.LowerCaseSoundIndex _lowerCaseSounds = new();
    private readonly HashSet<string> _openingFunctionWordSounds = new(StringComparer.Ordinal);
    private readonly HashSet<int> _ids = [];
    private readonly List<string[]> _exonymStems = [];

    /// <summary>Indexes <paramref name="words"/> for names read through <paramref name="lexicon"/>.</summary>
    /// <param name="words">The other document's words.</param>
    /// <param name="lexicon">The lexicon from the names' side.</param>
    /// <param name="exonyms">Whether English names may have Russian exonyms here.</param>
    /// <param name="nameIsEnglish">Whether the names are on the English side.</param>
    public DocumentCounterparts(ReadOnlySpan<WordFact> words, LexiconSide lexicon, bool exonyms, bool nameIsEnglish)
    {
        _lexicon = lexicon;
        _exonyms = exonyms;
        _nameIsEnglish = nameIsEnglish;
        foreach (ref readonly var word in words)
        {
            _lowers.Add(word.Lower);
            if (IsNameLike(word))
                _capitalisedOrCompoundSounds.Add(word.Sound);
            else if (IsOpeningFunctionWord(word))
                _openingFunctionWordSounds.Add(word.Sound);
            else
                _lowerCaseSounds.Add(word.Sound);
            if (word.LexiconId >= 0)
                _ids.Add(word.LexiconId);
            if (exonyms && !nameIsEnglish && Exonyms.TryGetStems(word.Lower, out var stems))
                _exonymStems.Add(stems);
        }
        _sortedLowers = [.. _lowers];
        Array.Sort(_sortedLowers, StringComparer.Ordinal);
    }

    /// <summary>Whether some word indexed is a counterpart of <paramref name="word"/>.</summary>
    public bool Has(WordFact word)
    {
        if (_lowers.Contains(word.Lower))
            return true;
        // A long shared start and a word made from the name both begin with the name's first four letters.
        if (word.Lower.Length >= 5)
        {
            foreach (var lower in StartingWith(word.Lower.AsSpan(0, 4)))
            {
                if (SharesLongPrefix(word.Lower, lower) || IsMadeFrom(word.Lower, lower))
                    return true;
            }
        }
        if (_capitalisedOrCompoundSounds.MatchesAny(word.Sound) || _openingFunctionWordSounds.Contains(word.Sound))
            return true;
        if (_exonyms && HasExonym(word.Lower))
            return true;
        if (_lowerCaseSounds.MatchesAny(word.Sound))
            return true;
        return TranslatesAny(word.LexiconId) || TranslatesAny(word.Parts.Head) || TranslatesAny(word.Parts.Tail);
    }

    private bool HasExonym(string lower)
    {
        if (_nameIsEnglish)
        {
            if (!Exonyms.TryGetStems(lower, out var stems))
                return false;
            foreach (var stem in stems)
            {
                if (!StartingWith(stem).IsEmpty)
                    return true;
            }
            // A compound is rare and the answer is kept per name: a pass over the distinct words is cheap enough.
            foreach (var other in _sortedLowers)
            {
                foreach (var stem in stems)
                {
                    if (Exonyms.Renders(other, stem))
                        return true;
                }
            }
            return false;
        }
        foreach (var stems in _exonymStems)
        {
            foreach (var stem in stems)
            {
                if (Exonyms.Renders(lower, stem))
                    return true;
            }
        }
        return false;
    }

    private bool TranslatesAny(int id)
    {
        if (id < 0)
            return false;
        foreach (var translation in _lexicon.Translations(id))
        {
            if (_ids.Contains(translation))
                return true;
        }
        return false;
    }

    /// <summary>The distinct lower-case spellings indexed that start with <paramref name="prefix"/>, in order.</summary>
    private ReadOnlySpan<string> StartingWith(ReadOnlySpan<char> prefix)
    {
        // The first spelling not below the prefix, then the run of those that begin with it.
        int low = 0, high = _sortedLowers.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_sortedLowers[middle].AsSpan().CompareTo(prefix, StringComparison.Ordinal) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        var end = low;
        while (end < _sortedLowers.Length && _sortedLowers[end].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
            end++;
        return _sortedLowers.AsSpan(low, end - low);
    }

    /// <summary>
    /// True when a word of the other side can be this name: one written as it (<see cref="IsWrittenAs"/>), a
    /// lower-case one that sounds like it with an adjective's suffix ("Newport", "ньюпортское"), or a word the
    /// lexicon gives as its translation or as that of one of its parts.
    /// </summary>
    public static bool IsCounterpart(WordFact word, WordFact candidate, LexiconSide lexicon, bool exonyms, bool nameIsEnglish) =>
        IsWrittenAs(word, candidate, exonyms, nameIsEnglish)
        || (!candidate.Capitalised && !candidate.InCompound && NameMatcher.SoundsMatchLowerCase(word.Sound, candidate.Sound))
        || (candidate.LexiconId >= 0 && (Translates(lexicon, word.LexiconId, candidate.LexiconId)
            || Translates(lexicon, word.Parts.Head, candidate.LexiconId) || Translates(lexicon, word.Parts.Tail, candidate.LexiconId)));

    /// <summary>
    /// Whether a word of the other side writes a name as itself rather than by meaning: the same word, a slip or
    /// clipping of it, its sound, or its exonym. A lower-case part of a hyphenated name is a name ("Нью-йоркская",
    /// "Byeong-seug"), and a name made the first part of a compound loses its capital ("Euro-Asia",
    /// "евро-азиатской"), so those are matched by sound as capitalised words are.
    /// </summary>
    public static bool IsWrittenAs(WordFact word, WordFact candidate, bool exonyms, bool nameIsEnglish) =>
        candidate.Lower == word.Lower || SharesLongPrefix(word.Lower, candidate.Lower) || IsMadeFrom(word.Lower, candidate.Lower)
        || (IsNameLike(candidate) && NameMatcher.SoundsMatch(word.Sound, candidate.Sound))
        || (IsOpeningFunctionWord(candidate) && (candidate.Sound == word.Sound
            || (candidate.Lower.Length >= word.Lower.Length - 1 && NameMatcher.SoundsMatch(word.Sound, candidate.Sound))))
        || (exonyms && (nameIsEnglish ? IsExonym(word, candidate) : IsExonym(candidate, word)));

    /// <summary>
    /// Whether a Russian word renders an English one by an old name of its own, or an acronym of either language
    /// spelt out or kept in the other ("UK", "Великобритании"; "США", "United States"); a capital put for its state
    /// ("Washington", "США") is a name lost.
    /// </summary>
    public static bool IsExonym(WordFact english, WordFact russian) =>
        Exonyms.Match(english.Lower, russian.Lower) || Exonyms.MatchStateAbbreviation(english, russian.Lower)
        || (Organisations.IsEnglishAcronym(english) && Organisations.Renders(english, russian, capitals: false))
        || (Organisations.IsRussianAcronym(russian) && Organisations.IsRenderedBy(russian, english, capitals: false));

    /// <summary>
    /// Whether an English word can have an exonym at all (<see cref="IsExonym"/> is false for every Russian word
    /// when it cannot): a word of the exonym or place lists, a state cut short, or a listed acronym.
    /// </summary>
    public static bool MayHaveExonym(WordFact english) =>
        Exonyms.TryGetStems(english.Lower, out _) || (english.Capitalised && english.Abbreviated) || english.Lower == "calif"
        || Organisations.IsEnglishAcronym(english) || Organisations.IsRenderedByAny(english);

    /// <summary>
    /// Whether a word may write a name by its sound, ending and all: a capitalised word or part of a hyphenated
    /// compound, and no function word that opens a sentence ("The" would otherwise be "Техас" with an ending).
    /// </summary>
    private static bool IsNameLike(WordFact word) => (word.Capitalised || word.InCompound) && !IsOpeningFunctionWord(word);

    /// <summary>
    /// A function word that opens a sentence, which writes a name only when it sounds just like it (the name
    /// "Nad" and the preposition "Над"), or like it with no ending added (the name "Lee" and the particle "Ли"):
    /// "The" is not "Техас".
    /// </summary>
    private static bool IsOpeningFunctionWord(WordFact word) => word is { Capitalised: true, Initial: true } && word.Role != WordRole.Content;

    /// <summary>
    /// A word kept in its own alphabet with an ending of the other language, or one made from it: "Brexiteers" and
    /// "Brexit", "Instagram" and "Instagram'е".
    /// </summary>
    public static bool SharesLongPrefix(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= 5 && a.AsSpan(0, shorter).SequenceEqual(b.AsSpan(0, shorter)) && Math.Max(a.Length, b.Length) - shorter <= 4;
    }

    /// <summary>Whether the lexicon gives <paramref name="otherId"/> as a translation of <paramref name="id"/>.</summary>
    public static bool Translates(LexiconSide lexicon, int id, int otherId) => id >= 0 && lexicon.Translations(id).Contains(otherId);

    /// <summary>
    /// A word made from a name that ends in a vowel by a suffix that takes the vowel's place, as adjectives and
    /// demonyms are in the same alphabet: "Himalaya", "himalayenne"; "Canada", "canadiens"; "Kenya", "Kenyan".
    /// </summary>
    private static bool IsMadeFrom(string name, string word) =>
        name.Length >= 5 && word.Length > name.Length && word.Length - name.Length <= 4 && IsLatinVowel(name[^1])
        && word.AsSpan().StartsWith(name.AsSpan(0, name.Length - 1), StringComparison.Ordinal) && IsLatinVowel(word[name.Length - 1]);

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
