using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Proper names on one side of a pair with no transliterated or translated counterpart on the other: a name
/// missing on one side only is a warning, a name replaced by another on the other side too is reported as one
/// finding. Conservative about what a name is: a capital at the start of a sentence, a quotation or a clause
/// proves nothing, nor does one in a title-case headline; acronyms are left alone (ЕС for EU); a word the lexicon
/// knows is a name only when the document shows it transliterated somewhere; and a first name whose surname is
/// matched ("Donald Trump" → "Трамп") is not missing.
/// </summary>
public sealed class NameCheck : ICheck
{
    private const int MinNameLength = 3;

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Name;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sourceSkeletons = CapitalisedSkeletons(context.Source);
        var targetSkeletons = CapitalisedSkeletons(context.Target);
        var findings = new List<Finding>();
        var beads = context.Beads;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.IsUnpaired)
                continue;
            var sourceWords = Words(context.Source, bead.Source, bead.SourceCount);
            var targetWords = Words(context.Target, bead.Target, bead.TargetCount);
            var sourceMissing = Missing(context.Source, bead.Source, bead.SourceCount, targetSkeletons, targetWords);
            var targetMissing = Missing(context.Target, bead.Target, bead.TargetCount, sourceSkeletons, sourceWords);
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
            message = $"{context.TargetName} names {Describe(targetMissing)}, {context.SourceName} has no such name";
        IReadOnlyList<TextSpan> sourceSpans = sourceMissing.Count > 0 ? [.. sourceMissing.Select(m => m.Word.Span)] : context.SourceSpans(bead);
        IReadOnlyList<TextSpan> targetSpans = targetMissing.Count > 0 ? [.. targetMissing.Select(m => m.Word.Span)] : context.TargetSpans(bead);
        return new Finding(Kind, FindingSeverity.Warning, index, sourceSpans, targetSpans, message);
    }

    private static string Describe(List<MissingName> names) => string.Join(", ", names.Select(n => n.Text));

    private static List<WordFact> Words(SideAnalysis side, int first, int count)
    {
        var words = new List<WordFact>();
        for (var s = first; s < first + count; s++)
            words.AddRange(side[s].Words);
        return words;
    }

    /// <summary>The skeletons of every capitalised word of a side: where the document writes a name.</summary>
    private static HashSet<string> CapitalisedSkeletons(SideAnalysis side)
    {
        var skeletons = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < side.Document.SentenceCount; s++)
        {
            foreach (var word in side[s].Words)
            {
                if (word.Capitalised && word.Skeleton.Length >= 2)
                    skeletons.Add(word.Skeleton);
            }
        }
        return skeletons;
    }

    /// <summary>The names of one side of a bead that no word of the other side can be.</summary>
    private static List<MissingName> Missing(
        SideAnalysis side, int first, int count, HashSet<string> otherDocumentSkeletons, List<WordFact> otherWords)
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
                if (!IsName(word, otherDocumentSkeletons) || HasCounterpart(side, word, otherWords))
                    continue;
                // Part of a longer name whose other part is matched: "Donald Trump" → "Трамп", "Sir Keir" → "Кир".
                if ((w > 0 && IsMatchedNamePart(side, words[w - 1], otherWords)) || (w + 1 < words.Length && IsMatchedNamePart(side, words[w + 1], otherWords)))
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

    private static bool IsName(WordFact word, HashSet<string> otherDocumentSkeletons)
    {
        if (!word.Capitalised || word.Initial || word.AllCaps || word.Role != WordRole.Content)
            return false;
        if (word.Span.Length < MinNameLength || word.Skeleton.Length < 2)
            return false;
        if (word.LexiconId < 0)
            return true;
        // A word the lexicon knows ("Trump", "Bill", "Parliament") is a name only if the other side of this
        // document writes it with a capital under the same skeleton somewhere.
        foreach (var skeleton in otherDocumentSkeletons)
        {
            if (NameMatcher.SkeletonsMatch(word.Skeleton, skeleton))
                return true;
        }
        return false;
    }

    private static bool HasCounterpart(SideAnalysis side, WordFact word, List<WordFact> otherWords)
    {
        foreach (var other in otherWords)
        {
            if (other.Lower == word.Lower || NameMatcher.SkeletonsMatch(word.Skeleton, other.Skeleton))
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
