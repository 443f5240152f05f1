using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// A run of a 1-1 pair's source words that the translation steps over: none of them has a counterpart in the target,
/// and the target goes straight from a counterpart of the word before the run to one of the word after it, with no word
/// between that could render the run ("Would you be able to answer questions on medications and allergies?" as "Какие
/// лекарства он принимает…?"). <see cref="UnsupportedClause"/> weighs the stretches between punctuation marks; a
/// translation may cut a clause the source writes without any, and a stretch of uncovered words alone is what every
/// loose rendering leaves. A loose rendering writes its own words where the source's were; a cut leaves nothing there.
/// The run is weighed as a clause is (its words' outcomes and how much better the lengths fit without it), against a
/// stricter bar, since the rest of the sentence is not weighed.
/// </summary>
internal static class SkippedRun
{
    // The run's evidence must be at most -5: on the defect bench's NTREX documents, -5 finds 2 more cut clauses
    // (seed 7: 1 more) with the 1,997 untouched pairs as quiet; -4.5 also takes a loose rendering ("agreed in broad
    // terms to work towards" as "достигли общих договоренностей о") for a cut.
    private const double MaxEvidence = -5.0;

    // One uncovered word is a loose rendering or a lexicon gap, not a clause.
    private const int MinWords = 2;

    /// <summary>
    /// The span of the run of sentence <paramref name="sentence"/> of <paramref name="full"/> that sentence
    /// <paramref name="otherSentence"/> of <paramref name="other"/> steps over, or null. <paramref name="ratio"/> is
    /// the document's length ratio from the full side to the other and <paramref name="spread"/> its spread
    /// (natural logs).
    /// </summary>
    public static TextSpan? Find(SentenceSupport support, SideAnalysis full, int sentence, SideAnalysis other, int otherSentence,
        double ratio, double spread)
    {
        var fullLength = full[sentence].Length;
        var otherLength = other[otherSentence].Length;
        if (fullLength == 0 || otherLength == 0)
            return null;
        // Runs are found with the lexicon's lookups, which are cheap; only a run whose words and lengths reach the
        // bar is worth pairing the two sentences' words one by one to see where the other sentence renders what.
        var words = BeadCoverage.Measure(full, sentence, 1, other, otherSentence, 1).Words;
        var otherWords = other[otherSentence].Words;
        LeftoverCoverage? leftover = null;
        bool[]? claimed = null;
        var deviation = Math.Log(otherLength / (ratio * fullLength));
        var text = full.Document.Text;
        TextSpan? skipped = null;
        var lowest = MaxEvidence;
        for (var a = 0; a < words.Length;)
        {
            if (words[a].Covered)
            {
                a++;
                continue;
            }
            var b = a;
            while (b < words.Length && !words[b].Covered)
                b++;
            if (b - a >= MinWords)
            {
                var span = TextSpan.FromBounds(words[a].Word.Span.Start, words[b - 1].Word.Span.End);
                var evidence = ContentBalance.LengthEvidence(otherLength, ratio, Math.Max(1, fullLength - VisibleLength(text, span)), deviation, spread);
                for (var w = a; w < b; w++)
                    evidence += support.Of(words[w]);
                if (evidence <= lowest)
                {
                    leftover ??= LeftoverCoverage.Build(full, sentence, 1, other, otherSentence, 1);
                    claimed ??= Claimed(leftover, words.Length, otherWords.Count);
                    if (IsSteppedOver(leftover, a, b, words.Length, otherWords, claimed))
                    {
                        lowest = evidence;
                        skipped = span;
                    }
                }
            }
            a = b;
        }
        return skipped;
    }

    /// <summary>
    /// Whether some counterpart of the word before run [a, b) (or the other sentence's start) comes before some
    /// counterpart of the word after it (or the other sentence's end) with no content word between that no word of
    /// the full sentence claims.
    /// </summary>
    private static bool IsSteppedOver(LeftoverCoverage leftover, int a, int b, int wordCount, ArraySegment<WordFact> otherWords, bool[] claimed)
    {
        ReadOnlySpan<int> start = [-1];
        ReadOnlySpan<int> end = [otherWords.Count];
        var lefts = a > 0 ? leftover.CandidatesOf(a - 1) : start;
        var rights = b < wordCount ? leftover.CandidatesOf(b) : end;
        foreach (var left in lefts)
        {
            foreach (var right in rights)
            {
                if (left >= right)
                    continue;
                var between = false;
                for (var t = left + 1; t < right && !between; t++)
                    between = otherWords[t].Role == WordRole.Content && !claimed[t];
                if (!between)
                    return true;
            }
        }
        return false;
    }

    /// <summary>Which of the other sentence's words are a counterpart of some counted word of the full one.</summary>
    private static bool[] Claimed(LeftoverCoverage leftover, int wordCount, int otherWordCount)
    {
        var claimed = new bool[otherWordCount];
        for (var w = 0; w < wordCount; w++)
        {
            foreach (var t in leftover.CandidatesOf(w))
                claimed[t] = true;
        }
        return claimed;
    }

    /// <summary>The characters of a span that are not white space, as lengths are counted.</summary>
    private static int VisibleLength(string text, TextSpan span)
    {
        var length = 0;
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (!char.IsWhiteSpace(c))
                length++;
        }
        return length;
    }
}
