using System.Buffers;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// How much of one side of a bead the other side accounts for, word by word: a word the lexicon knows is covered
/// when one of its translations is on the other side; a capitalised word it does not know (a name) when a
/// capitalised word with a matching skeleton is, any word that is its clear cognate, or the same word written
/// alike ("CNN", "WhatsApp" kept in Latin letters). Between English and Russian, a name is also covered by the
/// Russian for it that no transliteration reaches, as the name check pairs them ("UK", "Великобритании";
/// "Beijing", "Пекин"). Words
/// neither known nor capitalised say nothing and are not counted. Besides the totals it finds the longest run of
/// uncovered words, which is where a dropped clause shows, and keeps each counted word's outcome.
/// </summary>
internal sealed class BeadCoverage
{
    private BeadCoverage(int[] known, int[] covered, TextSpan gap, int gapWords, CoveredWord[] words)
    {
        Known = known;
        Covered = covered;
        Gap = gap;
        GapWords = gapWords;
        Words = words;
    }

    /// <summary>Every counted word, in order, with the sentence (0 for the first measured) it belongs to.</summary>
    public CoveredWord[] Words { get; }

    /// <summary>Counted words per sentence of the side measured.</summary>
    public int[] Known { get; }

    /// <summary>Covered words per sentence of the side measured.</summary>
    public int[] Covered { get; }

    /// <summary>The longest run of uncovered counted words (from the first to the last), or empty.</summary>
    public TextSpan Gap { get; }

    /// <summary>How many counted words the gap holds.</summary>
    public int GapWords { get; }

    public int TotalKnown => Sum(Known);

    public int TotalCovered => Sum(Covered);

    /// <summary>The covered share of counted words; 1 when none is counted.</summary>
    public double Share => TotalKnown == 0 ? 1 : (double)TotalCovered / TotalKnown;

    /// <summary>Measures sentences [first, first + count) of <paramref name="from"/> against [otherFirst, otherFirst + otherCount) of <paramref name="to"/>.</summary>
    public static BeadCoverage Measure(SideAnalysis from, int first, int count, SideAnalysis to, int otherFirst, int otherCount)
    {
        var counterparts = new Counterparts(from, to, otherFirst, otherCount);
        var known = new int[count];
        var covered = new int[count];
        // Sized to the counted words at once: each is a large struct, and a growing list copies them again and again.
        var words = new CoveredWord[CountCounted(from, first, count)];
        var w = 0;
        TextSpan bestGap = default, gap = default;
        int bestGapWords = 0, gapWords = 0;
        for (var k = 0; k < count; k++)
        {
            foreach (var word in from[first + k].Words)
            {
                if (!Counterparts.IsCounted(word))
                    continue;
                var isCovered = counterparts.Has(word);
                known[k]++;
                words[w++] = new CoveredWord(k, word, isCovered);
                if (isCovered)
                {
                    covered[k]++;
                    gapWords = 0;
                    continue;
                }
                gap = gapWords == 0 ? word.Span : TextSpan.FromBounds(gap.Start, word.Span.End);
                gapWords++;
                if (gapWords > bestGapWords)
                {
                    bestGapWords = gapWords;
                    bestGap = gap;
                }
            }
            // A run of uncovered words does not carry across sentences: each sentence's gap is its own.
            gapWords = 0;
        }
        return new BeadCoverage(known, covered, bestGap, bestGapWords, words);
    }

    /// <summary>
    /// How many counted words the clauses that end the last measured sentence hold when none of them is covered: a
    /// clause runs from one punctuation mark (a comma, semicolon, colon, dash, bracket or quote) between counted words
    /// to the next, and a clause with one covered word ends the count. <paramref name="text"/> is the measured side's
    /// document text.
    /// </summary>
    public int TrailingUncoveredClauseWords(string text)
    {
        int trailing = 0, clause = 0;
        var clauseUncovered = true;
        for (var w = 0; w < Words.Length; w++)
        {
            var word = Words[w];
            if (w > 0)
            {
                var previous = Words[w - 1];
                var sameSentence = word.Sentence == previous.Sentence;
                if (!sameSentence || text.AsSpan(previous.Word.Span.End, word.Word.Span.Start - previous.Word.Span.End).IndexOfAny(ClauseMarks) >= 0)
                {
                    trailing = clauseUncovered && sameSentence ? trailing + clause : 0;
                    clause = 0;
                    clauseUncovered = true;
                }
            }
            clause++;
            clauseUncovered &= !word.Covered;
        }
        return clauseUncovered ? trailing + clause : 0;
    }

