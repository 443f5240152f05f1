using System.Runtime.InteropServices;
using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

/// <summary>
/// For a sample of sentences of one side, which of them hold a counterpart of a word of the other: the answer
/// <see cref="Counterparts.Has"/> gives for each sentence of the sample, for all of them at once. Each thing a
/// counterpart may be (a translation, the same word, a skeleton) is filed with the set of sentences that have it,
/// so a word costs a few lookups rather than a pass over every sentence. Exonyms between English and Russian are
/// the exception, compared word with word: a Russian word with the few English words of the sample that have
/// exonyms, and one of those few English words with the sample's words. A word's clear cognates (a strong skeleton
/// match) are filed by their first letters. A capitalised word's skeleton is also compared with the capitalised
/// skeletons that can match it, each once, however many sentences have that skeleton.
/// </summary>
internal sealed class SampledCounterparts
{
    /// <summary>The most sentences a sample may have.</summary>
    public const int MaxSentences = SentenceSet.Capacity;

    private readonly LexiconSide _lexicon;
    private readonly Dictionary<int, SentenceSet> _byId = [];
    private readonly Dictionary<string, SentenceSet> _byLower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SentenceSet> _byCapitalisedSkeleton = new(StringComparer.Ordinal);
    private readonly List<string> _skeletons = [];
    private readonly List<SentenceSet> _skeletonSentences = [];
    private readonly NameMatcher.SkeletonLeadIndex _skeletonLeads = new();
    // A lower-case word's clear cognates (NameMatcher.StrongMatch), filed as NameMatcher.StrongMatchIndex files
    // them but with the sentences that hold each key, so that a word asks a few lookups rather than one per sentence.
    private readonly Dictionary<int, SentenceSet> _byStrongMatchKey = [];
    private readonly List<int> _candidates = [];
    private readonly ExonymDirection _exonyms;
    private readonly SideAnalysis _to;
    private readonly int[] _sample;
    // The sample's English words an exonym can join to a Russian word, with their place in the sample. Russian
    // words are not listed: the few English words with exonyms read the sample's words when they ask.
    private readonly List<(WordFact Word, int Sentence)> _englishCandidates = [];

