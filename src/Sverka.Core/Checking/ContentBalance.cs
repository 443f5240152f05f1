using System.Globalization;
using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// The reasoning omission and addition share, one the mirror of the other: a side with no counterpart at all, a
/// sentence of a multi-sentence bead that the other side does not speak for (<see cref="SentenceSupport"/>: the
/// aligner merges a sentence whose translation is lost into its neighbour's bead), and a pair where one side is far
/// shorter than the document's own ratio predicts and a run of its partner's words has no translation in it.
/// Length alone is not enough (translators compress and expand), and neither is the lexicon (loose translations
/// use other words); only the two together are reported.
/// </summary>
internal static class ContentBalance
{
    // A multi-sentence side's sentence is lost when its words are this uncovered and the rest explains the length.
    private const double LostSentenceShare = 0.35;
    private const double LostSentenceMargin = 0.25;
    private const int LostSentenceMinKnown = 3;

    // A sentence of a merged bead the other side does not speak for: its words' support (a log-likelihood ratio)
    // at most -1 and 2 below the rest's, from at least 3 counted words (two are too few to tell a loose
    // translation); without it the length may overshoot the document's ratio by at most 2 spreads and a little.
    private const double UnsupportedMaxSupport = 1.0;
    private const double UnsupportedMargin = 2.0;
    private const int UnsupportedMinKnown = 3;
    private const double UnsupportedSpreads = 2.0;
    private const double UnsupportedSlack = 0.1;

    // A dropped clause: a run of this many uncovered known words, in a side at least this uncovered overall.
    private const int MinGapWords = 4;
    private const double MaxPartialShare = 0.5;

    // Or, in a bead of several sentences (a 1-1 pair is weighed below), a shorter run, when the other side is
    // accounted for better than it accounts for the full side: what the translation says is all in the source,
    // but not all of the source is in it. A loose translation
    // paraphrases both ways and leaves both sides about equally uncovered; a faithful one with a clause cut out
    // is lopsided. Only for omissions: translators spell out what the source implies as a matter of course (a
    // headline becomes a sentence), so a target with more in it than the source is lopsided the other way
    // without being wrong.
    private const int MinLopsidedGapWords = 2;

    // A 1-1 pair whose target left something out, weighed rather than gated: the shortfall against the document's
    // ratio (a natural log) plus a little for each uncovered source word in a row and for the share of source words
    // the target does account for must reach this. A shortfall of 0.78 (the target under half the expected length)
    // is enough alone; a run of five uncovered words brings it down by 0.31. The covered share counts for, not
    // against: a translation that cut a clause still accounts for the rest of the sentence, while one that is short
    // because the translator condensed it paraphrases throughout. Set on clauses cut from NTREX translations
    // against the same documents untouched, where it finds more cuts than the two gates above and raises fewer
    // findings on the untouched pairs.
    private const double OneToOneShortfall = 0.78;
    private const double OneToOneCoveredRelief = 0.255;
    private const double OneToOneGapRelief = 0.062;
    private const int OneToOneMaxGapWords = 5;

