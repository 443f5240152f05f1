using System.Buffers;
using Sverka.Core.Alignment;
using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

// How a bead may render a source name without writing it: a name put in its place, a pronoun or a title for it,
// a description, a title translated as a whole.
public sealed partial class NameCheck
{
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
    /// common word in a title, which it may well have rendered here in a way the lexicon does not list. A bead that
    /// puts a pronoun or a title for the name (<see cref="IsReferredToOtherwise"/>) refers to it as one refers to a
    /// person and does not count as leaving it out: with "Flake" dropped from two beads and "он" put for it in a
    /// third, three of six beads lacked it, and the name read as a common word.
    /// </summary>
    private static bool IsTransliteratedElsewhere(CheckContext context, NameSide sourceSide, NameSide targetSide, MissingName missing, int index)
    {
        if (!missing.Word.Listed || !missing.Elsewhere || missing.InModifier || missing.OnlyInHeadline || missing.Neighbours == Neighbours.Rendered
                || NameMatcher.IsDemonym(missing.Word.Sound))
            return false;
        var (transliterated, leftOut, translated) = sourceSide.Renderings(missing.Word);
        if (translated)
            return false;
        // The bead itself is one that leaves the name out: it has no counterpart there.
        var leftOutElsewhere = leftOut - 1;
        if (transliterated > 2 * leftOutElsewhere)
            return true;
        foreach (var k in sourceSide.BeadsLeavingOut(missing.Word))
        {
            if (k != index && IsReferredToOtherwiseIn(context, k, sourceSide, targetSide, missing))
                leftOutElsewhere--;
        }
        return transliterated > 2 * leftOutElsewhere;
    }

    /// <summary>
    /// Whether bead <paramref name="k"/>, whose source has the word of <paramref name="missing"/> and whose target
    /// leaves it out, refers to it by a pronoun or a title (<see cref="IsReferredToOtherwise"/>).
    /// </summary>
    private static bool IsReferredToOtherwiseIn(CheckContext context, int k, NameSide sourceSide, NameSide targetSide, MissingName missing)
    {
        var bead = context.Beads[k];
        var sourceWords = context.Source.WordsOf(bead.Source, bead.SourceCount);
        var targetWords = context.Target.WordsOf(bead.Target, bead.TargetCount);
        var bare = WithoutPossessive(missing.Word.Lower);
        foreach (var word in sourceWords)
        {
            if (word.Lower == missing.Word.Lower || WithoutPossessive(word.Lower) == bare)
                return IsReferredToOtherwise(context, k, sourceSide, targetSide, missing with { Word = word }, sourceWords, targetWords);
        }
        return false;
    }

