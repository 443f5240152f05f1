using System.Globalization;
using Sverka.Core.Alignment;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Proper names on one side of a pair with no transliterated or translated counterpart on the other. A counterpart
/// is a word that sounds like the name in the other alphabet, case ending and all ("Trump", "Трампом";
/// <see cref="NameMatcher.SoundsMatch"/>), a lower-case adjective or demonym made from it ("Newport",
/// "ньюпортское"), a translation the lexicon gives, or the Russian exonym of a place ("Beijing", "Пекин").
/// Conservative about what a name is: a capital at the start of a sentence, a quotation or a clause proves nothing
/// unless the document writes the same word, one the lexicon does not know, with a capital in mid-sentence too;
/// nor does one in a title-case headline on a word the lexicon knows; acronyms and titles are left alone (ЕС for EU, Mr); a word the lexicon
/// knows is a name only when the other side of the document transliterates it; and a first name whose surname is
/// matched ("Donald Trump" → "Трамп") is not missing. Reported: a source name replaced by a name the source never
/// mentions (one finding with both), and a foreign name (one the lexicon does not know), or a known word the
/// translation otherwise only ever writes by its sound ("Flake", "Флейк"), that its bead does not render; the latter
/// is a warning when the translator writes the name elsewhere in the document or keeps the first name before it,
/// and otherwise only worth a look.
/// </summary>
public sealed partial class NameCheck : ICheck
{
    private const int MinNameLength = 3;

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "sir", "prof", "lord", "lady", "jr", "sr", "mt", "dame", "rev",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // The number check reads months, but "February's" reaches here as a content word; "May" is a surname as well.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "г-н", "г-жа",
        // Saint in a Russian place name ("Сент-Джонстон", St Johnstone), as "st" is in an English one.
        "сент",
    };

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.Name;

    /// <inheritdoc/>
    public IEnumerable<Finding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Exonyms and place names join English and Russian, whichever of the two is the original.
        var exonyms = (context.Source.Language, context.Target.Language) is ("en", "ru") or ("ru", "en");
        var sourceSide = new NameSide(context, context.Source, WordsInOwnScript(context.Source, context.Target.Script), exonyms,
            isSource: true, isEnglish: context.Source.Language == "en");
        var targetSide = new NameSide(context, context.Target, WordsInOwnScript(context.Target, context.Source.Script), exonyms,
            isSource: false, isEnglish: context.Target.Language == "en");
        var findings = new List<Finding>();
        var beads = context.Beads;
        for (var k = 0; k < beads.Length; k++)
        {
            var bead = beads[k];
            if (bead.IsUnpaired)
                continue;
            var sourceWords = context.Source.WordsOf(bead.Source, bead.SourceCount);
            var targetWords = context.Target.WordsOf(bead.Target, bead.TargetCount);
            var capitalised = Math.Max(CountCapitalised(sourceWords), CountCapitalised(targetWords));
            if (capitalised > MaxCapitalisedPerBead)
            {
                findings.Add(new Finding(Kind, FindingSeverity.Info, k, context.SourceSpans(bead), context.TargetSpans(bead),
                    $"{capitalised.ToString(CultureInfo.InvariantCulture)} capitalised words on one side: read as data or a list, not checked for names"));
                continue;
            }
            var sourceMissing = Missing(sourceSide, targetSide, bead.Source, bead.SourceCount, targetWords, wholeDocument: false);
            // An acronym the target does not keep is spelt out there ("NHS" → "Национальной службы
            // здравоохранения"): its capitals are no added names.
            var targetMissing = SpeltOutAcronym(sourceSide, sourceWords, targetWords)
                ? []
                : Missing(targetSide, sourceSide, bead.Target, bead.TargetCount, sourceWords, wholeDocument: true);
            targetMissing.RemoveAll(m => IsGlossedWithSourceWords(targetWords, m.Word, sourceWords) || IsInsideRenderedTitle(targetSide, m, targetWords, sourceWords));
            // A name the target adds on its own is most often the translator spelling out what the source says
            // otherwise ("tweeted" → "в Твиттере", "the Ibrox club" → "Рейнджерс") or a spelling no rule reaches;
            // it is evidence beside a source name gone missing (one name put for another), or alone where the
            // source never mentions it at all (IsAddedNameWorthReporting).
            // A name the target puts in place of one the lexicon knows ("Twitter" → "Томасу", "Ford" → "Батон")
            // leaves no transliteration to show the source word was a name: beside such a name, a capitalised source
            // word that the bead neither transliterates nor translates counts. Without a lexicon between the
            // languages, no word can be shown untranslated: "Sweden" and "Svíþjóð" are one country.
            // Names put in that the source names elsewhere add nothing the source lacks: the target still lacks
            // what it lost (CorroboratedBalance reads that).
            var namesPutAreTheSources = false;
            if (sourceMissing.Count > 0 && targetMissing.Count == 0 && context.Lexicon is not null
                    && NamesPutInstead(context, k, sourceSide, targetSide, sourceMissing, sourceWords, targetWords) is { } confused)
                ((sourceMissing, targetMissing), namesPutAreTheSources) = (confused, true);
            if (sourceMissing.Count == 0 && targetMissing.Count > 0 && context.Lexicon is not null)
                sourceMissing = Missing(sourceSide, targetSide, bead.Source, bead.SourceCount, targetWords, wholeDocument: false, anyCapital: true);
            if (sourceMissing.Count == 0 && context.Lexicon is not null && OpeningNameReplaced(sourceSide, targetSide, sourceWords, targetWords) is { } opening)
            {
                sourceMissing.Add(opening.Source);
                targetMissing = [opening.Target];
            }
            if (sourceMissing.Count == 0)
            {
                if (exonyms)
                    targetMissing.RemoveAll(m => !IsAddedNameWorthReporting(targetSide, m));
                else
                    targetMissing.Clear();
            }
            else if (targetMissing.Count == 0)
            {
                // A word the source lacks opening the target where a name opened the source is one name put for
                // another, however often the translation leaves the name out elsewhere: a translator who leaves a
                // name out or puts a pronoun for it does not put another name there. Only for a name the translation
                // writes by its sound in two other beads at least and never translates: a common word a manual
                // capitalises in its headings and terms ("Wireless Network Cards", "your Wireless ESSID") is written
                // so once at most, and a sentence it opens may open with an adjective the lexicon lacks
                // ("Беспроводные").
                var putInstead = NameOpeningInstead(sourceSide, targetSide, sourceMissing, sourceWords, targetWords);
                sourceMissing.RemoveAll(m => !(putInstead is not null && m.Word.Initial && sourceSide.Renderings(m.Word) is { Transliterated: >= 2, Translated: false })
                    && IsExcused(context, k, sourceSide, targetSide, m, sourceWords, targetWords));
                if (putInstead is { } put && sourceMissing.Count > 0)
                    targetMissing.Add(put);
            }
            if (sourceMissing.Count > 0 || targetMissing.Count > 0)
                findings.Add(Report(context, k, bead, sourceMissing, targetMissing, namesPutAreTheSources));
            else if (exonyms && AcronymPutForAnother(sourceSide, sourceWords, targetWords) is { } swap)
                findings.Add(new Finding(Kind, FindingSeverity.Warning, k, [swap.Source.Span], [swap.Target.Span],
                    $"{context.SourceName} has {TextOf(context.Source, swap.Source)}, {context.TargetName} has {TextOf(context.Target, swap.Target)} instead"));
        }
        return findings;
    }

    /// <summary>
    /// Whether a source name missing from its bead, with no name put in its place, may have been rendered or left
    /// out on purpose: a name the lexicon knows as a word that the translation does not write by its sound as a rule,
    /// one it usually leaves out or refers to otherwise, describes instead, or renders as part of a translated title.
    /// </summary>
    private static bool IsExcused(CheckContext context, int index, NameSide sourceSide, NameSide targetSide, MissingName missing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords) =>
        !(IsWorthReporting(missing) || (missing.KnownSurname && missing.Neighbours != Neighbours.Rendered) || IsTransliteratedElsewhere(context, sourceSide, targetSide, missing, index))
        || IsLeftOutOrReferredTo(context, index, sourceSide, targetSide, missing, sourceWords, targetWords)
        || IsDescribedInstead(sourceSide, targetSide, missing, sourceWords, targetWords)
        || IsInTranslatedTitle(sourceSide, targetSide, missing, sourceWords, targetWords);

    /// <summary>
    /// The words of a side, less its sentences written in the other side's script: a passage a translation left in
    /// the original's language (Debian's Russian FAQ keeps hundreds of English sentences) tells nothing of which words
    /// the translation writes with a capital, nor of which names it writes by their sound.
    /// </summary>
    private static ArraySegment<WordFact> WordsInOwnScript(SideAnalysis side, Script otherScript)
    {
        var sentences = side.Document.SentenceCount;
        var all = side.WordsOf(0, sentences);
        if (otherScript == side.Script || otherScript == Script.Other)
            return all;
        List<WordFact>? kept = null;
        for (var s = 0; s < sentences; s++)
        {
            if (side[s].IsWrittenIn(otherScript))
            {
                kept ??= [.. side.WordsOf(0, s)];
                continue;
            }
            kept?.AddRange(side[s].Words);
        }
        return kept is null ? all : new ArraySegment<WordFact>([.. kept]);
    }

    private Finding Report(CheckContext context, int index, Bead bead, List<MissingName> sourceMissing, List<MissingName> targetMissing,
        bool namesPutAreTheSources)
    {
        string message;
        if (sourceMissing.Count > 0 && targetMissing.Count > 0)
            message = $"{context.SourceName} has {Describe(context.Source, sourceMissing)}, {context.TargetName} has {Describe(context.Target, targetMissing)} instead";
        else if (sourceMissing.Count > 0)
            message = $"{context.SourceName} names {Describe(context.Source, sourceMissing)}, {context.TargetName} has no such name";
        else
            message = $"{context.TargetName} names {Describe(context.Target, targetMissing)}, which {context.SourceName} never mentions";
        IReadOnlyList<TextSpan> sourceSpans = sourceMissing.Count > 0 ? [.. sourceMissing.Select(m => m.Word.Span)] : context.SourceSpans(bead);
        IReadOnlyList<TextSpan> targetSpans = targetMissing.Count > 0 ? [.. targetMissing.Select(m => m.Word.Span)] : context.TargetSpans(bead);
        return new Finding(Kind, Severity(sourceMissing, targetMissing), index, sourceSpans, targetSpans, message)
        {
            TargetLacks = targetMissing.Count == 0 || namesPutAreTheSources,
            SourceLacks = sourceMissing.Count == 0,
        };
    }

    /// <summary>
    /// A warning when the evidence is strong: one name put for another, a name the translator writes elsewhere in
    /// the document but not here, or a surname dropped after the first name that is kept ("Gjorge Ivanov" →
    /// "Георге"), which is no way translators shorten. A name the other side never writes at all may be translated
    /// in a way no rule sees ("Ibrox", "Рейнджерс"), or left out for a pronoun, so it is only worth a look.
    /// </summary>
    private static FindingSeverity Severity(List<MissingName> sourceMissing, List<MissingName> targetMissing)
    {
        if (sourceMissing.Count > 0 && targetMissing.Count > 0)
            return FindingSeverity.Warning;
        foreach (var missing in sourceMissing)
        {
            if (missing.Elsewhere || missing.AfterKeptFirstName)
                return FindingSeverity.Warning;
        }
        return FindingSeverity.Info;
    }

    /// <summary>
    /// An acronym of <see cref="Organisations"/> on each side of a bead that the other side does not render: one
    /// organisation put for another ("NATO said", "ООН заявила"). One left out alone is not reported: an acronym is
    /// spelt out, dropped or put as "the alliance" as often as it is kept.
    /// </summary>
    private static (WordFact Source, WordFact Target)? AcronymPutForAnother(NameSide sourceSide, ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        var (english, russian) = sourceSide.IsEnglish ? (sourceWords, targetWords) : (targetWords, sourceWords);
        WordFact? lostEnglish = null, lostRussian = null;
        foreach (var word in english)
        {
            if (Organisations.IsEnglishAcronym(word) && !Exists(russian, r => Organisations.Renders(word, r)))
            {
                lostEnglish = word;
                break;
            }
        }
        if (lostEnglish is null)
            return null;
        foreach (var word in russian)
        {
            if (Organisations.IsRussianAcronym(word) && !Exists(english, e => Organisations.IsRenderedBy(word, e)))
            {
                lostRussian = word;
                break;
            }
        }
        if (lostRussian is not { } other)
            return null;
        return sourceSide.IsEnglish ? (lostEnglish.Value, other) : (other, lostEnglish.Value);
    }

    private static string TextOf(SideAnalysis side, WordFact word) => side.Document.Text.Substring(word.Span.Start, word.Span.Length);

    /// <summary>
    /// Whether the source has an acronym the target neither keeps nor writes as the other language's acronym or name
    /// for it ("ЕС" as "EU", "UK" as "Великобритании"). A word the lexicon knows written in capitals is shouting
    /// ("THANK YOU FOR STANDING UP"), not an acronym: the lexicon has none.
    /// </summary>
    private static bool SpeltOutAcronym(NameSide sourceSide, ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords) =>
        Exists(sourceWords, w => w is { AllCaps: true, LeadingCapitals: >= 2, Listed: false, Role: WordRole.Content }
            && sourceSide.RenderingIn(w, targetWords) != Rendering.Transliterated);

    // A side of a bead with more words that may be names than any sentence of prose holds is data written out as
    // text (a flattened table, a list, encoded bytes): each of them would be compared with each word of the other
    // side, and a finding about them would say nothing. It is reported once, as not checked.
    private const int MaxCapitalisedPerBead = 100;

    private static int CountCapitalised(ArraySegment<WordFact> words)
    {
        var count = 0;
        foreach (ref readonly var word in words.AsSpan())
        {
            if (IsCapitalised(word))
                count++;
        }
        return count;
    }

    /// <summary>The names, one after the other, written as one where they stand together ("Desert Island Discs").</summary>
    private static string Describe(SideAnalysis side, List<MissingName> names)
    {
        var text = side.Document.Text;
        var described = new System.Text.StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            var together = i > 0 && names[i - 1].Word.Span.End <= names[i].Word.Span.Start
                && text.AsSpan(names[i - 1].Word.Span.End, names[i].Word.Span.Start - names[i - 1].Word.Span.End).IsWhiteSpace();
            if (together)
                described.Append(text, names[i - 1].Word.Span.End, names[i].Word.Span.Start - names[i - 1].Word.Span.End);
            else if (i > 0)
                described.Append(", ");
            described.Append(names[i].Text);
        }
        return described.ToString();
    }

    /// <summary>Whether any of <paramref name="words"/> is one <paramref name="match"/> accepts.</summary>
    private static bool Exists(ArraySegment<WordFact> words, Predicate<WordFact> match)
    {
        foreach (ref readonly var word in words.AsSpan())
        {
            if (match(word))
                return true;
        }
        return false;
    }
}