    public static List<Finding> Run(CheckContext context, FindingKind kind)
    {
        var omission = kind == FindingKind.Omission;
        // For an omission the "full" side is the source and the "short" side the target; for an addition the reverse.
        var full = omission ? context.Source : context.Target;
        var other = omission ? context.Target : context.Source;
        var ratio = omission ? context.LengthRatio : 1 / context.LengthRatio;
        var fullName = omission ? context.SourceName : context.TargetName;
        var otherName = omission ? context.TargetName : context.SourceName;
        var findings = new List<Finding>();
        var beads = context.Beads;
        SentenceSupport? support = null;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            var (first, count, otherFirst, otherCount) = omission
                ? (bead.Source, bead.SourceCount, bead.Target, bead.TargetCount)
                : (bead.Target, bead.TargetCount, bead.Source, bead.SourceCount);
            if (count == 0)
                continue;
            if (otherCount == 0)
            {
                findings.Add(Unpaired(context, kind, k, bead, full, first, count, otherName));
                continue;
            }

            var fullLength = CheckContext.Length(full, first, count);
            var otherLength = CheckContext.Length(other, otherFirst, otherCount);
            if (fullLength == 0 || otherLength == 0)
                continue;
            var deviation = Math.Log(otherLength / (ratio * fullLength));
            BeadCoverage? coverage = null;
            if (count > 1)
            {
                coverage = BeadCoverage.Measure(full, first, count, other, otherFirst, otherCount);
                var severity = omission ? FindingSeverity.Error : FindingSeverity.Warning;
                var lost = deviation <= -context.Options.LengthDeviation
                    ? LostSentence(context, full, first, count, coverage, otherLength, ratio)
                    : null;
                if (lost is null)
                {
                    support ??= SentenceSupport.Build(beads, omission, full, other);
                    lost = UnsupportedSentence(context, support, bead, omission, coverage, otherLength, ratio);
                    severity = FindingSeverity.Warning;
                }
                if (lost is { } sentence)
                {
                    var span = full.Document.Sentences[sentence].Span;
                    var message = $"{otherName} has nothing for this sentence: \"{Quote(full.Document, span)}\"";
                    findings.Add(Make(kind, severity, k, omission, [span], OtherSpans(context, bead, omission), message));
                    continue;
                }
            }
            if (omission && count == 1 && otherCount == 1)
            {
                if (-deviation < OneToOneShortfall - OneToOneCoveredRelief - OneToOneGapRelief * OneToOneMaxGapWords)
                    continue;
                coverage = BeadCoverage.Measure(full, first, count, other, otherFirst, otherCount);
                if (IsCutShort(deviation, coverage))
                    findings.Add(Shortened(context, kind, k, bead, full, coverage, deviation, otherName));
                continue;
            }
            if (deviation > -context.Options.LengthDeviation)
                continue;
            coverage ??= BeadCoverage.Measure(full, first, count, other, otherFirst, otherCount);

            if (IsPartial(coverage, omission, other, otherFirst, otherCount, full, first, count))
            {
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"{otherName} is {Percent(deviation)} shorter than this document's translations usually are and has nothing for \"{Quote(full.Document, coverage.Gap)}\"");
                if (!omission)
                {
                    message = string.Create(CultureInfo.InvariantCulture,
                        $"{fullName} is {Percent(-deviation, longer: true)} longer than this document's translations usually are and {otherName} has nothing for \"{Quote(full.Document, coverage.Gap)}\"");
                }
                findings.Add(Make(kind, FindingSeverity.Warning, k, omission, [coverage.Gap], OtherSpans(context, bead, omission), message));
            }
        }
        return findings;
    }

    /// <summary>
    /// True when a 1-1 pair's target is shorter than the document's ratio predicts by more than the words excuse:
    /// see <see cref="OneToOneShortfall"/>.
    /// </summary>
    private static bool IsCutShort(double deviation, BeadCoverage coverage)
    {
        var relief = OneToOneCoveredRelief * coverage.Share + OneToOneGapRelief * Math.Min(coverage.GapWords, OneToOneMaxGapWords);
        return -deviation + relief >= OneToOneShortfall;
    }

    /// <summary>An omission in a 1-1 pair, about the run of uncovered source words when there is one and the whole sentence when not.</summary>
    private static Finding Shortened(CheckContext context, FindingKind kind, int index, Bead bead, SideAnalysis full, BeadCoverage coverage, double deviation, string otherName)
    {
        var shorter = string.Create(CultureInfo.InvariantCulture, $"{otherName} is {Percent(deviation)} shorter than this document's translations usually are");
        if (coverage.GapWords == 0)
            return Make(kind, FindingSeverity.Warning, index, omission: true, context.SourceSpans(bead), context.TargetSpans(bead), shorter);
        var message = $"{shorter} and has nothing for \"{Quote(full.Document, coverage.Gap)}\"";
        return Make(kind, FindingSeverity.Warning, index, omission: true, [coverage.Gap], context.TargetSpans(bead), message);
    }

    /// <summary>
    /// True when the words say part of the full side is missing from the other: a long run of its words has no
    /// counterpart while most of it has none either, or (for an omission) a shorter run has none while the other
    /// side's words are accounted for better than the full side's are.
    /// </summary>
    private static bool IsPartial(BeadCoverage coverage, bool omission, SideAnalysis other, int otherFirst, int otherCount, SideAnalysis full, int first, int count)
    {
        if (coverage.GapWords >= MinGapWords && coverage.Share <= MaxPartialShare)
            return true;
        if (!omission || coverage.GapWords < MinLopsidedGapWords)
            return false;
        var reverse = BeadCoverage.Measure(other, otherFirst, otherCount, full, first, count);
        return coverage.Share < reverse.Share;
    }

    private static Finding Unpaired(CheckContext context, FindingKind kind, int index, Bead bead, SideAnalysis full, int first, int count, string otherName)
    {
        var letters = 0;
        for (var s = first; s < first + count; s++)
            letters += full[s].LetterCount;
        var severity = letters >= context.Options.MinLetters
            ? kind == FindingKind.Omission ? FindingSeverity.Error : FindingSeverity.Warning
            : FindingSeverity.Info;
        var what = count == 1 ? "this sentence" : $"these {count.ToString(CultureInfo.InvariantCulture)} sentences";
        var message = $"{otherName} has nothing for {what}";
        return new Finding(kind, severity, index, context.SourceSpans(bead), context.TargetSpans(bead), message);
    }

    /// <summary>
    /// The sentence of a multi-sentence side that the other side accounts for nothing of, when without it the
    /// lengths agree again; null when there is none.
    /// </summary>
    private static int? LostSentence(CheckContext context, SideAnalysis full, int first, int count, BeadCoverage coverage, int otherLength, double ratio)
    {
        var fullLength = CheckContext.Length(full, first, count);
        int? lost = null;
        var lowest = double.MaxValue;
        for (var k = 0; k < count; k++)
        {
            var known = coverage.Known[k];
            if (known < LostSentenceMinKnown || full[first + k].LetterCount < context.Options.MinLetters)
                continue;
            var share = (double)coverage.Covered[k] / known;
            var rest = fullLength - full[first + k].Length;
            if (share > LostSentenceShare || share >= lowest || rest <= 0)
                continue;
            // The rest of the bead must be clearly better covered, and explain the other side's length.
            var restKnown = coverage.TotalKnown - known;
            var restShare = restKnown == 0 ? 0 : (double)(coverage.TotalCovered - coverage.Covered[k]) / restKnown;
            if (restShare < share + LostSentenceMargin || Math.Log(otherLength / (ratio * rest)) <= -context.Options.LengthDeviation)
                continue;
            lowest = share;
            lost = first + k;
        }
        return lost;
    }

    /// <summary>
    /// The sentence of a multi-sentence side that the other side does not speak for, judged on the evidence of
    /// the words (<see cref="SentenceSupport"/>) and of the lengths together: its words are covered no more often
    /// than chance would cover them while the rest of the bead is clearly supported, none of its numbers is on the
    /// other side, and without it the lengths agree better, within the document's own spread. Null when none is.
    /// </summary>
    private static int? UnsupportedSentence(CheckContext context, SentenceSupport support, Bead bead, bool omission, BeadCoverage coverage, int otherLength, double ratio)
    {
        var (full, other) = omission ? (context.Source, context.Target) : (context.Target, context.Source);
        var (first, count, otherFirst, otherCount) = omission
            ? (bead.Source, bead.SourceCount, bead.Target, bead.TargetCount)
            : (bead.Target, bead.TargetCount, bead.Source, bead.SourceCount);
        var fullLength = CheckContext.Length(full, first, count);
        var deviation = Math.Log(otherLength / (ratio * fullLength));
        if (deviation >= 0)
            return null;
        var scores = new double[count];
        double total = 0;
        for (var k = 0; k < count; k++)
        {
            scores[k] = support.Of(coverage, k);
            total += scores[k];
        }

        int? lost = null;
        var lowest = double.MaxValue;
        for (var k = 0; k < count; k++)
        {
            var sentence = full[first + k];
            if (coverage.Known[k] < UnsupportedMinKnown || sentence.LetterCount < context.Options.MinLetters)
                continue;
            var rest = total - scores[k];
            if (scores[k] > -UnsupportedMaxSupport || scores[k] > rest - UnsupportedMargin || scores[k] - rest >= lowest)
                continue;
            var withoutIt = Math.Log(otherLength / (ratio * (fullLength - sentence.Length)));
            if (Math.Abs(withoutIt) >= Math.Abs(deviation) || withoutIt > UnsupportedSpreads * context.LengthSpread + UnsupportedSlack)
                continue;
            if (HasNumberIn(sentence, other, otherFirst, otherCount))
                continue;
            lowest = scores[k] - rest;
            lost = first + k;
        }
        return lost;
    }

    /// <summary>True when a number the sentence writes in digits is also on the other side: then it is translated there.</summary>
    private static bool HasNumberIn(SentenceFacts sentence, SideAnalysis other, int otherFirst, int otherCount)
    {
        foreach (var number in sentence.Numbers)
        {
            if (!number.InDigits)
                continue;
            for (var s = otherFirst; s < otherFirst + otherCount; s++)
            {
                foreach (var candidate in other[s].Numbers)
                {
                    if (number.SameQuantity(candidate))
                        return true;
                }
            }
        }
        return false;
    }

    private static IReadOnlyList<TextSpan> OtherSpans(CheckContext context, Bead bead, bool omission) =>
        omission ? context.TargetSpans(bead) : context.SourceSpans(bead);

    private static Finding Make(FindingKind kind, FindingSeverity severity, int index, bool omission, IReadOnlyList<TextSpan> fullSpans, IReadOnlyList<TextSpan> otherSpans, string message) =>
        omission
            ? new Finding(kind, severity, index, fullSpans, otherSpans, message)
            : new Finding(kind, severity, index, otherSpans, fullSpans, message);

    private static string Percent(double logDeviation, bool longer = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{(longer ? Math.Exp(logDeviation) - 1 : 1 - Math.Exp(logDeviation)) * 100:0}%");

    internal static string Quote(Document document, TextSpan span)
    {
        const int Max = 80;
        var text = document.Text.AsSpan(span.Start, span.Length);
        var quoted = text.Length <= Max ? text.ToString() : string.Concat(text[..(Max - 1)].TrimEnd(), "…");
        return quoted.ReplaceLineEndings(" ");
    }
}