    private static bool IsPrefixed(WordFact word) => word.Parts is ( < 0, >= 0);

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
        return HasPronounInstead(sourceSide, targetSide, missing, at, bead, sourceWords, targetWords)
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
    /// Whether a name a bead's side has and the other side's bead lacks stands inside a capitalised title, between
    /// two of its words that the other side renders ("Eurasian Intergovernmental Council" for "Евразийского
    /// межправительственного совета"): a word of the title the lexicon lacks, not a name. A name in a title stands at
    /// its edge ("Johns Hopkins University", "President Erdogan").
    /// </summary>
    private static bool IsInsideRenderedTitle(NameSide side, MissingName missing, ArraySegment<WordFact> words, ArraySegment<WordFact> otherWords)
    {
        var at = IndexOf(words, missing.Word);
        if (at < 0)
            return false;
        var before = NextTitleWord(side, words, at, step: -1);
        var after = NextTitleWord(side, words, at, step: 1);
        return before >= 0 && after >= 0 && IsRendered(before) && IsRendered(after);

        bool IsRendered(int i) => words[i].Role == WordRole.Content && side.RenderingIn(words[i], otherWords) != Rendering.None;
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

    private const int MaxSentencesBackThroughPronouns = 8;

    // Personal pronouns in the subject's case, which a translator puts for a name the sentence before gave. English
    // "it" counts against Russian "он" and "она", which also stand for things. Into English, the other cases count
    // too for a name that does not open its clause: English writes "his bond" where Russian names the man ("залог
    // для Симпсона"), so an English "his" with no pronoun in the Russian stands for a name; into Russian, which
    // often drops the possessive, they would prove little.
    // The first person's pronouns ("Speaker") are a quoted speaker's.
    private static readonly Dictionary<string, (HashSet<string> Subject, HashSet<string> Any, HashSet<string> Speaker)> s_personalPronouns = new(StringComparer.Ordinal)
    {
        ["en"] = (new(StringComparer.Ordinal) { "he", "she", "it", "they" },
            new(StringComparer.Ordinal) { "he", "she", "it", "they", "him", "his", "her", "hers", "its", "them", "their", "theirs", "himself", "herself", "themselves" },
            new(StringComparer.Ordinal) { "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves" }),
        ["ru"] = (new(StringComparer.Ordinal) { "он", "она", "оно", "они" },
            new(StringComparer.Ordinal) { "он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им", "ими", "него", "нее", "неё", "них", "нему", "ней", "ним", "ними", "нём", "нем", "ею", "нею" },
            new(StringComparer.Ordinal) { "я", "меня", "мне", "мной", "мною", "мой", "моя", "моё", "мое", "мои", "моего", "моей", "моих", "мы", "нас", "нам", "нами", "наш", "наша", "наше", "наши", "нашего", "нашей", "наших" }),
    };

    // The words after which a Russian clause starts, as a subject may stand right after them ("что Роналду подтвердил").
    private static readonly HashSet<string> s_russianClauseOpeners = new(StringComparer.Ordinal)
    {
        "и", "а", "но", "что", "чтобы", "когда", "как", "если", "пока", "хотя", "где", "или", "ли", "однако", "поэтому",
        "тогда", "затем", "также",
    };

    /// <summary>
    /// Whether word <paramref name="at"/> of <paramref name="words"/> opens a clause of its sentence: it is the first
    /// word, or a punctuation mark or (in Russian) a conjunction stands right before it.
    /// </summary>
    private static bool OpensClause(NameSide side, ArraySegment<WordFact> words, int at)
    {
        if (at <= 0)
            return true;
        var previous = words[at - 1];
        var gap = side.Analysis.Document.Text.AsSpan(previous.Span.End, words[at].Span.Start - previous.Span.End);
        return gap.IndexOfAny(s_clauseBreaks) >= 0 || (side.Analysis.Language == "ru" && s_russianClauseOpeners.Contains(previous.Lower));
    }

    // The marks of BeadCoverage.ClauseMarks but quotation marks, which open a title ("тренер «Манчестер Сити»") as
    // often as a clause, and with the marks that end a sentence inside a quotation.
    private static readonly SearchValues<char> s_clauseBreaks = SearchValues.Create(",;:—–().!?");

    private static bool HasPronounInstead(NameSide sourceSide, NameSide targetSide, MissingName missing, int at, Bead bead,
        ArraySegment<WordFact> sourceWords, ArraySegment<WordFact> targetWords)
    {
        if (!s_personalPronouns.TryGetValue(sourceSide.Analysis.Language, out var sourcePronouns)
                || !s_personalPronouns.TryGetValue(targetSide.Analysis.Language, out var targetPronouns))
            return false;
        var anyCase = targetSide.IsEnglish;
        // A name that opens its clause is most often its subject, which only a pronoun in the subject's case stands
        // for: English puts "his" before a noun where Russian leaves the possessive out ("Шестаков, используя
        // служебное положение", "Shestakov used his official position"), and that "his" stands for no name lost.
        var allCases = anyCase && !OpensClause(sourceSide, sourceWords, at);
        var targetReferences = CountOf(targetWords, allCases ? targetPronouns.Any : targetPronouns.Subject)
            + (targetSide.IsEnglish ? AgesForPeople(targetSide, targetWords) : 0);
        if (targetReferences <= CountOf(sourceWords, allCases ? sourcePronouns.Any : sourcePronouns.Subject))
            return false;
        // Into English, further back than two sentences, only while sentences speak of someone or quote someone by a
        // pronoun too: a story tells what one person said over several sentences ("he said", "We were going to war")
        // after naming him once. One sentence of a quotation may have none ("Millions of people would have been
        // killed."); two in a row end the story. Into Russian, whose "он" is as often a thing ("завод"), the chain
        // finds a place named before a quotation for the "он" of a plant (seed 7 of the defect bench lost
        // "Burnaston" so), and only the two sentences before count.
        var reach = anyCase ? MaxSentencesBackThroughPronouns : MaxSentencesBackToPronounsName;
        var withoutPronoun = 0;
        for (var s = bead.Target - 1; s >= Math.Max(0, bead.Target - reach); s--)
        {
            var words = targetSide.Analysis[s].Words;
            if (sourceSide.HasCounterpart(missing.Word, words))
                return true;
            withoutPronoun = CountOf(words, targetPronouns.Any) + CountOf(words, targetPronouns.Speaker) == 0 ? withoutPronoun + 1 : 0;
            if (s <= bead.Target - MaxSentencesBackToPronounsName && withoutPronoun >= 2)
                return false;
        }
        return false;
    }

    /// <summary>
    /// How many times English refers to a person by age ("The 38-year-old is the first…"), as news does where the
    /// original repeats the name: a pronoun of its own kind.
    /// </summary>
    private static int AgesForPeople(NameSide side, ArraySegment<WordFact> words)
    {
        var text = side.Analysis.Document.Text;
        var count = 0;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var year = words[i].Span;
            if (words[i].Lower == "year" && words[i + 1].Lower == "old" && year.Start > 0 && text[year.Start - 1] == '-'
                    && words[i + 1].Span.Start == year.End + 1 && text[year.End] == '-')
                count++;
        }
        return count;
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

    private static bool IsRole(string lower) => StartsWithAny(lower, s_roleStems);

    private static bool StartsWithAny(string lower, string[] stems)
    {
        foreach (var stem in stems)
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
}
