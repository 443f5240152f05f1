using Sverka.Core.Text;

namespace Sverka.Core.Checking;

// Which capitalised words of a bead are names with no counterpart on the other side.
public sealed partial class NameCheck
{
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
            // but a word it does not know is a name there as anywhere ("Sarah Palin's"). A sentence made of names
            // ("Desert Island Discs is on BBC Radio 4 on Sunday.") looks like a headline but ends as prose does, and
            // there a known word the document capitalises in its prose too is a name; a headline's ("Using Git for
            // Debian Packaging", where prose cites the book "Debian Packaging") is still a title's word. A word the
            // lexicon does not know is a name in such a sentence even where the document names it nowhere else
            // ("The Silver Lion Grand Jury Prize went to "Northern Lights Over Tromsø," by director Henrik Aasland.").
            var titleCase = facts.IsTitleCase(side.Analysis.KnowsWords) && !side.CapitalisesNouns;
            var sentenceOfNames = titleCase && ContentBalance.EndsAsSentence(side.Analysis.Document, s);
            var words = facts.Words;
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (titleCase && (word.Listed || word.Parts != (-1, -1)) && !(sentenceOfNames && side.CapitalisedInProse.Contains(word.Lower)))
                    continue;
                if (IsCountryInBodysName(side, words, w))
                    continue;
                var knownSurname = !wholeDocument && IsKnownWordAfterForeignName(side, words, w, otherWords);
                if (!(anyCapital && !side.CapitalisesNouns ? IsCapitalised(side, word) : IsName(side, word, other) || knownSurname) || HasOwnCounterpart(side, words, w, otherWords)
                        || IsCompoundWrittenAsOneWord(side, words, w, otherWords) || WritesAsOneWordACompoundOf(other, word, otherWords)
                        || HasMisspeltCounterpart(side, other, words, w, otherWords) || IsSpeltOutBesideKeptAcronym(side, words, w, otherWords)
                        || NamesAUnitOrClock(side, words, w))
                    continue;
                var elsewhere = side.HasCounterpartIn(word, other);
                if (wholeDocument && elsewhere)
                    continue;
                // A first name whose surname is matched: translators drop it ("Donald Trump" → "Трамп"); a surname
                // dropped after its first name is not how they shorten. The next word must be a name standing right
                // after it: "John Street" is no first name and surname, nor is the possessive in "Paltrow's Goop", nor a
                // name before an acronym ("Jeane Freeman MSP", "Джин, MSP"), nor a place ("made Berlin Moscow's
                // captive"). The surname may be one the other side writes in two words ("Badr Abdelatty", "Б. Абдель Аты").
                if (w + 1 < words.Count && !IsPossessive(word) && !side.IsPlace(word) && JustBefore(side, word, words[w + 1])
                        && !IsAcronymLike(words[w + 1]) && (words[w + 1] is { Listed: false, Role: WordRole.Content } || IsName(side, words[w + 1], other))
                        && (IsMatchedNamePart(side, words[w + 1], otherWords) || WritesAsOneWordACompoundOf(other, words[w + 1], otherWords))
                        && !IsSecondPartOfCompound(side, other, words[w + 1], otherWords))
                    continue;
                var afterMatchedName = !wholeDocument && w > 0 && JustBefore(side, words[w - 1], word)
                    && IsMatchedNamePart(side, words[w - 1], otherWords);
                // A Chinese or Korean given name after its matched surname, joined to a lower-case syllable ("Kim
                // Jong-un", "Ким Чен Ын"; "Moon Jae-in"), is transcribed in more ways than sound rules reach.
                if ((afterMatchedName && w + 1 < words.Count && words[w + 1].JoinedToName) || IsSyllableOfGivenNameAfterMatchedSurname(side, words, w, otherWords))
                    continue;
                // The word before must itself be a name: in "Desert Southwest", "пустынный юго-запад", "Desert" is
                // translated, not kept.
                var afterKeptFirstName = afterMatchedName && (knownSurname || IsName(side, words[w - 1], other));
                var text = side.Analysis.Document.Text.Substring(word.Span.Start, word.Span.Length);
                if (!missing.Exists(m => m.Text == text))
                    missing.Add(new MissingName(word, text, elsewhere, afterKeptFirstName, knownSurname, side.IsPlace(word), IsModifier(side, words, w),
                        titleCase && !sentenceOfNames && !side.CapitalisedInProse.Contains(word.Lower), NeighboursOf(side, words, w, otherWords)));
            }
        }
        return missing;
    }

    /// <summary>
    /// Whether a Russian place stands right after a body's acronym or clipped name, as part of the body's official
    /// name ("МЧС России", "МИД Египта", "Минцифры России"): a translation for the body's own country writes "the
    /// Emergencies Ministry", and the place is no name lost or added.
    /// </summary>
    private static bool IsCountryInBodysName(NameSide side, ArraySegment<WordFact> words, int w) =>
        !side.IsEnglish && w > 0 && words[w].Capitalised
        && (words[w - 1] is { AllCaps: true, Lower.Length: >= 2 and <= 5 } || (words[w - 1].Capitalised && IsClippedMinistry(words[w - 1].Lower)))
        && JustBefore(side, words[w - 1], words[w]) && side.IsPlace(words[w]);

    // The clipped names Russian gives its ministries ("Минобороны", "Минфина", "Минцифры"), by the start they keep
    // in every case.
    private static readonly string[] s_clippedMinistries =
    [
        "минобороны", "минфин", "минздрав", "минюст", "минтранс", "минэнерго", "минцифры", "минпромторг", "минэкономразвития",
        "минприроды", "минсельхоз", "минкультуры", "минпросвещения", "минобрнауки", "минтруд", "минстро", "минспорт",
        "минвостокразвития", "минкомсвязи", "минрегион",
    ];

    private static bool IsClippedMinistry(string lower) => StartsWithAny(lower, s_clippedMinistries);

    /// <summary>
    /// Whether name <paramref name="w"/> is a syllable of a Korean given name written as two capitalised words after
    /// a surname the other side's bead has ("Ким Чен Ыном", "Kim Jong Un", "Мун Чжэ Ин"), which a translation shortens
    /// to the surname as English news does ("Kim"). Korean surnames and syllables are short.
    /// </summary>
    private static bool IsSyllableOfGivenNameAfterMatchedSurname(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        for (var surname = Math.Max(0, w - 2); surname < w; surname++)
        {
            if (surname + 2 < words.Count && IsKoreanNameShape(side, words[surname], words[surname + 1], words[surname + 2])
                    && IsMatchedNamePart(side, words[surname], otherWords))
                return true;
        }
        return false;
    }

    private static bool IsKoreanNameShape(NameSide side, WordFact surname, WordFact syllable, WordFact last)
    {
        const int MaxLength = 4;
        return surname.Lower.Length <= MaxLength && syllable.Lower.Length <= MaxLength && last.Lower.Length <= MaxLength
            && syllable.Capitalised && last.Capitalised && JustBefore(side, surname, syllable) && JustBefore(side, syllable, last);
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
            var rendering = side.RenderingIn(words[n], otherWords);
            // Left out with this one, and written by its sound or as it is wherever the translation has it: the
            // longer name is lost whole ("Desert Island Discs", which the Russian keeps in Latin letters elsewhere).
            if (rendering == Rendering.None && side.IsWrittenBySoundElsewhere(words[n]))
            {
                neighbours = Neighbours.Transliterated;
                continue;
            }
            // A longer name the bead writes as one hyphenated word may hold this one too: "New York City", "Нью-Йорке".
            if (rendering != Rendering.Transliterated
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
            // Nor a function word that opens the sentence: "The" sounds like the start of "Техас" and is no name.
            if (x == w || !rival.Capitalised || rival.Role != WordRole.Content || IsFormOfSameName(rival.Lower, word.Lower) || rival.Lower == rendering.Lower
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
    /// ("Pelosi … House", "Палате"), nor sounds like another name of the document ("Declan Gallagher" as "Деклан
    /// Халкетта" where the story also names Halkett: one name put for another): across a whole document, some name
    /// starts like almost any other.
    /// </summary>
    private static bool HasMisspeltCounterpart(NameSide side, NameSide otherSide, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var word = words[w];
        foreach (var other in otherWords)
        {
            if (!other.Capitalised)
                continue;
            if (NameMatcher.StartsAlike(word.Sound, other.Sound)
                    && !Exists(words, x => x.Capitalised && x.Span != word.Span && NameMatcher.SoundsMatch(x.Sound, other.Sound))
                    && !HasAnotherCounterpart(otherSide, other, words, except: w)
                    && !SoundsLikeAnotherName(side, word, other))
                return true;
            // The second word of a clipped compound: "Assembly" in "Генассамблее", which starts like "General".
            if (w > 0 && words[w - 1].Capitalised && NameMatcher.StartsAlike(words[w - 1].Sound, other.Sound) && EndsWith(other.Sound, word.Sound))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a word of the other side sounds like a name of this side's document other than
    /// <paramref name="word"/>, one the lexicon does not know: a capitalised common word ("General", "Assembly") is
    /// no name to confuse, and a name that starts with the word's own three sounds is the word spelt another way
    /// ("Депфорт" here, "Дептфорда" elsewhere).
    /// </summary>
    private static bool SoundsLikeAnotherName(NameSide side, WordFact word, WordFact other)
    {
        var bare = WithoutPossessive(word.Lower);
        foreach (var capital in side.DistinctCapitals)
        {
            if (capital.Role != WordRole.Content || capital.Listed || WithoutPossessive(capital.Lower) == bare
                    || IsFormOfSameName(capital.Lower, word.Lower) || StartsWithSameThreeSounds(capital, word))
                continue;
            if (NameMatcher.SoundsMatch(capital.Sound, other.Sound))
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

    // The run may be part of a longer one: in "Египта Абдель Аты", only "Абдель Аты" is "Abdelatty".
    private static bool IsRunWrittenAsOneWord(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords, bool spaced)
    {
        var first = w;
        while (first > 0 && w - first + 1 < MaxWordsWrittenAsOne && Joined(side, words[first - 1], words[first], spaced))
            first--;
        var last = w;
        while (last + 1 < words.Count && last - w + 1 < MaxWordsWrittenAsOne && Joined(side, words[last], words[last + 1], spaced))
            last++;
        for (var from = first; from <= w; from++)
        {
            for (var to = Math.Max(w, from + 1); to <= last && to - from < MaxWordsWrittenAsOne; to++)
            {
                var sound = string.Concat(words[from..(to + 1)].Select(p => p.Sound));
                if (Exists(otherWords, o => o.Capitalised && NameMatcher.SoundsMatch(sound, o.Sound)))
                    return true;
            }
        }
        return false;
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

    /// <summary>
    /// Whether a capitalised word is one of the words an acronym in brackets right after them spells out ("Filesystem
    /// Hierarchy Standard (FHS)"), and the other side's bead keeps the acronym: a translation may give a name by its
    /// acronym alone ("Исходный код следует FHS"), or translate the title and keep the acronym beside it. A word
    /// before those the acronym spells is no part of it ("Debian" in "Debian Bug Tracking System (BTS)").
    /// </summary>
    private static bool IsSpeltOutBesideKeptAcronym(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords) =>
        IsSpeltOutLetterByLetter(side, words, w, otherWords) || IsInTitleOfKeptAcronym(side, words, w, otherWords);

    /// <summary>
    /// Whether the word is in a title, joining words and possessives and all, that an acronym in brackets right after
    /// it stands for, the other side keeping the acronym: "the Headmasters' and Headmistresses' Conference (HMC)" as
    /// "Конференцией независимых директоров школ (HMC)". An acronym need not take a letter from each word, but its
    /// first is the initial of the title's first word and its last of the title's last.
    /// </summary>
    private static bool IsInTitleOfKeptAcronym(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var last = w;
        while (NextTitleWord(side, words, last, step: 1) is var after && after >= 0)
            last = after;
        if (last + 1 >= words.Count || words[last + 1] is not { AllCaps: true } acronym || acronym.Span.Length < 2
                || !IsInBracketsRightAfter(side.Analysis.Document.Text, words[last], acronym)
                || !HasInitial(words[last], acronym.Lower[^1]) || !Exists(otherWords, other => other.Lower == acronym.Lower))
            return false;
        var first = w;
        while (NextTitleWord(side, words, first, step: -1) is var before && before >= 0)
            first = before;
        for (var k = first; k <= w; k++)
        {
            if (words[k].Capitalised && HasInitial(words[k], acronym.Lower[0]))
                return true;
        }
        return false;

        static bool HasInitial(WordFact word, char letter) => word.Lower.Length > 0 && word.Lower[0] == letter;
    }

    /// <summary>Whether <paramref name="acronym"/> stands in brackets one space after <paramref name="word"/>: "Conference (HMC)".</summary>
    private static bool IsInBracketsRightAfter(string text, WordFact word, WordFact acronym)
    {
        int start = acronym.Span.Start, end = acronym.Span.End;
        return start >= 2 && end < text.Length && text[start - 1] == '(' && text[end] == ')' && start - 1 > word.Span.End
            && WrappedLines.IsOneSpace(text.AsSpan(word.Span.End, start - 1 - word.Span.End));
    }

    private static bool IsSpeltOutLetterByLetter(NameSide side, ArraySegment<WordFact> words, int w, ArraySegment<WordFact> otherWords)
    {
        var last = w;
        while (last + 1 < words.Count && words[last + 1].Capitalised && !words[last + 1].AllCaps && JustBefore(side, words[last], words[last + 1]))
            last++;
        if (last + 1 >= words.Count || !words[last + 1].AllCaps)
            return false;
        var acronym = words[last + 1];
        var text = side.Analysis.Document.Text;
        var start = acronym.Span.Start;
        var letters = acronym.Span.Length;
        var first = last - letters + 1;
        if (first < 0 || first > w || !IsInBracketsRightAfter(text, words[last], acronym))
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
        "peninsula", "gulf", "sea", "ocean", "strait", "plateau", "region", "territory", "republic", "federation", "faculty",
        "department", "directorate", "administration", "government", "assembly",
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
            && IsCapitalised(previous with { Initial = false }) && !IsPossessive(previous) && !IsRussianAdjectiveOfPlace(side, previous) && JustBefore(side, previous, word)
            && side.RenderingIn(previous, otherWords) == Rendering.Transliterated;
    }

    /// <summary>
    /// A Russian adjective in -ск- ("Российской", "Французской"), which no first name is: the word after it is the
    /// noun of a state's or a body's name ("Российской Федерации", "Французской Республики"), which an English
    /// translation writes as the country alone ("the Russian Foreign Minister").
    /// </summary>
    private static bool IsRussianAdjectiveOfPlace(NameSide side, WordFact word)
    {
        if (side.Analysis.Language != "ru")
            return false;
        var lower = word.Lower;
        for (var cut = Math.Max(0, lower.Length - 5); cut < lower.Length - 1; cut++)
        {
            if (lower[cut] == 'с' && lower[cut + 1] == 'к' && cut >= 3 && NumberReader.RussianAdjectiveEndings.Contains(lower[(cut + 2)..]))
                return true;
        }
        return false;
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
                && side.IsCapitalisedMidSentence(word.Lower) && (!word.Listed || side.IsPlace(word) || side.IsWrittenBySoundElsewhere(word))))
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

    /// <summary>
    /// Whether a name is a measure's or a clock's, not the name of someone or somewhere the text speaks of: a scale
    /// or a degree named after its maker ("магнитудой 7,5 по шкале Рихтера" for "a 7.5 magnitude earthquake", "77
    /// degrees Fahrenheit" for "25 °C"), or the city a time is given by ("в 5 часов утра по Нью-Йорку" for "5 a.m.
    /// Eastern time"). Translators add and drop these with the figure they qualify; the number check weighs the
    /// figure. The word must stand where the measure puts it, as "Рихтер" is also a pianist and "Kelvin" a first name.
    /// </summary>
    private static bool NamesAUnitOrClock(NameSide side, ArraySegment<WordFact> words, int w)
    {
        var lower = words[w].Lower;
        var previous = w > 0 ? words[w - 1].Lower : "";
        var next = w + 1 < words.Count ? words[w + 1].Lower : "";
        if (StartsWithAny(lower, s_scaleMakers))
            return previous.StartsWith("шкал", StringComparison.Ordinal) || next is "scale" or "scale's";
        if (StartsWithAny(lower, s_degreeMakers))
            return previous is "по" or "degree" or "degrees" || previous.StartsWith("градус", StringComparison.Ordinal) || previous.StartsWith("шкал", StringComparison.Ordinal);
        if (lower is "greenwich" && next is "mean")
            return true;
        // "по Москве", "по Нью-Йорку": a clock's city follows по right after the time of day.
        var text = side.Analysis.Document.Text;
        var first = w;
        while (first > 0 && words[first - 1].Span.End + 1 == words[first].Span.Start && text[words[first].Span.Start - 1] == '-')
            first--;
        return first > 0 && words[first - 1].Lower == "по" && IsAfterTimeOfDay(text, words[first - 1].Span.Start);
    }

    private static readonly string[] s_scaleMakers = ["richter", "рихтер"];
    private static readonly string[] s_degreeMakers = ["celsius", "fahrenheit", "kelvin", "цельси", "фаренгейт", "кельвин"];
    private static readonly string[] s_timesOfDay = ["утра", "дня", "вечера", "ночи"];

    /// <summary>Whether the text just before <paramref name="end"/> is a time of day: "в 5 часов утра", "в 12:55".</summary>
    private static bool IsAfterTimeOfDay(string text, int end)
    {
        var before = text.AsSpan(0, end).TrimEnd();
        foreach (var time in s_timesOfDay)
        {
            if (before.EndsWith(time, StringComparison.OrdinalIgnoreCase) && (before.Length == time.Length || !char.IsLetter(before[^(time.Length + 1)])))
                return true;
        }
        // A clock time's minutes: two digits after a colon or a full stop, after the hour's one or two.
        return before.Length >= 4 && char.IsAsciiDigit(before[^1]) && char.IsAsciiDigit(before[^2]) && before[^3] is ':' or '.'
            && char.IsAsciiDigit(before[^4]);
    }

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
}