    /// <summary>Gathers sentences <paramref name="sample"/> of <paramref name="to"/> for words of <paramref name="from"/>.</summary>
    public SampledCounterparts(SideAnalysis from, SideAnalysis to, ReadOnlySpan<int> sample)
    {
        if (sample.Length > MaxSentences)
            throw new ArgumentOutOfRangeException(nameof(sample), $"at most {MaxSentences} sentences");
        _lexicon = from.Lexicon;
        _exonyms = Counterparts.Direction(from, to);
        (_to, _sample) = (to, sample.ToArray());
        var skeletonIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < sample.Length; k++)
        {
            foreach (var word in to[sample[k]].Words)
            {
                // As Counterparts gathers a word, each fact filed with this sentence.
                if (word.LexiconId >= 0)
                    Mark(_byId, word.LexiconId, k);
                else if (word.FunctionWordId >= 0)
                    Mark(_byId, word.FunctionWordId, k);
                if (word.Role == WordRole.Content)
                    Mark(_byLower, word.Lower, k);
                if (_exonyms == ExonymDirection.RussianToEnglish && Counterparts.IsExonymCandidate(_exonyms, word))
                    _englishCandidates.Add((word, k));
                if (word.Skeleton.Length < 2)
                    continue;
                FileStrongMatches(word.Skeleton, k);
                if (!word.Capitalised)
                    continue;
                Mark(_byCapitalisedSkeleton, word.Skeleton, k);
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(skeletonIds, word.Skeleton, out var known);
                if (!known)
                {
                    id = _skeletons.Count;
                    _skeletons.Add(word.Skeleton);
                    _skeletonSentences.Add(default);
                    _skeletonLeads.Add(word.Skeleton, id);
                }
                CollectionsMarshal.AsSpan(_skeletonSentences)[id].Add(k);
            }
        }
    }

    /// <summary>How many sentences of the sample hold a counterpart of <paramref name="word"/>.</summary>
    public int CountHolding(WordFact word)
    {
        var holding = new SentenceSet();
        if (word.LexiconId >= 0)
        {
            foreach (var translation in _lexicon.Translations(word.LexiconId))
            {
                if (_byId.TryGetValue(translation, out var sentences))
                    holding.Union(sentences);
            }
        }
        if (word.Lower.Length >= 2 && _byLower.TryGetValue(word.Lower, out var same))
            holding.Union(same);
        if (Counterparts.MayHaveExonym(_exonyms, word))
            AddExonymHolders(word, ref holding);
        if (word.Skeleton.Length >= 3)
        {
            Span<int> keys = stackalloc int[NameMatcher.StrongMatchIndex.MaxKeys];
            foreach (var key in keys[..NameMatcher.StrongMatchIndex.QueryKeys(word.Skeleton, keys)])
            {
                if (_byStrongMatchKey.TryGetValue(key, out var sentences))
                    holding.Union(sentences);
            }
            if (word.Capitalised)
            {
                _skeletonLeads.Candidates(word.Skeleton, _candidates);
                foreach (var id in _candidates)
                {
                    // A skeleton all of whose sentences already count needs no comparison.
                    if (!holding.ContainsAll(_skeletonSentences[id]) && NameMatcher.SkeletonsMatch(word.Skeleton, _skeletons[id]))
                        holding.Union(_skeletonSentences[id]);
                }
            }
        }
        else if (word.Capitalised && word.Skeleton.Length == 2 && _byCapitalisedSkeleton.TryGetValue(word.Skeleton, out var two))
        {
            holding.Union(two);
        }
        return holding.Count;
    }

    private void AddExonymHolders(WordFact word, ref SentenceSet holding)
    {
        if (_exonyms == ExonymDirection.RussianToEnglish)
        {
            foreach (var (other, sentence) in _englishCandidates)
            {
                if (!holding.Contains(sentence) && Counterparts.IsExonymOf(_exonyms, word, other))
                    holding.Add(sentence);
            }
            return;
        }
        for (var k = 0; k < _sample.Length; k++)
        {
            if (holding.Contains(k))
                continue;
            foreach (ref readonly var other in _to[_sample[k]].Words.AsSpan())
            {
                if (Counterparts.IsExonymCandidate(_exonyms, other) && Counterparts.IsExonymOf(_exonyms, word, other))
                {
                    holding.Add(k);
                    break;
                }
            }
        }
    }

    private void FileStrongMatches(string skeleton, int sentence)
    {
        Span<int> keys = stackalloc int[NameMatcher.StrongMatchIndex.MaxKeys];
        foreach (var key in keys[..NameMatcher.StrongMatchIndex.FileKeys(skeleton, keys)])
            Mark(_byStrongMatchKey, key, sentence);
    }

    private static void Mark<TKey>(Dictionary<TKey, SentenceSet> sets, TKey key, int sentence)
        where TKey : notnull =>
        CollectionsMarshal.GetValueRefOrAddDefault(sets, key, out _).Add(sentence);

    /// <summary>A set of sentences of the sample, by their place in it.</summary>
    private struct SentenceSet
    {
        public const int Capacity = 256;

        private ulong _bits0;
        private ulong _bits1;
        private ulong _bits2;
        private ulong _bits3;

        public void Add(int sentence)
        {
            var bit = 1UL << (sentence & 63);
            switch (sentence >> 6)
            {
                case 0: _bits0 |= bit; break;
                case 1: _bits1 |= bit; break;
                case 2: _bits2 |= bit; break;
                default: _bits3 |= bit; break;
            }
        }

        public readonly bool Contains(int sentence)
        {
            var word = (sentence >> 6) switch { 0 => _bits0, 1 => _bits1, 2 => _bits2, _ => _bits3 };
            return (word & (1UL << (sentence & 63))) != 0;
        }

        public void Union(in SentenceSet other)
        {
            _bits0 |= other._bits0;
            _bits1 |= other._bits1;
            _bits2 |= other._bits2;
            _bits3 |= other._bits3;
        }

        public readonly bool ContainsAll(in SentenceSet other) =>
            (other._bits0 & ~_bits0) == 0 && (other._bits1 & ~_bits1) == 0 && (other._bits2 & ~_bits2) == 0 && (other._bits3 & ~_bits3) == 0;

        public readonly int Count =>
            System.Numerics.BitOperations.PopCount(_bits0) + System.Numerics.BitOperations.PopCount(_bits1)
            + System.Numerics.BitOperations.PopCount(_bits2) + System.Numerics.BitOperations.PopCount(_bits3);
    }
}
