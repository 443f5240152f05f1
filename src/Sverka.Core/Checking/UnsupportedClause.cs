using Sverka.Core.Text;
using NumberEvidence = Sverka.Core.Checking.ContentBalance.NumberEvidence;

namespace Sverka.Core.Checking;

/// <summary>
/// The clause of a 1-1 pair's sentence that the other sentence does not speak for: a translation that lost a
/// clause, or one with a clause appended, is still a translation pair, so the aligner pairs it 1-1, and the pair's
/// lengths alone are often within what loose translators do. The clause is weighed as a lost sentence of a merged
/// bead is (<see cref="ContentBalance"/>): its words' outcomes (<see cref="SentenceSupport"/>), counted only where
/// the other sentence has a word left once the rest of the sentence has taken its counterparts
/// (<see cref="LeftoverCoverage"/>), so that a word an appended clause shares with the sentence it is appended to
/// is not taken as translated twice; how much better the lengths agree without it than with it; and its figures.
/// A clause is a stretch between punctuation marks (<see cref="BeadCoverage.ClauseMarks"/>), or several in a row.
/// </summary>
internal static class UnsupportedClause
{
    // The evidence that the clause is translated (a log-likelihood ratio) must be at most -4.5, odds of some 90 to 1
    // against: five or six counted words none of which finds a counterpart, a name or two and a few words, or a few
    // and the lengths. Set on NTREX's documents with clauses cut out and appended (bench/inject-defects.py) against
    // the same documents untouched. The bar was -5 while names weighed as any word: -4.5 then found 4 more appended
    // and 2 more cut clauses for 4 more findings in the 1,997 untouched pairs. Once names weigh as names
    // (SentenceSupport.NameHitRate), -4.5 finds 2 more appended and 1 more cut clause than -5 (seed 7: 3 and 4
    // more) with the untouched pairs as quiet, and Text+Berg's and PaRIce's findings unchanged.
    private const double MaxEvidence = -4.5;

    // The rest of the sentence must look translated more surely than the clause by this much, as for a sentence.
    private const double Margin = 2.0;

    // A clause of one or two counted words is too little to tell a loose rendering from a lost one.
    private const int MinKnown = 3;

    // A figure in digits that the other sentence lacks weighs as a word missing where translations carry such words
    // nine times in ten, as for a sentence of a merged bead.
    private const double MissingNumberEvidence = -2.3;

    // A "sentence" of more clauses or counted words than these is a list or a table, not prose to weigh clause by clause.
    private const int MaxCuts = 24;
    private const int MaxWords = 200;