/// <summary>How one bead renders a name of the other side.</summary>
internal enum Rendering
{
    /// <summary>Not at all.</summary>
    None,

    /// <summary>By a translation the lexicon gives, and not by its sound.</summary>
    Translated,

    /// <summary>By its sound, or as written.</summary>
    Transliterated,
}

/// <summary>A name with no counterpart in its bead.</summary>
/// <param name="Word">The name.</param>
/// <param name="Text">How it is written.</param>
/// <param name="Elsewhere">Whether the other side writes it somewhere else in the document.</param>
/// <param name="AfterKeptFirstName">Whether it follows a capitalised name part that the other side keeps.</param>
/// <param name="KnownSurname">
/// Whether it is a word the lexicon knows standing right after a foreign first name the other side keeps: a surname.
/// </param>
/// <param name="Place">Whether it names a place of <see cref="PlaceNames"/>.</param>
/// <param name="InModifier">Whether it begins a compound modifier ("Taliban-like").</param>
/// <param name="OnlyInHeadline">
/// Whether it stands in a title-case headline, where any word may have a capital, and the document's prose never
/// writes it with one.
/// </param>
/// <param name="Neighbours">The capitalised words beside it, and how the other side's bead writes them.</param>
internal readonly record struct MissingName(
    WordFact Word, string Text, bool Elsewhere, bool AfterKeptFirstName, bool KnownSurname, bool Place, bool InModifier, bool OnlyInHeadline, Neighbours Neighbours);

/// <summary>The capitalised words right beside a name, which with it make a longer name.</summary>
internal enum Neighbours
{
    /// <summary>None: the name stands alone.</summary>
    None,

    /// <summary>
    /// Each is written by its sound in the other side's bead ("Justin Thomas", "Джастина"), or left out there with the
    /// name and written by its sound wherever else the translation has it (the longer name lost whole).
    /// </summary>
    Transliterated,

    /// <summary>
    /// One at least is translated, or left out where the translation does not always write it by its sound: the longer
    /// name may be rendered as a whole ("Christmas Day", "Рождество").
    /// </summary>
    Rendered,
}
