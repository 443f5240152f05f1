using System.Globalization;
using System.Runtime.InteropServices;
using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Scoring;
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
public sealed class NameCheck : ICheck
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
            var targetMissing = SpeltOutAcronym(sourceWords, targetWords)
                ? []
                : Missing(targetSide, sourceSide, bead.Target, bead.TargetCount, sourceWords, wholeDocument: true);
            targetMissing.RemoveAll(m => IsGlossedWithSourceWords(targetWords, m.Word, sourceWords));
            // A name the target adds on its own is most often the translator spelling out what the source says
            // otherwise ("tweeted" → "в Твиттере", "the Ibrox club" → "Рейнджерс") or a spelling no rule reaches;
            // it is evidence beside a source name gone missing (one name put for another), or alone where the
            // source never mentions it at all (IsAddedNameWorthReporting).
            // A name the target puts in place of one the lexicon knows ("Twitter" → "Томасу", "Ford" → "Батон")
            // leaves no transliteration to show the source word was a name: beside such a name, a capitalised source
            // word that the bead neither transliterates nor translates counts. Without a lexicon between the
            // languages, no word can be shown untranslated: "Sweden" and "Svíþjóð" are one country.
            // Names put in that the source names elsewhere add nothing the source lacks: the target still lacks
            // what it lost (CorroboratedOmission reads that).
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
                sourceMissing.RemoveAll(m => !(IsWorthReporting(m) || (m.KnownSurname && m.Neighbours != Neighbours.Rendered) || IsTransliteratedElsewhere(context, sourceSide, m, k))
                    || IsLeftOutOrReferredTo(context, k, sourceSide, targetSide, m, sourceWords, targetWords)
                    || IsDescribedInstead(sourceSide, targetSide, m, sourceWords, targetWords)
                    || IsInTranslatedTitle(sourceSide, targetSide, m, sourceWords, targetWords));
            if (sourceMissing.Count > 0 && targetMissing.Count == 0 && NameOpeningInstead(sourceSide, targetSide, sourceMissing, sourceWords, targetWords) is { } instead)
                targetMissing.Add(instead);
            if (sourceMissing.Count > 0 || targetMissing.Count > 0)
                findings.Add(Report(context, k, bead, sourceMissing, targetMissing, namesPutAreTheSources));
            else if (exonyms && AcronymPutForAnother(sourceSide, sourceWords, targetWords) is { } swap)
                findings.Add(new Finding(Kind, FindingSeverity.Warning, k, [swap.Source.Span], [swap.Target.Span],
                    $"{context.SourceName} has {TextOf(context.Source, swap.Source)}, {context.TargetName} has {TextOf(context.Target, swap.Target)} instead"));
        }
        return findings;
    }

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

    /// <summary>
    /// The names a bead's target has in place of the source names it lacks, when they are names its source document
    /// has elsewhere: a translator who confuses two people or places of one story ("Крис Джереми" for "Chris Leslie",
    /// where the story also names Jeremy Corbyn; "в Атланте" for "on Twitter"). An added name the source document
    /// never mentions is reported on its own; one it does mention was left alone, since a translator spells out "he"
    /// with the name it stands for, but beside a name the bead has lost it is most likely the name put for it. On
    /// the defect bench this finds 1 more of the 199 names swapped for another document's, and 160 rather than 152 of
    /// the 169 swapped for another of the same document (name-swap-same), with NTREX's untouched pairs as quiet as before.
    /// A lost name the bead refers to otherwise (<see cref="IsReferredToOtherwise"/>) or usually leaves out was not
    /// replaced, and one whose supposed replacement starts with the same sounds is that name clipped ("Kantch" for
    /// "Kangchendzönga"), not another.
    /// </summary>
    private static (List<MissingName> Source, List<MissingName> Target)? NamesPutInstead(CheckContext context, int index, NameSide sourceSide,
        NameSide targetSide, List<MissingName> sourceMissing, ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        var bead = context.Beads[index];
        var putInstead = Missing(targetSide, sourceSide, bead.Target, bead.TargetCount, sourceWords, wholeDocument: false).FindAll(IsWorthReporting);
        if (putInstead.Count == 0)
            return null;
        var replaced = sourceMissing.FindAll(m => !putInstead.Exists(p => StartsWithSameThreeSounds(m.Word, p.Word))
            && !IsLeftOutOrReferredTo(context, index, sourceSide, targetSide, m, sourceWords, targetWords));
        return replaced.Count > 0 ? (replaced, putInstead) : null;
    }

    /// <summary>
    /// Whether the translation usually leaves a lost name out (<see cref="IsUsuallyLeftOut"/>) or, where it writes the
    /// name elsewhere, refers to it here by a word of its own (<see cref="IsReferredToOtherwise"/>).
    /// </summary>
    private static bool IsLeftOutOrReferredTo(CheckContext context, int index, NameSide sourceSide, NameSide targetSide, MissingName missing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords) =>
        IsUsuallyLeftOut(context, sourceSide, missing, index)
        || (missing.Elsewhere && IsReferredToOtherwise(context, index, sourceSide, targetSide, missing, sourceWords, targetWords));

    /// <summary>
    /// The word that opens the target where the source opened with a name now missing ("Ford told…", "Кавано
    /// сказала…"), when it is a capitalised word the lexicon does not know and the source document has no
    /// counterpart of anywhere: one name put for another. Such a word counts as a name of its own only where the
    /// document also writes it in mid-sentence, and a name put in at a sentence's start often is not.
    /// </summary>
    private static MissingName? NameOpeningInstead(NameSide sourceSide, NameSide targetSide, List<MissingName> sourceMissing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (targetWords.Count == 0 || targetSide.CapitalisesNouns || !sourceMissing.Exists(m => m.Word.Initial))
            return null;
        var first = targetWords[0];
        if (!first.Initial || first.Listed || !IsCapitalised(first with { Initial = false })
                || targetSide.HasCounterpart(first, sourceWords) || targetSide.HasCounterpartIn(first, sourceSide)
                || sourceMissing.Exists(m => m.Word.Initial && StartsWithSameSound(m.Word, first)))
            return null;
        var text = targetSide.Analysis.Document.Text.Substring(first.Span.Start, first.Span.Length);
        return new MissingName(first, text, Elsewhere: false, AfterKeptFirstName: false, KnownSurname: false, Place: targetSide.IsPlace(first),
            InModifier: false, OnlyInHeadline: false, Neighbours.None);
    }

    /// <summary>
    /// The other way round from <see cref="NameOpeningInstead"/>: the target opens with a name the bead's source
    /// lacks, and the source opens with a capitalised word the lexicon does not know that the target document never
    /// has ("Дэвис также добавил…" for "Giles added…", where the Russian is the original). The source's word counts
    /// as no name of its own, since it does not recur in mid-sentence.
    /// </summary>
    private static (MissingName Source, MissingName Target)? OpeningNameReplaced(NameSide sourceSide, NameSide targetSide,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (targetWords.Count == 0)
            return null;
        var opening = targetWords[0];
        if (!opening.Initial || !IsName(targetSide, opening, sourceSide) || targetSide.HasCounterpart(opening, sourceWords))
            return null;
        var text = targetSide.Analysis.Document.Text.Substring(opening.Span.Start, opening.Span.Length);
        var openingName = new MissingName(opening, text, Elsewhere: targetSide.HasCounterpartIn(opening, sourceSide), AfterKeptFirstName: false,
            KnownSurname: false, Place: targetSide.IsPlace(opening), InModifier: false, OnlyInHeadline: false, Neighbours.None);
        return NameOpeningInstead(targetSide, sourceSide, [openingName], targetWords, sourceWords) is { } replaced ? (replaced, openingName) : null;
    }

    /// <summary>
    /// Two words that open their sentences with one sound may be one name spelt in a way no sound rule reaches
    /// ("Michael", "Майкл"; "Christion", "Кристиан"); a name put for another rarely starts alike.
    /// </summary>
    private static bool StartsWithSameSound(WordFact a, WordFact b) => a.Sound.Length > 0 && b.Sound.Length > 0 && a.Sound[0] == b.Sound[0];

    /// <summary>Whether two words share their first three sounds: a name and its clipped form.</summary>
    private static bool StartsWithSameThreeSounds(WordFact a, WordFact b) =>
        a.Sound.Length >= 3 && b.Sound.Length >= 3 && a.Sound.AsSpan(0, 3).SequenceEqual(b.Sound.AsSpan(0, 3));

    /// <summary>
    /// Whether a name the target adds is followed, itself or the capitalised words after it, by a gloss
    /// (<see cref="WordRole.Gloss"/>) that holds a word of the source: the translator's rendering given with the
    /// original ("по Гринвичу (UTC)", "модель Открытых Исходников (Open Source)").
    /// </summary>
    private static bool IsGlossedWithSourceWords(ArraySegment<WordFact> words, WordFact added, ArraySegment<WordFact> sourceWords)
    {
        const int MaxWordsBetween = 3;
        var at = 0;
        while (at < words.Count && words[at].Span != added.Span)
            at++;
        var gloss = at + 1;
        while (gloss < words.Count && gloss - at <= MaxWordsBetween && words[gloss] is { Capitalised: true, Role: not WordRole.Gloss })
            gloss++;
        for (; gloss < words.Count && words[gloss].Role == WordRole.Gloss; gloss++)
        {
            foreach (var word in sourceWords)
            {
                if (word.Lower == words[gloss].Lower)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a name the target adds, one its source document never mentions, is worth a look: a translation
    /// that names a person or a place the original does not has said more than the original, and a translator who
    /// spells out "he" writes a name the original has elsewhere. Only between English and Russian, whose lexicon,
    /// exonyms and acronyms reach the names a translator renders in words of their own ("UK" is "Великобритания",
    /// "online" is "в Интернете"); with a thinner lexicon, a translated title ("Alþjóðlega nefndin") or a word of
    /// a third language reads as a name. A Russian adjective made from a name ("Кубок Шотландской лиги" for
    /// "Betfred Cup") renders a description, not a name. Only a name of its own is worth a look
    /// (<see cref="IsWorthReporting"/>).
    /// </summary>
    private static bool IsAddedNameWorthReporting(NameSide side, MissingName added) =>
        IsWorthReporting(added) && (side.IsEnglish || !IsRussianAdjective(added.Word.Lower));

    /// <summary>
    /// Whether a Russian word ends as an adjective made with "-ск-" or "-цк-" does, in a full ending of two or three
    /// letters ("канадский", "шотландской"): a noun whose stem ends so ("поиска", "розыска", "Омска") takes one.
    /// </summary>
    private static bool IsRussianAdjective(string lower)
    {
        var suffix = Math.Max(lower.LastIndexOf("ск", StringComparison.Ordinal), lower.LastIndexOf("цк", StringComparison.Ordinal));
        return suffix >= 3 && lower.Length - suffix - 2 is >= 2 and <= 3 && lower[suffix + 2] is 'и' or 'о' or 'а' or 'у' or 'е';
    }

    /// <summary>
    /// Whether a source name missing from its bead, with no name put in its place, is worth reporting: a foreign
    /// name, one the lexicon does not know. A name is how a reader checks who did what where, and a foreign one has
    /// no translation to hide behind: the bead either transliterates it or has lost it. A capitalised word the
    /// lexicon knows ("Trust", "World", "Committee") is most often translated in a way the lexicon does not list, as
    /// is a word only a headline capitalises ("Red Tide Update", "Ahead of Midterms"), and
    /// so is a known word with a prefix ("Pretrial", "Reborn"): a common word in a title. A word that splits into
    /// two known words is no such evidence: "Johnson", "Middleton" and "Paddington" do. A place of
    /// <see cref="PlaceNames"/> is a name the lexicon knows that has one rendering only, its own name.
    /// </summary>
    private static bool IsWorthReporting(MissingName missing) =>
        (!missing.Word.Listed || missing.Place) && !IsPrefixed(missing.Word) && !missing.InModifier && !missing.OnlyInHeadline;

    /// <summary>
    /// Whether a name the lexicon also knows as a word ("Flake", "Moscow", "Chequers") is one in this document for
    /// certain: the translation never renders it by the lexicon's translation alone, and writes it by its sound in
    /// more than two thirds of the other beads whose source has it. Nor is it part of a longer name the bead may
    /// render as a whole ("Christmas Day", "Рождество"). The evidence is the same English word: a name written by its
    /// sound elsewhere may be another word ("Syria", "Сирии", is no evidence for "Syrians", which Russian writes in
    /// lower case; "Britain" none for "British"), and an adjective or a demonym is no such name at all. A word the
    /// translation sometimes translates or leaves out ("Trust" as "фонд", "Global Citizen" as "граждан мира") is a
    /// common word in a title, which it may well have rendered here in a way the lexicon does not list.
    /// </summary>
    private static bool IsTransliteratedElsewhere(CheckContext context, NameSide sourceSide, MissingName missing, int index)
    {
        if (!missing.Word.Listed || !missing.Elsewhere || missing.InModifier || missing.OnlyInHeadline || missing.Neighbours == Neighbours.Rendered
                || NameMatcher.IsDemonym(missing.Word.Sound))
            return false;
        // The bead itself is one that leaves the name out: it has no counterpart there.
        var (transliterated, leftOut, translated) = sourceSide.Renderings(missing.Word);
        return !translated && transliterated > 2 * (leftOut - 1);
    }

    private static bool IsPrefixed(WordFact word) => word.Parts is (< 0, >= 0);

    /// <summary>
    /// Whether the bead's translation refers to a name it leaves out by a word of its own: the title it writes beside
    /// the name elsewhere in the document ("Mr. Joko" as "Президента" where the translation has "президента Джоко";
    /// "Wade said" as "добавил тренер" after "Тренер команды Уилл Уэйд"), or a personal pronoun its source lacks,
    /// with the name written in one of the sentences just before ("Flake made his decision" as "Он принял решение"
    /// after "Флейк утверждает…"). Translators do both to avoid repeating a name; a name deleted leaves nothing in its
    /// place. A title the source itself has in the bead ("President Joko" → "президент") stands beside the name, not
    /// for it, and is no such evidence; nor is anything beside a surname dropped after its kept first name ("Президент
    /// Лопес" for "Lopez Obrador", "Точный удар Долли… они" for "Dolly Menga's strike"), which is no way of referring
    /// to a person.
    /// </summary>
    private static bool IsReferredToOtherwise(CheckContext context, int index, NameSide sourceSide, NameSide targetSide, MissingName missing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        var bead = context.Beads[index];
        var at = IndexOf(sourceWords, missing.Word);
        if (at > 0 && sourceWords[at - 1].Capitalised && JustBefore(sourceSide, sourceWords[at - 1], missing.Word)
                && sourceSide.HasCounterpart(sourceWords[at - 1], targetWords))
            return false;
        return HasPronounInstead(sourceSide, targetSide, missing, bead, sourceWords, targetWords)
            || HasTitleInstead(context, index, sourceSide, targetSide, missing, sourceWords, targetWords, at);
    }

    private static readonly HashSet<string> s_titleJoiners = new(StringComparer.Ordinal) { "of", "and", "for", "the", "&" };

    /// <summary>
    /// Whether a name is one word of a capitalised title whose other words are all common words the bead translates,
    /// with a capitalised word of the translation's own beside one of them ("Hall of Famer" as "Зал Славы"): the title
    /// is rendered as a whole, the name by a word the lexicon does not list. A title with a word written by its sound
    /// ("Johns Hopkins University", "Университет Джонса") names someone, and a translated word with nothing beside it
    /// ("Ryder Cup" as "Кубок") has lost the name the title holds.
    /// </summary>
    private static bool IsInTranslatedTitle(NameSide sourceSide, NameSide targetSide, MissingName missing, ArraySegment<WordFact> sourceWords,
        ArraySegment<WordFact> targetWords)
    {
        var at = IndexOf(sourceWords, missing.Word);
        // Where every noun has a capital, one beside the title's word proves nothing.
        if (at < 0 || targetSide.CapitalisesNouns)
            return false;
        var first = at;
        while (NextTitleWord(sourceSide, sourceWords, first, step: -1) is var before && before >= 0)
            first = before;
        var last = at;
        while (NextTitleWord(sourceSide, sourceWords, last, step: 1) is var after && after >= 0)
            last = after;
        var translated = false;
        var filledThere = false;
        for (var i = first; i <= last; i++)
        {
            var word = sourceWords[i];
            if (i == at || !word.Capitalised || word.Role != WordRole.Content)
                continue;
            if (sourceSide.RenderingIn(word, targetWords) != Rendering.Translated)
                return false;
            translated = true;
            for (var t = 0; t < targetWords.Count && !filledThere; t++)
            {
                if (targetWords[t].CapitalisedInProse && DocumentCounterparts.Translates(sourceSide.Analysis.Lexicon, word.LexiconId, targetWords[t].LexiconId))
                    filledThere = HasWordOfItsOwnBeside(sourceSide, targetSide, targetWords, t, sourceWords);
            }
        }
        return translated && filledThere;
    }

    /// <summary>
    /// Whether a capitalised common word, one the lexicon knows, stands right beside word <paramref name="t"/> of the
    /// other side and renders no word of <paramref name="sourceWords"/>: the word a translator put in a title for one
    /// the lexicon does not list. A name of the source document there ("Кубок Спит" for "Ryder Cup", with Spieth
    /// named elsewhere) is another name put in.
    /// </summary>
    private static bool HasWordOfItsOwnBeside(NameSide sourceSide, NameSide targetSide, ArraySegment<WordFact> targetWords, int t,
        ArraySegment<WordFact> sourceWords)
    {
        foreach (var n in (ReadOnlySpan<int>)[t - 1, t + 1])
        {
            if (n < 0 || n >= targetWords.Count || !targetWords[n].CapitalisedInProse || targetWords[n].Role != WordRole.Content || !targetWords[n].Listed
                    || targetSide.HasCounterpartIn(targetWords[n], sourceSide))
                continue;
            if (!RendersASourceName(sourceSide, sourceWords, targetWords.Slice(n, 1)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The capitalised word next to word <paramref name="i"/> in the direction of <paramref name="step"/> in one title:
    /// beside it, or past one joining word ("Hall of Fame"); -1 if none.
    /// </summary>
    private static int NextTitleWord(NameSide side, ArraySegment<WordFact> words, int i, int step)
    {
        var next = i + step;
        if (next < 0 || next >= words.Count)
            return -1;
        var (left, right) = step > 0 ? (words[i], words[next]) : (words[next], words[i]);
        if (words[next].Capitalised)
            return AdjoinsInTitle(side, left, right) ? next : -1;
        var beyond = next + step;
        if (beyond < 0 || beyond >= words.Count || !words[beyond].Capitalised || !s_titleJoiners.Contains(words[next].Lower))
            return -1;
        var (outerLeft, outerRight) = step > 0 ? (words[i], words[beyond]) : (words[beyond], words[i]);
        return AdjoinsInTitle(side, outerLeft, words[next]) && AdjoinsInTitle(side, words[next], outerRight) ? beyond : -1;
    }

    /// <summary>Whether only a space stands between two words, with a possessive's apostrophe or quote mark before it.</summary>
    private static bool AdjoinsInTitle(NameSide side, WordFact previous, WordFact word)
    {
        var gap = side.Analysis.Document.Text.AsSpan(previous.Span.End, word.Span.Start - previous.Span.End);
        return gap.Length is >= 1 and <= 2 && gap[^1] == ' ' && (gap.Length == 1 || gap[0] is '\'' or '’' or '"');
    }

    private const int MaxWordsFromNounToDescription = 2;

    /// <summary>
    /// Whether a name that qualifies a noun in the source ("one Manitoba farmer", "the Ibrox club", "the Betfred Cup")
    /// is rendered by a broader adjective of place beside the noun's translation ("канадский фермер", "шотландского
    /// клуба", "Кубок шотландской лиги"), one no word of the bead's source accounts for: translators describe what a
    /// reader abroad would not know. A name dropped leaves its noun with nothing the source lacks beside it.
    /// </summary>
    private static bool IsDescribedInstead(NameSide sourceSide, NameSide targetSide, MissingName missing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (!sourceSide.IsEnglish || targetSide.Analysis.Language != "ru" || IsPossessive(missing.Word))
            return false;
        var at = IndexOf(sourceWords, missing.Word);
        if (at < 0 || at + 1 >= sourceWords.Count)
            return false;
        var noun = sourceWords[at + 1];
        if (noun.Role != WordRole.Content || noun.LexiconId < 0 || !JustBefore(sourceSide, missing.Word, noun)
                || (noun.Capitalised && !s_nameHeads.Contains(noun.Lower)))
            return false;
        var lexicon = sourceSide.Analysis.Lexicon;
        for (var t = 0; t < targetWords.Count; t++)
        {
            if (!DocumentCounterparts.Translates(lexicon, noun.LexiconId, targetWords[t].LexiconId))
                continue;
            var last = Math.Min(targetWords.Count - 1, t + MaxWordsFromNounToDescription);
            for (var a = Math.Max(0, t - MaxWordsFromNounToDescription); a <= last; a++)
            {
                if (a != t && IsUnaccountedAdjectiveOfPlace(sourceSide, targetWords, a, sourceWords))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether target word <paramref name="a"/> is a Russian adjective made with "-ск-", as those of places are
    /// ("канадский", "шотландской"), that no word of the bead's source translates or names.
    /// </summary>
    private static bool IsUnaccountedAdjectiveOfPlace(NameSide sourceSide, ArraySegment<WordFact> targetWords, int a, ArraySegment<WordFact> sourceWords)
    {
        var adjective = targetWords[a];
        if (adjective.Capitalised || !IsRussianAdjective(adjective.Lower))
            return false;
        var lexicon = sourceSide.Analysis.Lexicon;
        return !Exists(sourceWords, word => DocumentCounterparts.Translates(lexicon, word.LexiconId, adjective.LexiconId))
            && !RendersASourceName(sourceSide, sourceWords, targetWords.Slice(a, 1));
    }

    /// <summary>Whether a word of the other side (<paramref name="alone"/>, a stretch of one) renders a capitalised word of <paramref name="sourceWords"/>.</summary>
    private static bool RendersASourceName(NameSide sourceSide, ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> alone) =>
        Exists(sourceWords, word => word.Capitalised && sourceSide.HasCounterpart(word, alone));

    private static int IndexOf(ArraySegment<WordFact> words, WordFact word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Span.Start == word.Span.Start)
                return i;
        }
        return -1;
    }

    private const int MaxSentencesBackToPronounsName = 2;

    // Personal pronouns in the subject's case, which a translator puts for a name the sentence before gave. English
    // "it" counts against Russian "он" and "она", which also stand for things. Into English, the other cases count
    // too: English writes "his bond" where Russian names the man ("залог для Симпсона") or leaves the possessive
    // out, so an English "his" with no pronoun in the Russian stands for a name; into Russian, which often drops
    // the possessive, they would prove little.
    private static readonly Dictionary<string, (HashSet<string> Subject, HashSet<string> Any)> s_personalPronouns = new(StringComparer.Ordinal)
    {
        ["en"] = (new(StringComparer.Ordinal) { "he", "she", "it", "they" },
            new(StringComparer.Ordinal) { "he", "she", "it", "they", "him", "his", "her", "hers", "its", "them", "their", "theirs", "himself", "herself", "themselves" }),
        ["ru"] = (new(StringComparer.Ordinal) { "он", "она", "оно", "они" },
            new(StringComparer.Ordinal) { "он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им", "ими", "него", "нее", "неё", "них", "нему", "ней", "ним", "ними", "нём", "нем", "ею", "нею" }),
    };

    private static bool HasPronounInstead(NameSide sourceSide, NameSide targetSide, MissingName missing, Bead bead,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (!s_personalPronouns.TryGetValue(sourceSide.Analysis.Language, out var sourcePronouns)
                || !s_personalPronouns.TryGetValue(targetSide.Analysis.Language, out var targetPronouns))
            return false;
        var anyCase = targetSide.IsEnglish;
        if (CountOf(targetWords, anyCase ? targetPronouns.Any : targetPronouns.Subject) <= CountOf(sourceWords, anyCase ? sourcePronouns.Any : sourcePronouns.Subject))
            return false;
        for (var s = bead.Target - 1; s >= Math.Max(0, bead.Target - MaxSentencesBackToPronounsName); s--)
        {
            if (sourceSide.HasCounterpart(missing.Word, targetSide.Analysis[s].Words))
                return true;
        }
        return false;
    }

    /// <summary>How many of the words are one of <paramref name="lowers"/>, a contraction too ("she's", "they're").</summary>
    private static int CountOf(ArraySegment<WordFact> words, HashSet<string> lowers)
    {
        var count = 0;
        foreach (var word in words)
        {
            var apostrophe = word.Lower.AsSpan().IndexOfAny('\'', '’');
            if (lowers.Contains(apostrophe > 0 ? word.Lower[..apostrophe] : word.Lower))
                count++;
        }
        return count;
    }

    private const int MaxTitleWordsBeforeName = 2;

    private static bool HasTitleInstead(CheckContext context, int index, NameSide sourceSide, NameSide targetSide, MissingName missing,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords, int nameAt)
    {
        var lexicon = targetSide.Analysis.Lexicon;
        if (!lexicon.IsPresent || HasRoleBefore(sourceWords, nameAt))
            return false;
        // Where the translation writes the name is where its source has it ("Mr. Joko's" with "Joko"): only those
        // beads are read, not the whole document once per name.
        var bare = WithoutPossessive(missing.Word.Lower);
        foreach (var form in (ReadOnlySpan<string>)[bare, bare + "'s", bare + "’s"])
        {
            foreach (var k in sourceSide.BeadsWith(form, context.Beads))
            {
                var bead = context.Beads[k];
                if (k == index || bead.IsUnpaired)
                    continue;
                for (var s = bead.Target; s < bead.TargetEnd; s++)
                {
                    if (HasTitleBesideName(sourceSide, missing, targetSide.Analysis[s].Words, lexicon, sourceWords, targetWords))
                        return true;
                }
            }
        }
        return false;
    }

    private static bool HasTitleBesideName(NameSide sourceSide, MissingName missing, ArraySegment<WordFact> words, LexiconSide lexicon,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        for (var i = sourceSide.CounterpartIndex(missing.Word, words); i >= 0; i = sourceSide.CounterpartIndex(missing.Word, words, i + 1))
        {
            // The title stands before the name, past the name's other parts ("тренер команды Уилл Уэйд"), or
            // right after it ("Джоко, президент Индонезии").
            var before = 0;
            for (var j = i - 1; j >= 0 && before < MaxTitleWordsBeforeName; j--)
            {
                if (words[j].CapitalisedInProse)
                    continue;
                before++;
                if (IsUntranslatedTitle(words[j], lexicon, sourceWords, targetWords))
                    return true;
            }
            if (i + 1 < words.Count && IsUntranslatedTitle(words[i + 1], lexicon, sourceWords, targetWords))
                return true;
        }
        return false;
    }

    // The beginnings of the nouns of office, rank and trade that stand for a person's name, in English and Russian
    // (a word that merely stands near a name elsewhere, "мячу «Ливингстон»", is no title: on the defect bench such
    // words hid some 40 dropped names).
    private static readonly string[] s_roleStems =
    [
        "president", "premier", "minister", "senator", "governor", "chancellor", "mayor", "director", "chairman", "chairwoman",
        "king", "queen", "prince", "judge", "ambassador", "leader", "captain", "speaker", "prosecutor",
        "professor", "doctor", "manager", "coach", "secretary", "spokesman", "spokeswoman", "commander", "officer",
        "президент", "премьер", "министр", "сенатор", "губернатор", "канцлер", "мэр", "директор", "председател", "генерал",
        "корол", "принц", "судь", "посол", "посла", "послу", "послом", "лидер", "капитан", "спикер", "прокурор", "профессор", "доктор",
        "менеджер", "тренер", "наставник", "секретар", "глава", "главы", "главе", "главой", "командующ",
        "командир", "офицер",
    ];

    /// <summary>
    /// Whether a title stands right before the name in the source ("Prime Minister Theresa May"): the translation's
    /// title then renders that one, whether or not the lexicon lists the pair ("Prime", "Премьер").
    /// </summary>
    private static bool HasRoleBefore(ArraySegment<WordFact> words, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - MaxTitleWordsBeforeName; j--)
        {
            if (IsRole(words[j].Lower))
                return true;
        }
        return false;
    }

    private static bool IsRole(string lower)
    {
        foreach (var stem in s_roleStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a common word the translation writes beside a name elsewhere is in the bead's translation, with no
    /// word of the bead's source it translates.
    /// </summary>
    private static bool IsUntranslatedTitle(WordFact title, LexiconSide lexicon, ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (title.Role != WordRole.Content || title.LexiconId < 0 || title.CapitalisedInProse || !IsRole(title.Lower))
            return false;
        if (!Exists(targetWords, word => word.LexiconId == title.LexiconId))
            return false;
        return !Exists(sourceWords, word => DocumentCounterparts.Translates(lexicon, title.LexiconId, word.LexiconId)
            || DocumentCounterparts.Translates(lexicon, title.LexiconId, word.FunctionWordId));
    }

    /// <summary>
    /// Whether the translation leaves a name out of most of the other beads whose source has it, two at least: then
    /// leaving it out is how this translator refers to it ("Rosa" as "шторм" and "он"), not a slip. A name dropped
    /// by mistake is written wherever else the source has it; on the bench no dropped name was left out of more than
    /// one other bead.
    /// </summary>
    private static bool IsUsuallyLeftOut(CheckContext context, NameSide sourceSide, MissingName missing, int index)
    {
        int leftOut = 0, written = 0;
        var beads = context.Beads;
        foreach (var k in sourceSide.BeadsWith(missing.Word.Lower, beads))
        {
            var bead = beads[k];
            if (k == index || bead.IsUnpaired)
                continue;
            if (sourceSide.HasCounterpart(missing.Word, context.Target.WordsOf(bead.Target, bead.TargetCount)))
                written++;
            else
                leftOut++;
        }
        return leftOut >= 2 && leftOut > written;
    }

    private Finding Report(CheckContext context, int index, Bead bead, List<MissingName> sourceMissing, List<MissingName> targetMissing,
        bool namesPutAreTheSources)
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
        return new Finding(Kind, Severity(sourceMissing, targetMissing), index, sourceSpans, targetSpans, message)
        {
            TargetLacks = targetMissing.Count == 0 || namesPutAreTheSources,
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
    /// Whether the source has an acronym the target does not keep. A word the lexicon knows written in capitals is
    /// shouting ("THANK YOU FOR STANDING UP"), not an acronym: the lexicon has none.
    /// </summary>
    private static bool SpeltOutAcronym(ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords) =>
        Exists(sourceWords, w => w is { AllCaps: true, LeadingCapitals: >= 2, Listed: false, Role: WordRole.Content }
            && !Exists(targetWords, t => t.Lower == w.Lower));

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

    private static string Describe(List<MissingName> names) => string.Join(", ", names.Select(n => n.Text));

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

    /// <summary>
    /// The names of one side of a bead that no word of the other side's bead can be, each marked with whether the
    /// other document writes it elsewhere. With <paramref name="wholeDocument"/>, a name with a counterpart anywhere in
    /// the other document is not missing.
    /// </summary>
    private static List<MissingName> Missing(NameSide side, NameSide other, int first, int count, ArraySegment<WordFact> otherWords, bool wholeDocument,
        bool anyCapital = false)
    {
        var missing = new List<MissingName>();
        for (var s = first; s < first + count; s++)
        {
            var facts = side.Analysis[s];
            // In a title-case headline a capital says nothing of a word the lexicon knows ("Eldest Son Arrested"),
            // but a word it does not know is a name there as anywhere ("Sarah Palin's").
            var titleCase = facts.IsTitleCase(side.Analysis.KnowsWords) && !side.CapitalisesNouns;
            var words = facts.Words;
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (titleCase && (word.Listed || word.Parts != (-1, -1)))
                    continue;
                var knownSurname = !wholeDocument && IsKnownWordAfterForeignName(side, words, w, otherWords);
                if (!(anyCapital && !side.CapitalisesNouns ? IsCapitalised(side, word) : IsName(side, word, other) || knownSurname) || HasOwnCounterpart(side, words, w, otherWords)
                        || IsCompoundWrittenAsOneWord(side, words, w, otherWords) || WritesAsOneWordACompoundOf(other, word, otherWords)
                        || HasMisspeltCounterpart(other, words, w, otherWords) || IsSpeltOutBesideKeptAcronym(side, words, w, otherWords))
                    continue;
                var elsewhere = side.HasCounterpartIn(word, other);
                if (wholeDocument && elsewhere)
                    continue;
                // A first name whose surname is matched: translators drop it ("Donald Trump" → "Трамп"); a surname
                // dropped after its first name is not how they shorten. The next word must be a name standing right
                // after it: "John Street" is no first name and surname, nor is the possessive in "Paltrow's Goop", nor a
                // name before an acronym ("Jeane Freeman MSP", "Джин, MSP").
                if (w + 1 < words.Count && !IsPossessive(word) && JustBefore(side, word, words[w + 1])
                        && !IsAcronymLike(words[w + 1]) && (words[w + 1] is { Listed: false, Role: WordRole.Content } || IsName(side, words[w + 1], other))
                        && IsMatchedNamePart(side, words[w + 1], otherWords) && !IsSecondPartOfCompound(side, other, words[w + 1], otherWords))
                    continue;
                var afterMatchedName = !wholeDocument && w > 0 && JustBefore(side, words[w - 1], word)
                    && IsMatchedNamePart(side, words[w - 1], otherWords);
                // A Chinese or Korean given name after its matched surname, joined to a lower-case syllable ("Kim
                // Jong-un", "Ким Чен Ын"; "Moon Jae-in"), is transcribed in more ways than sound rules reach.
                if (afterMatchedName && w + 1 < words.Count && words[w + 1].JoinedToName)
                    continue;
                // The word before must itself be a name: in "Desert Southwest", "пустынный юго-запад", "Desert" is
                // translated, not kept.
                var afterKeptFirstName = afterMatchedName && (knownSurname || IsName(side, words[w - 1], other));
                var text = side.Analysis.Document.Text.Substring(word.Span.Start, word.Span.Length);
                if (!missing.Exists(m => m.Text == text))
                    missing.Add(new MissingName(word, text, elsewhere, afterKeptFirstName, knownSurname, side.IsPlace(word), IsModifier(side, words, w),
                        titleCase && !side.CapitalisedInProse.Contains(word.Lower), NeighboursOf(side, words, w, otherWords)));
            }
        }
        return missing;
    }

    /// <summary>
    /// What stands beside a name in a longer one ("Justin Thomas", "Christmas Day", "Baton Rouge"): nothing, only
    /// words the other side's bead writes by their sound, or a word it translates or leaves out.
    /// </summary>
    private static Neighbours NeighboursOf(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var neighbours = Neighbours.None;
        foreach (var n in (ReadOnlySpan<int>)[w - 1, w + 1])
        {
            // A function word capitalised at the start of the sentence ("But Flake said") is no part of a name.
            if (n < 0 || n >= words.Count || !words[n].Capitalised || words[n].Role != WordRole.Content
                    || !JustBefore(side, words[Math.Min(w, n)], words[Math.Max(w, n)]))
                continue;
            // A longer name the bead writes as one hyphenated word may hold this one too: "New York City", "Нью-Йорке".
            if (side.RenderingIn(words[n], otherWords) != Rendering.Transliterated
                    || Exists(otherWords, o => o.InCompound && NameMatcher.SoundsMatch(words[n].Sound, o.Sound)))
                return Neighbours.Rendered;
            neighbours = Neighbours.Transliterated;
        }
        return neighbours;
    }

    /// <summary>
    /// Whether the other side's bead has a counterpart of name <paramref name="w"/> of a sentence that is not another
    /// name's of the same sentence. Two names of one sentence that sound alike ("Tommy Fleetwood" and "Thomas"; "Kyle"
    /// and "Climo") may both match one word of the translation, which renders only one of them: the one that sounds
    /// closer to it, when that one has no other counterpart. On the defect bench that finds 4 more of the 527 names
    /// dropped or swapped ("Thomas" beside "Tommy", "Climo" beside "Kyle", each dropped and swapped at a sentence's
    /// start), with NTREX's untouched pairs as quiet as before in either direction.
    /// </summary>
    private static bool HasOwnCounterpart(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        for (var i = side.CounterpartIndex(words[w], otherWords); i >= 0; i = side.CounterpartIndex(words[w], otherWords, i + 1))
        {
            if (!IsCloserToAnotherName(side, words, w, otherWords, i))
                return true;
        }
        return false;
    }

    private static bool IsCloserToAnotherName(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords, int counterpart)
    {
        var word = words[w];
        var rendering = otherWords[counterpart];
        const float Unbounded = 100;
        var distance = NameMatcher.Distance(word.Sound, rendering.Sound, Unbounded);
        for (var x = 0; x < words.Count; x++)
        {
            var rival = words[x];
            // Not a rival: the same name in another form ("Македонии" and "Македония"; "Germany's German minister"),
            // the other part of a hyphenated name ("Нью-Йоркская"), or the other language's word quoted as it is beside
            // the rendering ("Парламента Уэльса (Welsh Parliament)").
            if (x == w || !rival.Capitalised || IsFormOfSameName(rival.Lower, word.Lower) || rival.Lower == rendering.Lower
                    || (x == w - 1 && Hyphenated(side, rival, word)) || (x == w + 1 && Hyphenated(side, word, rival))
                    || !NameMatcher.SoundsMatch(rival.Sound, rendering.Sound)
                    || NameMatcher.Distance(rival.Sound, rendering.Sound, Unbounded) >= distance)
                continue;
            if (!HasAnotherCounterpart(side, rival, otherWords, counterpart))
                return true;
        }
        return false;
    }

    /// <summary>Whether two spellings differ only in an ending of up to three letters, from a shared start of four or more.</summary>
    private static bool IsFormOfSameName(string a, string b)
    {
        var shared = a.AsSpan().CommonPrefixLength(b);
        return shared >= 4 && Math.Max(a.Length, b.Length) - shared <= 3;
    }

    private static bool HasAnotherCounterpart(NameSide side, WordFact word, ArraySegment<WordFact> otherWords, int except)
    {
        for (var i = side.CounterpartIndex(word, otherWords); i >= 0; i = side.CounterpartIndex(word, otherWords, i + 1))
        {
            if (i != except)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the other side's bead writes a name that starts like this one (<see cref="NameMatcher.StartsAlike"/>):
    /// a slip of the pen or a clipped compound, not another name. Only in the bead, and only a word that renders no
    /// other name of the sentence ("Sayfullo Saipov", "Сайфулло Максвелла") nor translates another of its words
    /// ("Pelosi … House", "Палате"): across a whole document, some name starts like almost any other.
    /// </summary>
    private static bool HasMisspeltCounterpart(NameSide otherSide, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var word = words[w];
        foreach (var other in otherWords)
        {
            if (!other.Capitalised)
                continue;
            if (NameMatcher.StartsAlike(word.Sound, other.Sound)
                    && !Exists(words, x => x.Capitalised && x.Span != word.Span && NameMatcher.SoundsMatch(x.Sound, other.Sound))
                    && !HasAnotherCounterpart(otherSide, other, words, except: w))
                return true;
            // The second word of a clipped compound: "Assembly" in "Генассамблее", which starts like "General".
            if (w > 0 && words[w - 1].Capitalised && NameMatcher.StartsAlike(words[w - 1].Sound, other.Sound) && EndsWith(other.Sound, word.Sound))
                return true;
        }
        return false;
    }

    /// <summary>Whether a word, past its first syllable, sounds like a name: "Генассамблее" and "Assembly".</summary>
    private static bool EndsWith(string compound, string name)
    {
        for (var cut = 2; cut <= 4 && compound.Length - cut >= 4; cut++)
        {
            if (NameMatcher.SoundsMatch(name, compound[cut..]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a name is part of a hyphenated name, or of a name of capitalised words, that the other side writes as
    /// one word: "Kai-Fu Lee", "Ли Кайфу"; "Red Hat", "RedHat".
    /// </summary>
    private static bool IsCompoundWrittenAsOneWord(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords) =>
        IsRunWrittenAsOneWord(side, words, w, otherWords, spaced: false) || IsRunWrittenAsOneWord(side, words, w, otherWords, spaced: true);

    private static bool IsRunWrittenAsOneWord(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords, bool spaced)
    {
        var first = w;
        while (first > 0 && Joined(side, words[first - 1], words[first], spaced))
            first--;
        var last = w;
        while (last + 1 < words.Count && Joined(side, words[last], words[last + 1], spaced))
            last++;
        if (first == last)
            return false;
        var sound = string.Concat(words[first..(last + 1)].Select(p => p.Sound));
        return Exists(otherWords, o => o.Capitalised && NameMatcher.SoundsMatch(sound, o.Sound));
    }

    private const int MaxWordsWrittenAsOne = 3;

    /// <summary>The converse of <see cref="IsCompoundWrittenAsOneWord"/>: "RedHat" for "Red Hat", "Кайфу" for "Kai-Fu".</summary>
    private static bool WritesAsOneWordACompoundOf(NameSide other, WordFact word, ArraySegment<WordFact> otherWords)
    {
        if (word.Sound.Length == 0)
            return false;
        for (var first = 0; first + 1 < otherWords.Count; first++)
        {
            if (!IsCapitalised(other, otherWords[first]))
                continue;
            foreach (var spaced in (ReadOnlySpan<bool>)[false, true])
            {
                var sound = otherWords[first].Sound;
                for (var last = first + 1; last < otherWords.Count && last - first < MaxWordsWrittenAsOne
                    && Joined(other, otherWords[last - 1], otherWords[last], spaced); last++)
                {
                    sound += otherWords[last].Sound;
                    if (NameMatcher.SoundsMatch(sound, word.Sound))
                        return true;
                }
            }
        }
        return false;
    }

    private static bool Joined(NameSide side, WordFact previous, WordFact word, bool spaced) =>
        spaced ? JustBefore(side, previous, word) && IsCapitalised(side, previous) && IsCapitalised(side, word) : Hyphenated(side, previous, word);

    /// <summary>
    /// Whether a name is the first part of a compound modifier, joined by a hyphen to a common word: "Taliban-like",
    /// "Kremlin-backed". A translator renders such an adjective by its meaning ("варварское") as often as by the name.
    /// </summary>
    private static bool IsModifier(NameSide side, ArraySegment<WordFact> words, int w) =>
        w + 1 < words.Count && words[w + 1] is { Capitalised: false } next && Hyphenated(side, words[w], next)
            && (next.Role != WordRole.Content || next.Listed);

    private static bool Hyphenated(NameSide side, WordFact previous, WordFact word) =>
        word.Span.Start == previous.Span.Start + previous.Span.Length + 1 && side.Analysis.Document.Text[word.Span.Start - 1] == '-';

    /// <summary>Whether two words stand side by side with one space between: "Gjorge Ivanov", not "Birkenhead, Merseyside".</summary>
    /// <summary>
    /// Whether a capitalised word is one of the words an acronym in brackets right after them spells out ("Filesystem
    /// Hierarchy Standard (FHS)"), and the other side's bead keeps the acronym: a translation may give a name by its
    /// acronym alone ("Исходный код следует FHS"). A word before those the acronym spells is no part of it ("Debian"
    /// in "Debian Bug Tracking System (BTS)").
    /// </summary>
    private static bool IsSpeltOutBesideKeptAcronym(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var last = w;
        while (last + 1 < words.Count && words[last + 1].Capitalised && !words[last + 1].AllCaps && JustBefore(side, words[last], words[last + 1]))
            last++;
        if (last + 1 >= words.Count || !words[last + 1].AllCaps)
            return false;
        var acronym = words[last + 1];
        var text = side.Analysis.Document.Text;
        var start = acronym.Span.Start;
        var end = acronym.Span.Start + acronym.Span.Length;
        var letters = acronym.Span.Length;
        var first = last - letters + 1;
        var runEnd = words[last].Span.Start + words[last].Span.Length;
        if (first < 0 || first > w || start - 1 <= runEnd || end >= text.Length || text[end] != ')' || text[start - 1] != '('
                || !WrappedLines.IsOneSpace(text.AsSpan(runEnd, start - 1 - runEnd)))
            return false;
        for (var k = 0; k < letters; k++)
        {
            var word = words[first + k];
            if (!word.Capitalised || (k > 0 && !JustBefore(side, words[first + k - 1], word))
                    || char.ToUpperInvariant(text[word.Span.Start]) != text[start + k])
                return false;
        }
        return Exists(otherWords, other => other.Lower == acronym.Lower);
    }

    /// <summary>Whether one space stands between two words, or a wrapped line's break (<see cref="WrappedLines.IsOneSpace"/>).</summary>
    private static bool JustBefore(NameSide side, WordFact previous, WordFact word)
    {
        var end = previous.Span.Start + previous.Span.Length;
        return word.Span.Start > end && WrappedLines.IsOneSpace(side.Analysis.Document.Text.AsSpan(end, word.Span.Start - end));
    }

    /// <summary>
    /// Whether the other side writes the counterpart of a name as the second part of a hyphenated compound, the way
    /// Russian writes a place of two words ("Baton Rouge", "Батон-Руж"; "Punta Eugenia", "Пунта-Эухения"): the
    /// word before it in the source is then the compound's first part, no first name a translator may drop.
    /// </summary>
    private static bool IsSecondPartOfCompound(NameSide side, NameSide other, WordFact word, ArraySegment<WordFact> otherWords)
    {
        var index = side.CounterpartIndex(word, otherWords);
        if (index < 0)
            return false;
        var start = otherWords[index].Span.Start;
        return start > 0 && other.Analysis.Document.Text[start - 1] == '-';
    }

    // Common words that end the name of a place, an organisation or a publication ("Tennessee State", "Tampa Bay",
    // "Instagram Live", "Washington Examiner"): after a foreign word they are no surname, and a translator may well
    // leave them out or render them in a way the lexicon does not list.
    private static readonly HashSet<string> s_nameHeads = new(StringComparer.Ordinal)
    {
        "city", "state", "county", "province", "district", "bay", "street", "road", "avenue", "lane", "square", "park", "river",
        "lake", "island", "islands", "mountain", "mountains", "valley", "beach", "coast", "hospital", "university",
        "college", "school", "academy", "centre", "center", "hall", "house", "tower", "bridge", "airport", "station",
        "cup", "league", "club", "party", "council", "committee", "institute", "group", "company", "bank", "fund", "trust",
        "foundation", "ministry", "court", "church", "palace", "castle", "museum", "gallery", "theatre", "theater",
        "stadium", "arena", "hotel", "market", "times", "post", "news", "live", "journal", "review", "examiner", "herald",
        "press", "network", "channel", "show", "awards", "prize", "day", "games", "open", "festival", "police", "army",
        "navy", "force", "guard", "agency", "office", "service", "board", "commission", "association", "union", "world",
    };

    /// <summary>
    /// Whether a capitalised word the lexicon knows stands right after a foreign first name that the other side's
    /// bead writes by its sound, in mid-sentence: a surname that is also a word ("Karen Hunter", "Ryan Kent",
    /// "Christine Blasey Ford", "Narcis Termes"). Alone, such a word counts as a name only when the other side
    /// transliterates it somewhere; after a kept foreign name it is one whatever the lexicon says, and a bead that
    /// neither transliterates nor translates it has dropped it. The first name may open the sentence: a word the
    /// lexicon does not know that the bead writes by its sound is a name wherever it stands.
    /// </summary>
    private static bool IsKnownWordAfterForeignName(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        if (side.CapitalisesNouns || w == 0)
            return false;
        var word = words[w];
        var previous = words[w - 1];
        return word.Listed && IsCapitalised(word) && !IsPossessive(word) && !s_nameHeads.Contains(word.Lower) && previous is { Listed: false, Parts: (-1, -1), InCompound: false }
            && IsCapitalised(previous with { Initial = false }) && !IsPossessive(previous) && JustBefore(side, previous, word)
            && side.RenderingIn(previous, otherWords) == Rendering.Transliterated;
    }

    private static bool IsMatchedNamePart(NameSide side, WordFact word, ArraySegment<WordFact> otherWords) =>
        word.Capitalised && side.HasCounterpart(word, otherWords);

    /// <summary>
    /// As <see cref="IsCapitalised(WordFact)"/>, and also a word that opens a sentence, a quotation or a clause when
    /// the document writes the same word with a capital in mid-sentence too: news opens sentence after sentence with
    /// the name it is about ("Putin told reporters…"), and one put for another there is as much a changed name.
    /// Not in a language that capitalises its nouns, where a capital in mid-sentence proves nothing. A word the
    /// lexicon knows opens no name there unless it is a place of <see cref="PlaceNames"/> ("China said…") or the
    /// other side writes it by its sound elsewhere and never translates it ("Ford told…" beside "сенатор Кристин
    /// Форд"): on the defect bench that finds 8 more of the 129 names dropped or swapped at a sentence's start, for
    /// one more finding in NTREX's untouched pairs. A word the lexicon does not know counts by its capital in a
    /// headline too, as a name does anywhere.
    /// A word the lexicon does not know that the side writes in lower case, standing free, at least as often as with
    /// a capital in mid-sentence is a word of the language the lexicon lacks ("будьте", "тестируемый"), which a cited
    /// title ("см. Тестируемый выпуск") or a heading capitalises: no name. A name a manual also writes as a
    /// directory's or a command's ("the debian directory") is written with its capital far more often.
    /// </summary>
    private static bool IsCapitalised(NameSide side, WordFact word) =>
        (IsCapitalised(word)
            || (word.Initial && !side.CapitalisesNouns && IsCapitalised(word with { Initial = false })
                && side.CapitalisedMidSentence.Contains(WithoutPossessive(word.Lower)) && (!word.Listed || side.IsPlace(word) || side.IsWrittenBySoundElsewhere(word))))
        && (word.Listed || side.CapitalisesNouns || !side.IsWrittenMostlyInLowerCase(word.Lower));

    /// <summary>A capitalised content word in mid-sentence that may be a name, whether or not the lexicon knows it.</summary>
    private static bool IsCapitalised(WordFact word)
    {
        if (!word.Capitalised || word.Initial || word.AllCaps || word.Abbreviated || word.Role != WordRole.Content)
            return false;
        if (word.Span.Length < MinNameLength || word.Sound.Length < 3 || s_notNames.Contains(WithoutPossessive(word.Lower)))
            return false;
        // "AMs", "MPs", "McDonald's" is a name but "I'm" and "iPhone" are not worth the risk.
        return !IsAcronymLike(word) && (!word.Lower.Contains('\'', StringComparison.Ordinal) || word.Lower.EndsWith("'s", StringComparison.Ordinal));
    }

    private static bool IsPossessive(WordFact word) => WithoutPossessive(word.Lower).Length != word.Lower.Length;

    /// <summary>"Friday's" is Friday, no more a name than the day itself.</summary>
    internal static string WithoutPossessive(string lower) =>
        lower.Length > 3 && (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)) ? lower[..^2] : lower;

    private static bool IsName(NameSide side, WordFact word, NameSide other)
    {
        if (!IsCapitalised(side, word))
            return false;
        if (!word.Listed && !side.CapitalisesNouns)
            return true;
        // The answer depends on the word and the other document only, and names recur: worked out once per word.
        if (side.NameByWord.TryGetValue(word.Lower, out var known))
            return known;
        // In a language that capitalises all its nouns ("Entscheidung", "Lawine"), a capitalised word is a name
        // only if the other side of this document writes it too, with a capital: sounds alike match too many nouns.
        // A sentence of the other side in this side's own language (a German book's title among the French's
        // sources, "Gipfel über den Wolken") writes its nouns so too, and proves nothing.
        // Elsewhere a word the lexicon knows ("Trump", "Bill", "Parliament") is a name only if the other side of this
        // document transliterates it somewhere: "Cup", "Trust" and "Global" are translated.
        // A place of the list is a name whatever the lexicon says, though the other side has lost it ("Canada" →
        // "Мексика").
        var isName = side.IsPlace(word) || (side.CapitalisesNouns
            ? Exists(other.CapitalsOutsideQuotationsOf(side.Analysis.Language), capital => capital.Lower == word.Lower || DocumentCounterparts.SharesLongPrefix(word.Lower, capital.Lower))
            : other.CapitalSounds.MatchesAny(word.Sound));
        side.NameByWord[word.Lower] = isName;
        return isName;
    }

    private static bool IsAcronymLike(WordFact word) => word.LeadingCapitals >= 2;

    /// <summary>One side of the document as the name check reads it: its words, and those written with a capital.</summary>
    private sealed class NameSide(CheckContext context, SideAnalysis analysis, ArraySegment<WordFact> document, bool exonyms, bool isSource, bool isEnglish)
    {
        /// <summary>
        /// Whether the other side writes a word by its sound in some bead whose side here has it, and never by the
        /// lexicon's translation: a word the lexicon knows ("Flake", "Katrina") that this document uses as a name.
        /// </summary>
        public bool IsWrittenBySoundElsewhere(WordFact word) => Renderings(word) is { Transliterated: > 0, Translated: false };

        public SideAnalysis Analysis { get; } = analysis;

        /// <summary>Whether this side is in English.</summary>
        public bool IsEnglish => isEnglish;

        public ArraySegment<WordFact> Document { get; } = document;

        /// <summary>
        /// True for a language whose orthography capitalises every noun, where a capital alone does not mark a name.
        /// </summary>
        public bool CapitalisesNouns => Analysis.Document.Language is "de" or "lb";

        /// <summary>
        /// The words written with a capital, once each by spelling: where the other side's names may be
        /// transliterated, compared without a pass over every occurrence.
        /// </summary>
        public WordFact[] DistinctCapitals => _distinctCapitals ??= Distinct(Document.Where(w => w.Capitalised));

        /// <summary>The sounds of <see cref="DistinctCapitals"/>, indexed for <see cref="NameMatcher.SoundsMatch"/> against all of them at once.</summary>
        public NameMatcher.NameSoundIndex CapitalSounds
        {
            get
            {
                if (_capitalSounds is null)
                {
                    _capitalSounds = new NameMatcher.NameSoundIndex();
                    foreach (var capital in DistinctCapitals)
                        _capitalSounds.Add(capital.Sound);
                }
                return _capitalSounds;
            }
        }

        private NameMatcher.NameSoundIndex? _capitalSounds;

        /// <summary>
        /// The words written with a capital, once each by spelling, leaving out the sentences identified as written
        /// in <paramref name="language"/> rather than in this side's own.
        /// </summary>
        public WordFact[] CapitalsOutsideQuotationsOf(string language)
        {
            if (_capitalsOutsideQuotations is null || _quotedLanguage != language)
            {
                _quotedLanguage = language;
                var capitals = new List<WordFact>();
                var document = Analysis.Document;
                for (var s = 0; s < document.SentenceCount; s++)
                {
                    if (LanguageIdentifier.Identify(document.SentenceSpan(s)).Language == language)
                        continue;
                    foreach (var word in Analysis[s].Words)
                    {
                        if (word.Capitalised)
                            capitals.Add(word);
                    }
                }
                _capitalsOutsideQuotations = Distinct(capitals);
            }
            return _capitalsOutsideQuotations;
        }

        private WordFact[]? _capitalsOutsideQuotations;
        private string? _quotedLanguage;

        /// <summary>The document's words once each by spelling and by whether a capital or a compound marks them.</summary>
        public WordFact[] DistinctWords => _distinctWords ??= Distinct(Document);

        /// <summary>
        /// Whether a word names a place of <see cref="PlaceNames"/>: an English one by its spelling, a Russian one by
        /// the stems of the Russian names.
        /// </summary>
        public bool IsPlace(WordFact word) => exonyms && (isEnglish ? PlaceNames.IsPlace(word.Lower) : PlaceNames.IsRussianPlace(word.Lower));

        /// <summary>Whether a word of the other side is a name here, by its lower-case spelling (<see cref="IsName"/>).</summary>
        public Dictionary<string, bool> NameByWord { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<(string Lower, string Sound), bool> _counterpartInDocument = [];
        private DocumentCounterparts? _otherDocument;
        private WordFact[]? _distinctCapitals;
        private WordFact[]? _distinctWords;

        /// <summary>Whether the other side writes a counterpart of <paramref name="word"/> anywhere (<see cref="HasCounterpart"/>), once per spelling.</summary>
        public bool HasCounterpartIn(WordFact word, NameSide other)
        {
            if (!_counterpartInDocument.TryGetValue((word.Lower, word.Sound), out var has))
            {
                _otherDocument ??= new DocumentCounterparts(other.DistinctWords, Analysis.Lexicon, exonyms, isEnglish);
                has = _otherDocument.Has(word);
                _counterpartInDocument[(word.Lower, word.Sound)] = has;
            }
            return has;
        }

        private Dictionary<string, List<int>>? _beadsByWord;
        private readonly Dictionary<string, (int Transliterated, int LeftOut, bool Translated)> _renderings = new(StringComparer.Ordinal);

        /// <summary>
        /// How the other side renders a word of this one over all the paired beads whose side here has it ("Flake's"
        /// counts with "Flake"): in how many by its sound, in how many not at all, and whether in any by the lexicon's
        /// translation alone (<see cref="RenderingIn"/>). Once per spelling, so that a name missing from many beads
        /// costs no more than one pass over them.
        /// </summary>
        public (int Transliterated, int LeftOut, bool Translated) Renderings(WordFact word)
        {
            if (_renderings.TryGetValue(word.Lower, out var known))
                return known;
            var beads = context.Beads;
            var bare = WithoutPossessive(word.Lower);
            IEnumerable<int> withWord = bare.Length == word.Lower.Length
                ? BeadsWith(word.Lower, beads)
                : BeadsWith(word.Lower, beads).Union(BeadsWith(bare, beads));
            int transliterated = 0, leftOut = 0;
            var translated = false;
            foreach (var k in withWord)
            {
                var bead = beads[k];
                if (bead.IsUnpaired || IsLeftInThisScript(bead))
                    continue;
                var other = isSource ? context.Target.WordsOf(bead.Target, bead.TargetCount) : context.Source.WordsOf(bead.Source, bead.SourceCount);
                switch (RenderingIn(word, other))
                {
                    case Rendering.Translated:
                        translated = true;
                        break;
                    case Rendering.Transliterated:
                        transliterated++;
                        break;
                    default:
                        leftOut++;
                        break;
                }
            }
            return _renderings[word.Lower] = (transliterated, leftOut, translated);
        }

        /// <summary>
        /// Whether the other side of a bead is written in this side's script: left untranslated, it keeps every name
        /// as it was and says nothing of how the translation renders them.
        /// </summary>
        private bool IsLeftInThisScript(Bead bead)
        {
            var (other, first, count) = isSource ? (context.Target, bead.Target, bead.TargetCount) : (context.Source, bead.Source, bead.SourceCount);
            if (other.Script == Analysis.Script || Analysis.Script == Script.Other)
                return false;
            for (var s = first; s < first + count; s++)
            {
                if (!other[s].IsWrittenIn(Analysis.Script))
                    return false;
            }
            return true;
        }

        /// <summary>The beads whose side here has a word spelt <paramref name="lower"/>, in order, each once.</summary>
        public List<int> BeadsWith(string lower, ReadOnlySpan<Bead> beads)
        {
            if (_beadsByWord is null)
            {
                _beadsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var k = 0; k < beads.Length; k++)
                {
                    var (first, count) = isSource ? (beads[k].Source, beads[k].SourceCount) : (beads[k].Target, beads[k].TargetCount);
                    for (var s = first; s < first + count; s++)
                    {
                        foreach (var word in Analysis[s].Words)
                        {
                            var list = CollectionsMarshal.GetValueRefOrAddDefault(_beadsByWord, word.Lower, out _) ??= [];
                            if (list.Count == 0 || list[^1] != k)
                                list.Add(k);
                        }
                    }
                }
            }
            return _beadsByWord.TryGetValue(lower, out var found) ? found : [];
        }

        private static WordFact[] Distinct(IEnumerable<WordFact> words)
        {
            var seen = new HashSet<(string, bool, bool)>();
            return [.. words.Where(w => seen.Add((w.Lower, w.Capitalised, w.InCompound)))];
        }

        /// <summary>
        /// The words (in lower case) that a sentence capitalises where a capital means a name: inside the sentence,
        /// not at its start, and not in a title-case headline.
        /// </summary>
        public HashSet<string> CapitalisedInProse => _capitalisedInProse ??= ProseCapitals(Analysis, CapitalisesNouns);

        private HashSet<string>? _capitalisedInProse;

        /// <summary>
        /// The words (in lower case, without a possessive's "'s") that a sentence capitalises anywhere but at its
        /// start, headlines included.
        /// </summary>
        public HashSet<string> CapitalisedMidSentence => _capitalisedMidSentence ??= MidSentenceCapitals(Document);

        private HashSet<string>? _capitalisedMidSentence;

        /// <summary>
        /// Whether this side writes a word in lower case standing free at least as often as with a capital in
        /// mid-sentence. Standing free is not in a path, an address, a file's name or a compound ("debian/control",
        /// "packages.debian.org", "debian-policy"), where a name is written in lower case too.
        /// </summary>
        public bool IsWrittenMostlyInLowerCase(string lower)
        {
            _caseCounts ??= CaseCounts(Analysis.Document.Text, Document);
            return _caseCounts.TryGetValue(lower, out var counts) && counts.Lower > 0 && counts.Lower >= counts.Capitalised;
        }

        private Dictionary<string, (int Lower, int Capitalised)>? _caseCounts;

        private static Dictionary<string, (int Lower, int Capitalised)> CaseCounts(string text, ArraySegment<WordFact> words)
        {
            var counts = new Dictionary<string, (int Lower, int Capitalised)>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.Role != WordRole.Content || word.Listed)
                    continue;
                var lower = !word.Capitalised && StandsFree(text, word.Span);
                if (!lower && !word.CapitalisedInProse)
                    continue;
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word.Lower, out _);
                count = lower ? (count.Lower + 1, count.Capitalised) : (count.Lower, count.Capitalised + 1);
            }
            return counts;
        }

        private static bool StandsFree(string text, TextSpan span)
        {
            var start = span.Start;
            var end = span.Start + span.Length;
            if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('"' or '«' or '“' or '(' or '\''))
                return false;
            if (end == text.Length || char.IsWhiteSpace(text[end]))
                return true;
            return text[end] switch
            {
                ',' or ';' or ':' or '!' or '?' or ')' or '»' or '”' or '"' => true,
                '.' => end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]),
                _ => false,
            };
        }

        private static HashSet<string> MidSentenceCapitals(ArraySegment<WordFact> words)
        {
            var capitals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.CapitalisedInProse)
                    capitals.Add(WithoutPossessive(word.Lower));
            }
            return capitals;
        }

        private static HashSet<string> ProseCapitals(SideAnalysis analysis, bool capitalisesNouns)
        {
            var capitals = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < analysis.Document.SentenceCount; s++)
            {
                var facts = analysis[s];
                // Where every noun is capitalised, most sentences look like headlines: none is read as one.
                if (facts.IsTitleCase(analysis.KnowsWords) && !capitalisesNouns)
                    continue;
                foreach (var word in facts.Words)
                {
                    if (word.CapitalisedInProse)
                        capitals.Add(word.Lower);
                }
            }
            return capitals;
        }

        /// <summary>
        /// True when a word of the other side can be this name: the same word, a capitalised word that sounds like it,
        /// a lower-case one that sounds like it with an adjective's suffix ("Newport", "ньюпортское"), a word the
        /// lexicon gives as its translation, or its Russian exonym ("Beijing", "Пекин").
        /// </summary>
        public bool HasCounterpart(WordFact word, ArraySegment<WordFact> otherWords) => CounterpartIndex(word, otherWords) >= 0;

        /// <summary>
        /// How the other side's words render a name: by its sound (a capitalised word that sounds like it, the same
        /// word, or its exonym), failing that by a translation the lexicon gives, or not at all.
        /// </summary>
        public Rendering RenderingIn(WordFact word, ArraySegment<WordFact> otherWords)
        {
            var rendering = Rendering.None;
            foreach (var candidate in otherWords)
            {
                if (DocumentCounterparts.IsWrittenAs(word, candidate, exonyms, isEnglish))
                    return Rendering.Transliterated;
                if (candidate.LexiconId >= 0 && DocumentCounterparts.Translates(Analysis.Lexicon, word.LexiconId, candidate.LexiconId))
                    rendering = Rendering.Translated;
            }
            return rendering;
        }

        /// <summary>Where in <paramref name="otherWords"/> the first counterpart of a word at <paramref name="from"/> or after is (<see cref="HasCounterpart"/>); -1 if none.</summary>
        public int CounterpartIndex(WordFact word, ArraySegment<WordFact> otherWords, int from = 0)
        {
            for (var i = from; i < otherWords.Count; i++)
            {
                if (DocumentCounterparts.IsCounterpart(word, otherWords[i], Analysis.Lexicon, exonyms, isEnglish)
                    || (exonyms && !isEnglish && DottedAcronym(otherWords, i) is { } acronym && Organisations.IsEnglishAcronym(acronym)
                        && Organisations.Renders(acronym, word, capitals: false))
                    || IsHyphenatedNameWrittenAsOne(word, otherWords, i))
                    return i;
            }
            return -1;
        }

        /// <summary>
        /// A hyphenated name of the other side written here as one word ("Kai-Fu", "Кайфу"): the two parts joined
        /// sound like it.
        /// </summary>
        private static bool IsHyphenatedNameWrittenAsOne(WordFact word, ArraySegment<WordFact> words, int i)
        {
            if (i + 1 >= words.Count || !words[i].InCompound || !words[i].Capitalised || words[i + 1].Span.Start != words[i].Span.End + 1)
                return false;
            return NameMatcher.SoundsMatch(word.Sound, NameSound.Of(words[i].Lower + words[i + 1].Lower));
        }

        /// <summary>
        /// An acronym written with full stops ("U.K.", "U.N."), which the scanner reads as one-letter words, as the
        /// one word it stands for; null where no such acronym starts at <paramref name="i"/>.
        /// </summary>
        private static WordFact? DottedAcronym(ArraySegment<WordFact> words, int i)
        {
            if (i + 1 >= words.Count || !IsLetterOfAcronym(words[i]) || !IsLetterOfAcronym(words[i + 1])
                    || words[i + 1].Span.Start != words[i].Span.Start + 2)
                return null;
            return words[i] with { Lower = words[i].Lower + words[i + 1].Lower, LeadingCapitals = 2, AllCaps = true };
        }

        private static bool IsLetterOfAcronym(WordFact word) => word.Span.Length == 1 && word.AllCaps;
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

    /// <summary>Each is written by its sound in the other side's bead ("Justin Thomas", "Джастина").</summary>
    Transliterated,

    /// <summary>One at least is translated or left out: the longer name may be rendered as a whole ("Christmas Day", "Рождество").</summary>
    Rendered,
}