    /// <summary>The punctuation that bounds a clause: a comma, semicolon, colon, dash, bracket or quote.</summary>
    public static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:—–()\"«»");

    /// <summary>How many words of sentences [first, first + count) coverage counts (<see cref="Counterparts.IsCounted"/>).</summary>
    public static int CountCounted(SideAnalysis side, int first, int count)
    {
        var counted = 0;
        for (var s = first; s < first + count; s++)
        {
            foreach (ref readonly var word in side[s].Words.AsSpan())
            {
                if (Counterparts.IsCounted(word))
                    counted++;
            }
        }
        return counted;
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var v in values)
            sum += v;
        return sum;
    }
}

/// <summary>Which way, if any, the English–Russian exonyms join the words of a measured side to the other's.</summary>
internal enum ExonymDirection
{
    None,
    EnglishToRussian,
    RussianToEnglish,
}

/// <summary>One counted word of a measured side and whether the other side has a counterpart for it.</summary>
/// <param name="Sentence">Which of the measured sentences it is in, from 0.</param>
/// <param name="Word">The word.</param>
/// <param name="Covered">True when the other side has a counterpart.</param>
internal readonly record struct CoveredWord(int Sentence, WordFact Word, bool Covered);

/// <summary>
/// The words of some sentences of one side, gathered so that a word of the other side can ask whether it has a
/// counterpart among them: a translation the lexicon knows, a name with a matching skeleton, or the same word.
/// </summary>
internal sealed class Counterparts
{
    private readonly LexiconSide _lexicon;
    private readonly HashSet<int> _ids;
    private readonly HashSet<string> _lower;
    // Capitalised words' skeletons, which a name matches loosely; a common word matches a name only as a clear cognate.
    private readonly List<string> _nameSkeletons = [];
    private readonly NameMatcher.StrongMatchIndex _strongMatches;
    private readonly HashSet<string> _capitalisedSkeletons = new(StringComparer.Ordinal);
    private readonly List<string> _shortNameSounds = [];
    private readonly ExonymDirection _exonyms;
    private readonly SideAnalysis _to;
    private readonly int _first;
    private readonly int _count;
    // The gathered English words an exonym can join to a Russian word (IsExonymCandidate), listed when a Russian
    // word first asks. English words are not listed: few of them have exonyms, and those read the gathered words.
    private List<WordFact>? _englishCandidates;

    /// <summary>Gathers sentences [first, first + count) of <paramref name="to"/> for words of <paramref name="from"/>.</summary>
    public Counterparts(SideAnalysis from, SideAnalysis to, int first, int count)
    {
        _lexicon = from.Lexicon;
        _exonyms = Direction(from, to);
        (_to, _first, _count) = (to, first, count);
        // Sized at once: a bead's words are gathered for every bead, several times over, and growing the sets
        // copied them again and again.
        var words = 0;
        for (var s = first; s < first + count; s++)
            words += to[s].Words.Count;
        _ids = new HashSet<int>(words);
        _lower = new HashSet<string>(words, StringComparer.Ordinal);
        _strongMatches = new NameMatcher.StrongMatchIndex(words);
        for (var s = first; s < first + count; s++)
        {
            foreach (var word in to[s].Words)
                Add(word);
        }
    }

