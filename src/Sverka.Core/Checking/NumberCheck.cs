using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Numbers, amounts, percentages, dates and times that one side of a pair has and the other lacks or has
/// differently, after <see cref="NumberReader"/> normalised the ways each language writes them. Only mentions
/// written with digits (or a day of a month) are reported, and months named alone, days of the week and counts in
/// words when each side has one the other lacks: number words are dropped and rephrased too often ("one of", "the
/// first time"), so alone they can only match. A measure the translator converted ("10 miles", "16 км") matches
/// its conversion. A quantity on each side with no partner is a changed number (an error); one side alone is a
/// missing one (a warning).
/// </summary>
public sealed class NumberCheck : ICheck
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Number;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var beads = context.Beads;
        var leftovers = new Leftovers?[beads.Length];
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.IsUnpaired)
                continue;
            var source = Mentions(context.Source, bead.Source, bead.SourceCount);
            var target = Mentions(context.Target, bead.Target, bead.TargetCount);
            leftovers[k] = new Leftovers(
                Unmatched(source, context.Source.Document.Text, target, context.Target.Document, bead.Target, bead.TargetCount),
                Unmatched(target, context.Target.Document.Text, source, context.Source.Document, bead.Source, bead.SourceCount));
        }
        // Where the translation splits or joins sentences otherwise than the original, a bead boundary may fall
        // between a number and its translation: "8900 m" ends one German sentence and starts the next French one.
        // The number is not lost, so a leftover that the next bead's other side has left over too is no finding.
        for (var k = 0; k + 1 < beads.Length; k++)
        {
            if (leftovers[k] is not { } here || leftovers[k + 1] is not { } next)
                continue;
            CancelEachOther(here.Source, next.Target);
            CancelEachOther(here.Target, next.Source);
        }

        var findings = new List<Finding>();
        for (var k = 0; k < beads.Length; k++)
        {
            if (leftovers[k] is not { } leftover)
                continue;
            var (sourceOnly, targetOnly) = leftover;
            // A collective numeral may sum counts the other side gives one by one ("четверо подозреваемых в
            // возрасте 17, 18 и 20 лет" for "a 17-year-old, two 18-year-olds and a 20-year-old"): it counts alone
            // only where the other side has no number word left over.
            var collective = (HasCollective(sourceOnly, context.Source.Document.Text) && !targetOnly.Exists(m => !m.InDigits))
                || (HasCollective(targetOnly, context.Target.Document.Text) && !sourceOnly.Exists(m => !m.InDigits));
            // "One" and "both", "одно" and "оба" are as often pronouns and articles as numbers: they may match a
            // number on the other side, but one left over is no evidence of a changed number.
            sourceOnly.RemoveAll(IsPronounLike);
            targetOnly.RemoveAll(IsPronounLike);
            if ((IsLoneOne(sourceOnly) && targetOnly.Count == 0) || (IsLoneOne(targetOnly) && sourceOnly.Count == 0))
                continue;
            if (!HasDigits(sourceOnly) && !HasDigits(targetOnly) && !collective && !(HasMonth(sourceOnly) && HasMonth(targetOnly))
                && !(HasWeekday(sourceOnly) && HasWeekday(targetOnly))
                && !(HasCount(sourceOnly) && HasCount(targetOnly)))
                continue;
            findings.Add(Report(context, k, beads[k], sourceOnly, targetOnly));
        }
        return findings;
    }

    /// <summary>The mentions of a paired bead's two sides that the other side of the bead does not have.</summary>
    private readonly record struct Leftovers(List<NumberMention> Source, List<NumberMention> Target);

    /// <summary>Removes from both lists the mentions of one that the other has too.</summary>
    private static void CancelEachOther(List<NumberMention> some, List<NumberMention> others)
    {
        for (var i = some.Count - 1; i >= 0; i--)
        {
            var mention = some[i];
            if (others.RemoveAll(mention.SameQuantity) > 0)
                some.RemoveAt(i);
        }
    }

    private Finding Report(CheckContext context, int index, Bead bead, List<NumberMention> sourceOnly, List<NumberMention> targetOnly)
    {
        string message;
        FindingSeverity severity;
        if (sourceOnly.Count > 0 && targetOnly.Count > 0)
        {
            severity = FindingSeverity.Error;
            // Units are named where they differ, since a unit changed leaves the figure as it was: "2 km" against "2 mi";
            // where they agree, the figures say it all.
            var units = sourceOnly.Exists(mention => targetOnly.Exists(mention.InOtherUnits));
            message = $"{context.SourceName} has {Describe(sourceOnly, units)}, {context.TargetName} has {Describe(targetOnly, units)}";
        }
        else if (sourceOnly.Count > 0)
        {
            severity = FindingSeverity.Warning;
            message = $"{context.SourceName} has {Describe(sourceOnly, units: true)}, {context.TargetName} has no such number";
        }
        else
        {
            severity = FindingSeverity.Warning;
            message = $"{context.TargetName} has {Describe(targetOnly, units: true)}, {context.SourceName} has no such number";
        }
        var sourceSpans = sourceOnly.Count > 0 ? Spans(sourceOnly) : context.SourceSpans(bead);
        var targetSpans = targetOnly.Count > 0 ? Spans(targetOnly) : context.TargetSpans(bead);
        return new Finding(Kind, severity, index, sourceSpans, targetSpans, message) { TargetLacks = targetOnly.Count == 0, SourceLacks = sourceOnly.Count == 0 };
    }

    private static List<NumberMention> Mentions(SideAnalysis side, int first, int count)
    {
        var mentions = new List<NumberMention>();
        for (var s = first; s < first + count; s++)
            mentions.AddRange(side[s].Numbers);
        return mentions;
    }

    /// <summary>
    /// The mentions of one side that no mention of the other can be, nor the other's text writes alike, leaving out
    /// the side's own conversions; a number repeated counts once. <paramref name="text"/> is the side's document text.
    /// </summary>
    private static List<NumberMention> Unmatched(List<NumberMention> side, string text, List<NumberMention> other, Document otherDocument, int first, int count)
    {
        var unmatched = new List<NumberMention>();
        foreach (var mention in side)
        {
            if (!other.Exists(mention.SameQuantity) && (!WrittenAlike(mention, otherDocument, first, count) || other.Exists(mention.InOtherUnits))
                && !IsOwnConversion(mention, side, text, other))
                unmatched.Add(mention);
        }
        return unmatched;
    }

    // How far after a measure its own conversion may start: " meters (" or " миль (".
    private const int MaxConversionGap = 20;

    /// <summary>
    /// Whether a measure stands in brackets right after another of the same dimension in another unit, and the other
    /// side writes no figure in its unit: the text's own conversion ("six meters (18 feet)"), which a translation
    /// into a language of one system of units leaves out, and which the original may have rounded loosely itself
    /// (6 m is 19.7 feet).
    /// </summary>
    private static bool IsOwnConversion(NumberMention mention, List<NumberMention> side, string text, List<NumberMention> other)
    {
        // Where the other side writes that unit too, the conversion was translated, and must agree.
        if (mention.Unit is not { } unit || other.Exists(o => o.Unit is { } otherUnit && otherUnit.CanBe(unit)))
            return false;
        // The reader does not promise its mentions in order: the one before is the nearest that ends before it.
        NumberMention? before = null;
        foreach (var candidate in side)
        {
            if (candidate.Span.End <= mention.Span.Start && (before is null || candidate.Span.End > before.Span.End))
                before = candidate;
        }
        if (before?.Unit is not { } beforeUnit || beforeUnit.Dimension != unit.Dimension || beforeUnit.CanBe(unit)
            || mention.Span.Start - before.Span.End > MaxConversionGap)
            return false;
        var between = text.AsSpan(before.Span.End, mention.Span.Start - before.Span.End);
        return between.TrimEnd().EndsWith('(') && !between.ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// Whether the other side writes a mention in digits character for character, as a whole number: a version, a
    /// code or a passage left in the original ("11Apr29", "MD5sums") is the same on both sides even where the two
    /// languages' readers make different quantities of it.
    /// </summary>
    private static bool WrittenAlike(NumberMention mention, Document other, int first, int count)
    {
        var written = mention.Text.AsSpan();
        if (!mention.InDigits || written.IsEmpty)
            return false;
        for (var s = first; s < first + count; s++)
        {
            var sentence = other.SentenceSpan(s);
            for (var at = sentence.IndexOf(written, StringComparison.Ordinal); at >= 0; at = NextIndexOf(sentence, written, at))
            {
                if (!(char.IsAsciiDigit(written[0]) && ContinuesNumber(sentence, at - 1, -1))
                    && !(char.IsAsciiDigit(written[^1]) && ContinuesNumber(sentence, at + written.Length, 1)))
                    return true;
            }
        }
        return false;
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int after)
    {
        var next = text[(after + 1)..].IndexOf(value, StringComparison.Ordinal);
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>Whether the character at <paramref name="at"/> carries on a number outwards: "15" is no "5", "1.5" no "5".</summary>
    private static bool ContinuesNumber(ReadOnlySpan<char> text, int at, int direction)
    {
        if (at < 0 || at >= text.Length)
            return false;
        if (char.IsAsciiDigit(text[at]))
            return true;
        var beyond = at + direction;
        return text[at] is '.' or ',' && beyond >= 0 && beyond < text.Length && char.IsAsciiDigit(text[beyond]);
    }

    private static bool HasDigits(List<NumberMention> mentions) => mentions.Exists(m => m.InDigits);

    // "Все трое" ("all three of them") refers back to people already counted, as a pronoun does.
    private static bool HasCollective(List<NumberMention> mentions, string text) =>
        mentions.Exists(m => IsCollective(m) && !AfterAll(text, m.Span.Start));

    private static readonly HashSet<string> s_all = new(StringComparer.Ordinal) { "все", "всех", "всем", "всеми" };

    private static bool AfterAll(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
            begin--;
        return s_all.Contains(text[begin..end].ToLowerInvariant());
    }

    // Russian's collective numerals count people ("двое детей", "троих задержанных") and nothing else: no pronoun,
    // no article, no figure of speech. One the other side lacks is a count lost, as a figure in digits would be.
    private static readonly HashSet<string> s_collectiveNumerals = new(StringComparer.Ordinal)
    {
        "двое", "двоих", "двоим", "двоими", "трое", "троих", "троим", "троими", "четверо", "четверых", "четверым", "четверыми",
        "пятеро", "пятерых", "пятерым", "пятерыми", "шестеро", "шестерых", "шестерым", "шестерыми", "семеро", "семерых",
        "семерым", "семерыми", "восьмеро", "восьмерых", "девятеро", "девятерых", "десятеро", "десятерых",
    };

    private static bool IsCollective(NumberMention mention) =>
        !mention.InDigits && mention.Kind == NumberMentionKind.Number && s_collectiveNumerals.Contains(mention.Text.ToLowerInvariant());

    // A month alone is often dropped ("last December" → "в прошлом году"), but one month on each side that the
    // other lacks is a month changed.
    private static bool HasMonth(List<NumberMention> mentions) => mentions.Exists(m => m.Kind == NumberMentionKind.Month);

    // So is a day of the week: "on Monday" is dropped as often as a month, but Monday on one side and Tuesday on the
    // other is a date changed.
    private static bool HasWeekday(List<NumberMention> mentions) => mentions.Exists(m => m.Kind == NumberMentionKind.Weekday);

    // A count in words is dropped or reworded as often as any number word ("five of them" → "они"), but a count on
    // each side that the other lacks ("twenty-five people", "двадцать шесть человек") is a count changed. Whole
    // numbers from three: one and two are pronouns as often, and fractions ("a quarter of an hour", "сорок пятой
    // минуте") are reworded as a matter of course. A figure with a scale word ("two thousand") is a count whatever
    // its figure, and so is a percentage in words ("thirty percent", "сорока процентов").
    private static bool HasCount(List<NumberMention> mentions) =>
        mentions.Exists(m => m.Values.Count > 0 && (m.Kind == NumberMentionKind.Percent
            || (m.Kind == NumberMentionKind.Number && (m.Scale > 1 || m.Values.All(v => v >= 3 && v == Math.Floor(v))))));

    /// <summary>
    /// Whether the mentions are one plain 1 in digits: "over 1 year" is "больше года", "at 1 pm" "в час дня", a noun in
    /// the singular that needs no number. Only where the other side has no number left over, which would make it a
    /// changed one.
    /// </summary>
    private static bool IsLoneOne(List<NumberMention> mentions) =>
        mentions is [{ Kind: NumberMentionKind.Number, Values: [1], Unit: null or { Dimension: MeasureDimension.Duration }, Currency: null, Scale: 1 }];

    private static bool IsPronounLike(NumberMention mention) =>
        !mention.InDigits && mention.Kind == NumberMentionKind.Number && mention.Values is [1 or 2] && !IsCollective(mention);

    private static string Describe(List<NumberMention> mentions, bool units)
    {
        var written = new List<string>();
        foreach (var mention in mentions)
        {
            // A compound measure ("6-foot-6", "7 pounds 8") already writes its unit.
            var compound = mention.Text.Any(char.IsLetter) && mention.Text.Any(char.IsAsciiDigit);
            var text = units && mention.Unit is { } unit && !compound ? $"{mention.Text} {UnitName(unit, mention)}" : mention.Text;
            if (!written.Contains(text))
                written.Add(text);
        }
        return string.Join(", ", written);
    }

    /// <summary>The unit's symbol, a plural word ("years", "acres") in the singular after a 1.</summary>
    private static string UnitName(MeasureUnit unit, NumberMention mention) =>
        mention.Values is [1] && unit.Symbol.EndsWith('s') ? unit.Symbol[..^1] : unit.Symbol;

    private static TextSpan[] Spans(List<NumberMention> mentions) => [.. mentions.Select(m => m.Span)];
}
