using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// How much of one side of a bead the other side accounts for, word by word: a word the lexicon knows is covered
/// when one of its translations is on the other side; a capitalised word it does not know (a name) when a word
/// with the same skeleton is. Words neither known nor capitalised say nothing and are not counted. Besides the
/// totals it finds the longest run of uncovered words, which is where a dropped clause shows.
/// </summary>
internal sealed class BeadCoverage
{
    private BeadCoverage(int[] known, int[] covered, TextSpan gap, int gapWords)
    {
        Known = known;
        Covered = covered;
        Gap = gap;
        GapWords = gapWords;
    }

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
        var otherIds = new HashSet<int>();
        var otherSkeletons = new List<string>();
        for (var s = otherFirst; s < otherFirst + otherCount; s++)
        {
            foreach (var word in to[s].Words)
            {
                if (word.LexiconId >= 0)
                    otherIds.Add(word.LexiconId);
                if (word.Skeleton.Length >= 2)
                    otherSkeletons.Add(word.Skeleton);
            }
        }

        var known = new int[count];
        var covered = new int[count];
        TextSpan bestGap = default, gap = default;
        int bestGapWords = 0, gapWords = 0;
        for (var k = 0; k < count; k++)
        {
            foreach (var word in from[first + k].Words)
            {
                bool isCovered;
                if (word.Role != WordRole.Content)
                    continue;
                if (word.LexiconId >= 0)
                    isCovered = IsTranslated(from, word.LexiconId, otherIds) || HasSkeleton(word, otherSkeletons);
                else if (word.Capitalised && word.Skeleton.Length >= 2)
                    isCovered = HasSkeleton(word, otherSkeletons);
                else
                    continue;
                known[k]++;
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
        return new BeadCoverage(known, covered, bestGap, bestGapWords);
    }

    private static bool IsTranslated(SideAnalysis from, int id, HashSet<int> otherIds)
    {
        foreach (var translation in from.Lexicon.Translations(id))
        {
            if (otherIds.Contains(translation))
                return true;
        }
        return false;
    }

    private static bool HasSkeleton(WordFact word, List<string> otherSkeletons)
    {
        if (word.Skeleton.Length < 3)
            return false;
        foreach (var skeleton in otherSkeletons)
        {
            if (NameMatcher.SkeletonsMatch(word.Skeleton, skeleton))
                return true;
        }
        return false;
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var v in values)
            sum += v;
        return sum;
    }
}