    /// <summary>Whether exonyms join words of <paramref name="from"/> to words of <paramref name="to"/>, and which way.</summary>
    public static ExonymDirection Direction(SideAnalysis from, SideAnalysis to) => (from.Language, to.Language) switch
    {
        ("en", "ru") => ExonymDirection.EnglishToRussian,
        ("ru", "en") => ExonymDirection.RussianToEnglish,
        _ => ExonymDirection.None,
    };

    /// <summary>
    /// True for the words coverage counts: content words the lexicon knows, and capitalised ones (names) with a
    /// skeleton to match on.
    /// </summary>
    public static bool IsCounted(WordFact word) =>
        word.Role == WordRole.Content && (word.LexiconId >= 0 || (word.Capitalised && word.Skeleton.Length >= 2));

    /// <summary>
    /// Whether <paramref name="other"/>, a word of the other side, is a counterpart of <paramref name="word"/>, read
    /// through <paramref name="lexicon"/>: <see cref="Has"/> is true exactly when one of the gathered words is.
    /// Pairing words one by one asks this of every pair of a bead.
    /// </summary>
    public static bool IsCounterpart(LexiconSide lexicon, ExonymDirection exonyms, WordFact word, WordFact other)
    {
        var otherId = other.LexiconId >= 0 ? other.LexiconId : other.FunctionWordId;
        if (word.LexiconId >= 0 && otherId >= 0 && lexicon.Translations(word.LexiconId).Contains(otherId))
            return true;
        if (word.Lower.Length >= 2 && other.Role == WordRole.Content && other.Lower == word.Lower)
            return true;
        if (IsExonymPair(exonyms, word, other))
            return true;
        if (word.Capitalised && word.Skeleton.Length < 2)
            return IsShortName(other) && NameMatcher.SoundsMatch(word.Sound, other.Sound);
        if (other.Skeleton.Length < 2)
            return false;
        if (word.Skeleton.Length >= 3)
            return NameMatcher.StrongMatch(word.Skeleton, other.Skeleton) || (word.Capitalised && other.Capitalised && NameMatcher.SkeletonsMatch(word.Skeleton, other.Skeleton));
        return word.Capitalised && word.Skeleton.Length == 2 && other.Capitalised && other.Skeleton == word.Skeleton;
    }

    /// <summary>True when the gathered sentences hold a counterpart of <paramref name="word"/>.</summary>
    public bool Has(WordFact word)
    {
        if (word.LexiconId >= 0 && IsTranslated(word.LexiconId))
            return true;
        if (word.Lower.Length >= 2 && _lower.Contains(word.Lower))
            return true;
        // Without this, "UK" and "EU" were the commonest uncovered English words of NTREX's untouched pairs after
        // a few verbs, and the pairs that write them looked less translated than they are.
        if (HasExonym(word))
            return true;
        if (word.Skeleton.Length >= 3)
        {
            // A name may be written by its sound in any way the matcher allows, as another name; anything else
            // only as a clear cognate ("video", "видео"), since the loose match pairs a word with some unrelated
            // word of most sentences ("yesterday" with "арестовала", "Снайдер" with "stationed") and hides what a
            // translation lost or added.
            if (_strongMatches.StrongMatchesAny(word.Skeleton))
                return true;
            if (!word.Capitalised)
                return false;
            foreach (var skeleton in _nameSkeletons)
            {
                if (NameMatcher.SkeletonsMatch(word.Skeleton, skeleton))
                    return true;
            }
            return false;
        }
        // A name of one consonant or none that the lexicon knows as a word ("Lee", "Ли"; "Ma") is counted by its
        // lexicon entry, and matches only a name as short that sounds like it.
        if (word.Capitalised && word.Skeleton.Length < 2)
        {
            foreach (var sound in _shortNameSounds)
            {
                if (NameMatcher.SoundsMatch(word.Sound, sound))
                    return true;
            }
            return false;
        }
        // Two consonants ("Holt", "CNN") match by chance too easily: only another capitalised word with the same two.
        return word.Capitalised && word.Skeleton.Length == 2 && _capitalisedSkeletons.Contains(word.Skeleton);
    }