    /// <summary>
    /// The span of the clauses of sentence <paramref name="sentence"/> of <paramref name="full"/> that sentence
    /// <paramref name="otherSentence"/> of <paramref name="other"/> does not speak for, or null.
    /// <paramref name="ratio"/> is the document's length ratio from the full side to the other and
    /// <paramref name="spread"/> its spread (natural logs). With <paramref name="trailingOnly"/> only clauses that
    /// end the sentence are weighed: that is where an appended clause stands, and weighing every stretch of a target
    /// sentence finds more loose renderings than additions (on the bench, 3 more appended clauses for 6 more
    /// findings in untouched pairs).
    /// </summary>
    public static TextSpan? Find(SentenceSupport support, SideAnalysis full, int sentence, SideAnalysis other, int otherSentence,
        double ratio, double spread, bool trailingOnly)
    {
        var text = full.Document.Text;
        var span = full.Document.Sentences[sentence].Span;
        Span<int> cuts = stackalloc int[MaxCuts];
        var cutCount = 0;
        cuts[cutCount++] = span.Start;
        for (var i = span.Start; i < span.End - 1; i++)
        {
            if (!BeadCoverage.ClauseMarks.Contains(text[i]) || !char.IsWhiteSpace(text[i + 1]))
                continue;
            if (cutCount == MaxCuts - 1)
                return null;
            cuts[cutCount++] = i + 1;
        }
        cuts[cutCount++] = span.End;
        if (cutCount < 3)
            return null;

        // The first counted word at or after each cut, and the characters (spaces not counted) before each cut.
        Span<int> firstWord = stackalloc int[cutCount];
        Span<int> lengthBefore = stackalloc int[cutCount];
        var sentenceWords = full[sentence].Words;
        for (int c = 0, w = 0, counted = 0, length = 0, at = span.Start; c < cutCount; c++)
        {
            for (; at < cuts[c]; at++)
            {
                if (!char.IsWhiteSpace(text[at]))
                    length++;
            }
            for (; w < sentenceWords.Count && sentenceWords[w].Span.Start < cuts[c]; w++)
            {
                if (Counterparts.IsCounted(sentenceWords[w]))
                    counted++;
            }
            firstWord[c] = counted;
            lengthBefore[c] = length;
        }
        // The last cut is the sentence's end, so every counted word is before it.
        var wordCount = firstWord[cutCount - 1];
        var fullLength = lengthBefore[cutCount - 1];
        var otherLength = other[otherSentence].Length;
        // A figure in digits the other sentence lacks counts as one more word toward the minimum.
        if (wordCount + 1 < MinKnown || wordCount > MaxWords || fullLength == 0 || otherLength == 0)
            return null;

        var deviation = Math.Log(otherLength / (ratio * fullLength));
        var mostAgainst = support.MostAgainst;
        BeadCoverage? coverage = null;
        LeftoverCoverage? leftover = null;
        TextSpan? lost = null;
        var lowest = MaxEvidence;
        for (var a = 0; a < cutCount - 1; a++)
        {
            for (var b = trailingOnly ? cutCount - 1 : a + 1; b < cutCount; b++)
            {
                if (a == 0 && b == cutCount - 1)
                    continue;
                int wa = firstWord[a], wb = firstWord[b];
                var clauseLength = lengthBefore[b] - lengthBefore[a];
                var restLength = fullLength - clauseLength;
                if (wb - wa + 1 < MinKnown || restLength <= 0 || clauseLength <= 0)
                    continue;
                var numbers = Numbers(full[sentence], cuts[a], cuts[b], other[otherSentence]);
                if (numbers == NumberEvidence.LeftForIt || wb - wa + (numbers == NumberEvidence.Missing ? 1 : 0) < MinKnown)
                    continue;
                var lengths = ContentBalance.LengthEvidence(otherLength, ratio, restLength, deviation, spread)
                    + (numbers == NumberEvidence.Missing ? MissingNumberEvidence : 0);
                // Bounds first, the cheapest first: a word's evidence asks how common its counterpart is, and most
                // clauses cannot reach the bar even with none of their words covered.
                if ((wb - wa) * mostAgainst + lengths > lowest)
                    continue;
                coverage ??= BeadCoverage.Measure(full, sentence, 1, other, otherSentence, 1);
                if (Sum(support, coverage.Words, wa, wb, noneCovered: true) + lengths > lowest)
                    continue;
                leftover ??= LeftoverCoverage.Build(full, sentence, 1, other, otherSentence, 1);
                var evidence = support.Of(leftover.ForRange(wa, wb)) + lengths;
                if (evidence > lowest)
                    continue;
                var rest = Sum(support, coverage.Words, 0, wa, noneCovered: false) + Sum(support, coverage.Words, wb, wordCount, noneCovered: false)
                    + ContentBalance.LengthEvidence(otherLength, ratio, clauseLength, deviation, spread);
                if (rest < evidence + Margin)
                    continue;
                lowest = evidence;
                lost = TextSpan.FromBounds(cuts[a], cuts[b]);
            }
        }
        return lost is { } found ? Trimmed(text, found) : null;
    }

    /// <summary>The support words [from, to) get, as measured or were none of them covered.</summary>
    private static double Sum(SentenceSupport support, CoveredWord[] words, int from, int to, bool noneCovered)
    {
        double sum = 0;
        for (var w = from; w < to; w++)
            sum += support.Of(noneCovered ? words[w] with { Covered = false } : words[w]);
        return sum;
    }

    /// <summary>
    /// What the numbers in [start, end) of a sentence say: one is in the other sentence more often than the rest of
    /// this one writes it, in digits on one side at least or larger than one (so it is there for the clause), one in
    /// digits is not in the other sentence, or neither.
    /// </summary>
    private static NumberEvidence Numbers(SentenceFacts sentence, int start, int end, SentenceFacts other)
    {
        var evidence = NumberEvidence.None;
        foreach (var number in sentence.Numbers)
        {
            if (number.Span.Start < start || number.Span.Start >= end)
                continue;
            // Two words for one that agree ("одну" and "first") are too common to speak for a clause ("one of", "at
            // first"); a larger number word ("nine", "девять") or a figure in digits on either side is not.
            var there = 0;
            var inDigitsThere = false;
            foreach (var candidate in other.Numbers)
            {
                if (number.Renders(candidate))
                {
                    there++;
                    inDigitsThere |= candidate.InDigits;
                }
            }
            if (there == 0)
            {
                if (number.InDigits)
                    evidence = NumberEvidence.Missing;
                continue;
            }
            var inRest = 0;
            foreach (var candidate in sentence.Numbers)
            {
                if ((candidate.Span.Start < start || candidate.Span.Start >= end) && number.Renders(candidate))
                    inRest++;
            }
            if (there > inRest && (number.InDigits || inDigitsThere || !IsOne(number)))
                return NumberEvidence.LeftForIt;
        }
        return evidence;
    }

    /// <summary>True when every reading of the mention is one: "one", "first", "одну".</summary>
    private static bool IsOne(NumberMention number)
    {
        foreach (var value in number.Values)
        {
            if (value != 1)
                return false;
        }
        return number.Values.Count > 0;
    }

    /// <summary>The span without the spaces that start or end it.</summary>
    private static TextSpan Trimmed(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return TextSpan.FromBounds(start, end);
    }
}
