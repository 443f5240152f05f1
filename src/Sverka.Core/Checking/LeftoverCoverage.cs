namespace Sverka.Core.Checking;

/// <summary>
/// What the other side of a merged bead has left for one of its sentences once the bead's other sentences have
/// taken their counterparts, each word of the other side answering for one word at most. A sentence whose
/// translation was lost can still look covered when it repeats what its neighbour says (a headline over the
/// story's first sentence, a name and a verb said twice): the neighbour's translation has those words, but only
/// once, for the neighbour, and nothing is left over for the repetition. The pairing is a maximum bipartite
/// matching by augmenting paths (Kuhn 1955) in which the other sentences' words are matched first; an augmenting
/// path never unmatches a word, so the sentence gets only what they can spare.
/// </summary>
internal sealed class LeftoverCoverage
{
    private readonly CoveredWord[] _words;
    private readonly int[][] _candidates;
    private readonly int _otherWordCount;

    private LeftoverCoverage(CoveredWord[] words, int[][] candidates, int otherWordCount)
    {
        _words = words;
        _candidates = candidates;
        _otherWordCount = otherWordCount;
    }

    /// <summary>Pairs the counted words of [first, first + count) of <paramref name="from"/> with the words of [otherFirst, otherFirst + otherCount) of <paramref name="to"/>.</summary>
    public static LeftoverCoverage Build(SideAnalysis from, int first, int count, SideAnalysis to, int otherFirst, int otherCount)
    {
        var words = new CoveredWord[BeadCoverage.CountCounted(from, first, count)];
        var candidates = new int[words.Length][];
        var found = new List<int>();
        var w = 0;
        var otherWordCount = 0;
        var exonyms = Counterparts.Direction(from, to);
        for (var s = otherFirst; s < otherFirst + otherCount; s++)
            otherWordCount += to[s].Words.Count;
        for (var k = 0; k < count; k++)
        {
            foreach (ref readonly var word in from[first + k].Words.AsSpan())
            {
                if (!Counterparts.IsCounted(word))
                    continue;
                found.Clear();
                var t = 0;
                for (var s = otherFirst; s < otherFirst + otherCount; s++)
                {
                    foreach (ref readonly var other in to[s].Words.AsSpan())
                    {
                        if (Counterparts.IsCounterpart(from.Lexicon, exonyms, word, other))
                            found.Add(t);
                        t++;
                    }
                }
                words[w] = new CoveredWord(k, word, found.Count > 0);
                candidates[w++] = [.. found];
            }
        }
        return new LeftoverCoverage(words, candidates, otherWordCount);
    }

    /// <summary>
    /// The other side's words (numbered from the first measured sentence's first word) that are counterparts of
    /// counted word <paramref name="word"/> (in the order measured), in order.
    /// </summary>
    public ReadOnlySpan<int> CandidatesOf(int word) => _candidates[word];

    /// <summary>
    /// The counted words of sentence <paramref name="sentence"/> (from 0), each covered when a word of the other
    /// side is left for it after the bead's other sentences have been paired as fully as they can be.
    /// </summary>
    public CoveredWord[] For(int sentence)
    {
        // The counted words are in order, so a sentence's are one stretch of them.
        var start = 0;
        while (start < _words.Length && _words[start].Sentence != sentence)
            start++;
        var end = start;
        while (end < _words.Length && _words[end].Sentence == sentence)
            end++;
        return ForRange(start, end);
    }

    /// <summary>
    /// Counted words [start, end) (in the order measured), each covered when a word of the other side is left for it
    /// once every other counted word has been paired as fully as it can be.
    /// </summary>
    public CoveredWord[] ForRange(int start, int end)
    {
        var partnerOf = new int[_otherWordCount];
        Array.Fill(partnerOf, -1);
        var visited = new bool[_otherWordCount];
        for (var w = 0; w < _words.Length; w++)
        {
            if (w < start || w >= end)
                TryPair(w, partnerOf, visited);
        }
        var result = new CoveredWord[end - start];
        for (var w = start; w < end; w++)
            result[w - start] = _words[w] with { Covered = TryPair(w, partnerOf, visited) };
        return result;
    }

    private bool TryPair(int word, int[] partnerOf, bool[] visited)
    {
        Array.Clear(visited);
        return Augment(word, partnerOf, visited);
    }

    private bool Augment(int word, int[] partnerOf, bool[] visited)
    {
        foreach (var t in _candidates[word])
        {
            if (visited[t])
                continue;
            visited[t] = true;
            if (partnerOf[t] < 0 || Augment(partnerOf[t], partnerOf, visited))
            {
                partnerOf[t] = word;
                return true;
            }
        }
        return false;
    }
}