    /// <summary>
    /// Whether a word and a word of the other side are an English name and the Russian for it that no
    /// transliteration reaches, as the name check pairs them (<see cref="DocumentCounterparts.IsExonym"/>): an
    /// exonym or a place's own Russian name ("Beijing", "Пекин"), an acronym spelt out or kept ("UK",
    /// "Великобритании"; "США", "US").
    /// </summary>
    private static bool IsExonymPair(ExonymDirection exonyms, WordFact word, WordFact other) =>
        MayHaveExonym(exonyms, word) && IsExonymCandidate(exonyms, other) && IsExonymOf(exonyms, word, other);

    /// <summary>Whether a measured word can be joined to any word by an exonym; most words cannot, and ask no further.</summary>
    public static bool MayHaveExonym(ExonymDirection exonyms, WordFact word) => exonyms switch
    {
        ExonymDirection.EnglishToRussian => DocumentCounterparts.MayHaveExonym(word),
        ExonymDirection.RussianToEnglish => true,
        _ => false,
    };

    /// <summary>
    /// Whether a gathered word can be the other end of an exonym: any Russian content word, and only the English
    /// words that have exonyms at all.
    /// </summary>
    public static bool IsExonymCandidate(ExonymDirection exonyms, WordFact other) => exonyms switch
    {
        ExonymDirection.EnglishToRussian => other.Role == WordRole.Content,
        ExonymDirection.RussianToEnglish => DocumentCounterparts.MayHaveExonym(other),
        _ => false,
    };

    /// <summary>Whether a gathered candidate is the exonym of a measured word, or the measured word of it.</summary>
    public static bool IsExonymOf(ExonymDirection exonyms, WordFact word, WordFact other) =>
        exonyms == ExonymDirection.EnglishToRussian ? DocumentCounterparts.IsExonym(word, other) : DocumentCounterparts.IsExonym(other, word);

    private bool HasExonym(WordFact word)
    {
        if (!MayHaveExonym(_exonyms, word))
            return false;
        if (_exonyms == ExonymDirection.RussianToEnglish)
        {
            _englishCandidates ??= Candidates();
            foreach (var other in _englishCandidates)
            {
                if (IsExonymOf(_exonyms, word, other))
                    return true;
            }
            return false;
        }
        for (var s = _first; s < _first + _count; s++)
        {
            foreach (ref readonly var other in _to[s].Words.AsSpan())
            {
                if (IsExonymCandidate(_exonyms, other) && IsExonymOf(_exonyms, word, other))
                    return true;
            }
        }
        return false;
    }

    private List<WordFact> Candidates()
    {
        var candidates = new List<WordFact>();
        for (var s = _first; s < _first + _count; s++)
        {
            foreach (ref readonly var other in _to[s].Words.AsSpan())
            {
                if (IsExonymCandidate(_exonyms, other))
                    candidates.Add(other);
            }
        }
        return candidates;
    }

    private void Add(WordFact word)
    {
        if (word.LexiconId >= 0)
            _ids.Add(word.LexiconId);
        else if (word.FunctionWordId >= 0)
            _ids.Add(word.FunctionWordId);
        if (word.Role == WordRole.Content)
            _lower.Add(word.Lower);
        if (IsShortName(word))
            _shortNameSounds.Add(word.Sound);
        if (word.Skeleton.Length >= 2)
        {
            _strongMatches.Add(word.Skeleton);
            if (word.Capitalised)
            {
                _nameSkeletons.Add(word.Skeleton);
                _capitalisedSkeletons.Add(word.Skeleton);
            }
        }
    }

    /// <summary>
    /// A capitalised word of one consonant or none in mid-sentence, where a capital marks a name even on a function
    /// word ("Ли", not the particle "ли").
    /// </summary>
    private static bool IsShortName(WordFact word) => word.CapitalisedInProse && word.Skeleton.Length < 2;

    private bool IsTranslated(int id)
    {
        foreach (var translation in _lexicon.Translations(id))
        {
            if (_ids.Contains(translation))
                return true;
        }
        return false;
    }
}
