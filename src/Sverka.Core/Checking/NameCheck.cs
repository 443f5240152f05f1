using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Proper names on one side of a pair with no transliterated or translated counterpart on the other. A name
/// missing from the target, or a name in the target that the source never mentions anywhere, is a warning; a
/// name replaced by another is reported as one finding. Conservative about what a name is: a capital at the start
/// of a sentence, a quotation or a clause proves nothing, nor does one in a title-case headline; acronyms and
/// titles are left alone (ЕС for EU, Mr); a word the lexicon knows is a name only when the other side of the
/// document writes it with a capital; and a first name whose surname is matched ("Donald Trump" → "Трамп") is
/// not missing. A name the target adds is reported only when the source never names it: translators spell out
/// what the source says with a pronoun or an acronym ("AMs" → "члены Ассамблеи").
/// </summary>
public sealed class NameCheck : ICheck
{
    private const int MinNameLength = 3;

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "sir", "prof", "lord", "lady", "jr", "sr", "mt", "dame", "rev",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "г-н", "г-жа",
    };

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Name;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sourceDocument = Words(context.Source, 0, context.Source.Document.SentenceCount);
        var targetDocument = Words(context.Target, 0, context.Target.Document.SentenceCount);
        var sourceCapitals = sourceDocument.FindAll(w => w.Capitalised);
        var targetCapitals = targetDocument.FindAll(w => w.Capitalised);
        var findings = new List<Finding>();
        var beads = context.Beads;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.IsUnpaired)
                continue;
            var sourceWords = Words(context.Source, bead.Source, bead.SourceCount);
            var targetWords = Words(context.Target, bead.Target, bead.TargetCount);
            var sourceMissing = Missing(context.Source, bead.Source, bead.SourceCount, targetCapitals, targetWords, null);
            // A source name counts only where the translator writes it, with a capital, somewhere in the document:
            // one rendered otherwise everywhere ("Beijing" → "Пекин", "Germans" → "немцы") is a translation the
            // check cannot see, not a name left out.
            sourceMissing.RemoveAll(m => !targetCapitals.Exists(t => NameMatcher.SkeletonsMatch(m.Word.Skeleton, t.Skeleton)));
            // An acronym the target does not keep is spelt out there ("NHS" → "Национальной службы
            // здравоохранения"): its capitals are no added names.
            var targetMissing = SpeltOutAcronym(sourceWords, targetWords)
                ? []
                : Missing(context.Target, bead.Target, bead.TargetCount, sourceCapitals, sourceWords, sourceDocument);
            if (sourceMissing.Count == 0 && targetMissing.Count == 0)
                continue;
            findings.Add(Report(context, k, bead, sourceMissing, targetMissing));
        }
        return findings;
    }

    private Finding Report(CheckContext context, int index, Bead bead, List<MissingName> sourceMissing, List<MissingName> targetMissing)
    {
        string message;
        if (sourceMissing.Count > 0 && targetMissing.Count > 0)
            message = $"{context.SourceName} has {Describe(sourceMissing)}, {context.TargetName} has {Describe(targetMissing)} instead";
        else if (sourceMissing.Count > 0)
            message = $"{context.SourceName} names {Describe(sourceMissing)}, {context.TargetName} has no such name";
        else
            message = $"{context.TargetName} names {Describe(targetMissing)}, which {context.SourceName} never mentions";
        IReadOnlyList<TextSpan> sourceSpans = sourceMissing.Count > 0 ? [.. sourceMissing.Select(m => m.Word.Span)] : context.SourceSpans(bead);
        IReadOnlyList<TextSpan> targetSpans = targetMissing.Count > 0 ? [.. targetMissing.Select(m => m.Word.Span)] : context.TargetSpans(bead);
        return new Finding(Kind, FindingSeverity.Warning, index, sourceSpans, targetSpans, message);
    }

    private static bool SpeltOutAcronym(List<WordFact> sourceWords, List<WordFact> targetWords) =>
        sourceWords.Exists(w => w.AllCaps && w.Capitals >= 2 && !targetWords.Exists(t => t.Lower == w.Lower));

    private static string Describe(List<MissingName> names) => string.Join(", ", names.Select(n => n.Text));

    private static List<WordFact> Words(SideAnalysis side, int first, int count)
    {
        var words = new List<WordFact>();
        for (var s = first; s < first + count; s++)
            words.AddRange(side[s].Words);
        return words;
    }

    /// <summary>
    /// The names of one side of a bead that no word of the other side can be. With <paramref name="otherDocument"/>
    /// given, a name also needs no counterpart anywhere in the other document.
    /// </summary>
    private static List<MissingName> Missing(
        SideAnalysis side, int first, int count, List<WordFact> otherCapitals, List<WordFact> otherWords, List<WordFact>? otherDocument)
    {
        var missing = new List<MissingName>();
        for (var s = first; s < first + count; s++)
        {
            var facts = side[s];
            if (facts.IsTitleCase)
                continue;
            var words = facts.Words;
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (!IsName(word, otherCapitals) || HasCounterpart(side, word, otherWords))
                    continue;
                if (otherDocument is not null && HasCounterpart(side, word, otherDocument))
                    continue;
                // A first name whose surname is matched: translators drop it ("Donald Trump" → "Трамп"); a surname
                // dropped after its first name is not how they shorten.
                if (otherDocument is null && w + 1 < words.Length && IsMatchedNamePart(side, words[w + 1], otherWords))
                    continue;
                var text = side.Document.Text.Substring(word.Span.Start, word.Span.Length);
                if (!missing.Exists(m => m.Text == text))
                    missing.Add(new MissingName(word, text));
            }
        }
        return missing;
    }

    private static bool IsMatchedNamePart(SideAnalysis side, WordFact word, List<WordFact> otherWords) =>
        word.Capitalised && HasCounterpart(side, word, otherWords);

    private static bool IsName(WordFact word, List<WordFact> otherCapitals)
    {
        if (!word.Capitalised || word.Initial || word.AllCaps || word.Role != WordRole.Content)
            return false;
        if (word.Span.Length < MinNameLength || word.Skeleton.Length < 2 || s_notNames.Contains(word.Lower))
            return false;
        // "AMs", "MPs", "McDonald's" is a name but "I'm" and "iPhone" are not worth the risk.
        if (IsAcronymLike(word) || (word.Lower.Contains('\'', StringComparison.Ordinal) && !word.Lower.EndsWith("'s", StringComparison.Ordinal)))
            return false;
        if (word.LexiconId < 0)
            return true;
        // A word the lexicon knows ("Trump", "Bill", "Parliament") is a name only if the other side of this
        // document writes it with a capital somewhere, under a skeleton of three or more consonants: "Cup" and
        // "Service" are too short or too common to tell.
        foreach (var other in otherCapitals)
        {
            if (NameMatcher.StrongMatch(word.Skeleton, other.Skeleton))
                return true;
        }
        return false;
    }

    private static bool IsAcronymLike(WordFact word) => word.Capitals >= 2;

    /// <summary>
    /// True when a word of the other side can be this name: the same word, a capitalised word with a matching
    /// skeleton, or any word the lexicon gives as its translation.
    /// </summary>
    private static bool HasCounterpart(SideAnalysis side, WordFact word, List<WordFact> otherWords)
    {
        foreach (var other in otherWords)
        {
            if (other.Lower == word.Lower)
                return true;
            if (other.Capitalised ? NameMatcher.SkeletonsMatch(word.Skeleton, other.Skeleton) : NameMatcher.StrongMatch(word.Skeleton, other.Skeleton))
                return true;
            if (word.LexiconId >= 0 && other.LexiconId >= 0)
            {
                foreach (var translation in side.Lexicon.Translations(word.LexiconId))
                {
                    if (translation == other.LexiconId)
                        return true;
                }
            }
        }
        return false;
    }
}

/// <summary>A name with no counterpart, and how it is written.</summary>
internal readonly record struct MissingName(WordFact Word, string Text);
