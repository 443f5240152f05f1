namespace Sverka.Formats.Lexicons;

/// <summary>
/// The rules both dictionary parsers share for turning what a dictionary prints into lexicon words: which English
/// headwords count as words, which Russian phrases are short enough to be translations rather than explanations,
/// which words of a two-word phrase carry its meaning, and in what order a headword's senses give up their words.
/// </summary>
internal static class TranslationWords
{
    /// <summary>How many words one headword keeps; later senses are rarer and noisier.</summary>
    public const int Cap = 10;

    /// <summary>How many words a sense gives before every other sense has given its first ones.</summary>
    private const int FirstRoundPerSense = 3;

    // Words that only frame a phrase: in "в результате", "избавиться от" or "таким образом" the other word is
    // the translation, or there is none. Alone they stay ("of" is "о", "in" is "в", "who" is "кто").
    private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
    {
        // Prepositions.
        "без", "безо", "в", "вне", "во", "вместо", "вокруг", "для", "до", "за", "из", "из-за", "из-под", "изо",
        "к", "ко", "кроме", "между", "меж", "на", "над", "надо", "о", "об", "обо", "около", "от", "ото", "перед",
        "пред", "по", "под", "подо", "после", "при", "про", "ради", "с", "сквозь", "со", "среди", "у", "через",
        // Conjunctions and particles.
        "а", "бы", "да", "же", "и", "или", "как", "ли", "либо", "не", "ни", "но", "то", "чем", "что", "чтобы",
        "так", "очень", "более", "менее", "самый", "самая", "самое", "самые",
        // Pronouns, reflexive and demonstrative, which frame "таким образом", "кого-то бить", "свой дом".
        "себе", "себя", "собой", "собою", "свой", "своя", "своё", "свои", "это", "этот", "эта", "эти", "этим",
        "тот", "та", "те", "тем", "такой", "такая", "такое", "такие", "таким", "какой", "каким", "каким-либо",
        "каким-нибудь", "каким-то", "никаким", "кто", "кого", "кому", "чего", "чему", "кто-то", "что-то",
        "его", "её", "их", "весь", "вся", "всё", "все",
        // Frames of a verb phrase ("быть занятым", "делать вид") and of an adverbial ("каким образом").
        "быть", "образом",
    };

    // Present-tense verbs of the dictionary's own commentary: "передаётся род. падежом", "выражает
    // раздражение", "указывает на время". Translations of verbs are infinitives, so these never translate.
    private static readonly HashSet<string> s_commentary = new(StringComparer.Ordinal)
    {
        "вводит", "выражает", "заменяет", "обозначает", "образует", "означает", "передаётся", "передается",
        "придаёт", "придает", "присоединяет", "служит", "соответствует", "указывает", "употребляется",
        "усиливает", "является",
    };

    // Grammar terms: alone they translate ("verb" is "глагол"), but in a longer segment they describe how the
    // headword is used ("определённый артикль", "вспомогательный глагол", "для усиления").
    private static readonly HashSet<string> s_grammarTerms = new(StringComparer.Ordinal)
    {
        "артикль", "артикля", "глагол", "глагола", "глаголом", "глаголов", "значении", "значением", "значения",
        "падеж", "падежа", "падежом", "словосочетаниях", "словосочетании", "сочетаниях", "сочетании", "усиления",
        "местоимение", "местоимения", "предлог", "предлога", "союз", "союза", "частица", "частицы",
    };

    // Words that open a relative clause: after a comma they turn the segment into a definition ("тот, кто
    // болтает"), whose first part is a pronoun, not a translation.
    private static readonly HashSet<string> s_relatives = new(StringComparer.Ordinal)
    {
        "где", "как", "когда", "кого", "кому", "который", "которая", "которое", "которые", "которого", "которой",
        "кто", "чем", "что", "чтобы",
    };

    // Quotation marks and sentence punctuation that may cling to a translation: «изюминка», смирно!, ну?
    private const string EdgePunctuation = "\"'«»“”„!?.…*";

    /// <summary>
    /// The lexicon form of an English headword: lowercase, one word of Latin letters with inner hyphens or
    /// apostrophes. Null for phrases, abbreviations ("a.m.", "USA"), affixes ("-man") and the letters of the
    /// alphabet, except "I", which is also the pronoun.
    /// </summary>
    public static string? Headword(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        // FreeDict spells some hyphens U+2010 ("Bois‐le‐Duc"), as it does in its translations.
        if (text.ContainsAny('\u2010', '\u2011'))
            text = text.ToString().Replace('\u2010', '-').Replace('\u2011', '-');
        if (text.IsEmpty || text.Length > 40)
            return null;
        // Two capitals in a row make an acronym ("UN", "BBC"); lowercased, it would pose as an ordinary word
        // ("un"). Names keep theirs apart ("McAdam", "Bois-le-Duc").
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterUpper(text[i - 1]))
                return null;
        }
        if (text.Length == 1 && text[0] is not ('I' or 'i'))
            return null;
        if (!char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[^1]))
            return null;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
                continue;
            if ((c is '-' or '\'') && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]))
                continue;
            return null;
        }
        return text.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Adds the words of one segment of a translation (a stretch between semicolons, with notes and labels already
    /// gone) to a sense: the segment splits into alternatives at commas and at "или", and each alternative gives
    /// its word when it is one Russian word, or its content words when it is two. A segment that comments rather
    /// than translates ("передаётся род. падежом", "тот, кто болтает") gives nothing, and the return value false
    /// tells the caller that the comment may run on into what follows ("указывает на а) местонахождение").
    /// </summary>
    public static bool AddSegment(ReadOnlySpan<char> segment, List<Translation> sense)
    {
        if (IsCommentary(segment))
            return false;
        var alternatives = new List<Range>();
        foreach (var range in segment.Split(','))
        {
            // "скаковая или беговая лошадь" offers two translations; cut at the conjunction as at a comma.
            var (offset, length) = range.GetOffsetAndLength(segment.Length);
            while (true)
            {
                var or = IndexOfWord(segment.Slice(offset, length), "или");
                if (or < 0)
                {
                    alternatives.Add(new Range(offset, offset + length));
                    break;
                }
                alternatives.Add(new Range(offset, offset + or));
                offset += or + 3;
                length -= or + 3;
            }
        }
        // In "большой, старинный город" and "скаковая или беговая лошадь" the lone adjectives share the noun of
        // the last alternative: each is half of a phrase, not a translation by itself.
        var sharedNoun = alternatives.Count > 1 && StartsWithAdjective(segment[alternatives[^1]], wordCount: 2);
        foreach (var alternative in alternatives)
        {
            var text = segment[alternative];
            AddAlternative(text, sense, sharedNoun && StartsWithAdjective(text, wordCount: 1));
        }
        return true;
    }

    /// <summary>
    /// Orders the words of a headword's senses, given most important first: each sense gives up to three words in
    /// turn, then the rest follow in the same order; repeats are dropped and the list stops at <see cref="Cap"/>.
    /// So a first sense with a long run of synonyms cannot crowd out the second and third senses.
    /// </summary>
    public static List<Translation> Order(IReadOnlyList<List<Translation>> senses)
    {
        var words = new List<Translation>(Cap);
        foreach (var sense in senses)
        {
            for (var i = 0; i < sense.Count && i < FirstRoundPerSense && words.Count < Cap; i++)
                Add(words, sense[i]);
        }
        foreach (var sense in senses)
        {
            for (var i = FirstRoundPerSense; i < sense.Count && words.Count < Cap; i++)
                Add(words, sense[i]);
        }
        return words;
    }

    /// <summary>
    /// Adds a translation unless its word is there already; a word that was there from a phrase and now comes
    /// alone keeps its place and loses the phrase mark.
    /// </summary>
    public static void Add(List<Translation> translations, Translation translation)
    {
        for (var i = 0; i < translations.Count; i++)
        {
            if (translations[i].Word != translation.Word)
                continue;
            if (!translation.FromPhrase)
                translations[i] = translation;
            return;
        }
        translations.Add(translation);
    }

    /// <summary>Whether a word is Russian: Cyrillic letters (lowercase by now), hyphens only between letters.</summary>
    public static bool IsRussianWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !IsRussianLetter(word[0]) || !IsRussianLetter(word[^1]))
            return false;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (IsRussianLetter(word[i]) || (word[i] == '-' && IsRussianLetter(word[i - 1]) && IsRussianLetter(word[i + 1])))
                continue;
            return false;
        }
        return true;
    }

    /// <summary>Whether a lowercase word only frames a phrase (a preposition, a conjunction, a particle, "себя").</summary>
    public static bool IsFunctionWord(string word) => s_functionWords.Contains(word);

    private static bool IsCommentary(ReadOnlySpan<char> segment)
    {
        var words = new List<string>();
        var afterComma = new List<bool>();
        var commaPending = false;
        foreach (var range in segment.SplitAny(" ,"))
        {
            var token = segment[range];
            if (!token.IsEmpty)
            {
                words.Add(token.ToString().ToLowerInvariant());
                afterComma.Add(commaPending);
                commaPending = false;
            }
            if (range.End.Value < segment.Length && segment[range.End.Value] == ',')
                commaPending = true;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (s_commentary.Contains(word) || (afterComma[i] && s_relatives.Contains(word)) ||
                (words.Count > 1 && s_grammarTerms.Contains(word)))
                return true;
        }
        return false;
    }

    private static bool StartsWithAdjective(ReadOnlySpan<char> alternative, int wordCount)
    {
        Span<Range> ranges = stackalloc Range[3];
        var count = alternative.SplitAny(ranges, " \t\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (count != wordCount)
            return false;
        var word = alternative[ranges[0]];
        if (word.Length < 4)
            return false;
        // The full endings of Russian adjectives and participles.
        return word[^2..] is "ый" or "ий" or "ой" or "ая" or "яя" or "ое" or "ее" or "ые" or "ие";
    }

    private static void AddAlternative(ReadOnlySpan<char> alternative, List<Translation> sense, bool halfOfPhrase)
    {
        Span<Range> ranges = stackalloc Range[3];
        var count = alternative.SplitAny(ranges, " \t\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Three or more words describe rather than translate ("указывает на принадлежность").
        if (count is 0 or > 2)
            return;
        var first = Normalize(alternative[ranges[0]]);
        var second = count == 2 ? Normalize(alternative[ranges[1]]) : null;
        if (first is null || (count == 2 && second is null))
            return;
        if (count == 1)
        {
            Add(sense, new Translation(first, FromPhrase: halfOfPhrase));
            return;
        }
        if (!IsFunctionWord(first))
            Add(sense, new Translation(first, FromPhrase: true));
        if (!IsFunctionWord(second!))
            Add(sense, new Translation(second!, FromPhrase: true));
    }

    private static string? Normalize(ReadOnlySpan<char> word)
    {
        word = word.Trim(EdgePunctuation);
        if (word.IsEmpty)
            return null;
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            // FreeDict writes some hyphens as U+2010 ("Нью‐Йорк"); one hyphen keeps one spelling per word.
            var c = word[i] is '\u2010' or '\u2011' ? '-' : word[i];
            lower[i] = char.ToLowerInvariant(c);
        }
        // A lone letter is a Russian word only if it is one of the eight that are; others are stray labels
        // ("[dɑːt] н" for a noun, "г" for a verb) that lost their underscore in the electronic edition.
        if (lower.Length == 1 && lower[0] is not ('а' or 'в' or 'и' or 'к' or 'о' or 'с' or 'у' or 'я'))
            return null;
        return IsRussianWord(lower) ? lower.ToString() : null;
    }

    private static bool IsRussianLetter(char c) => c is (>= 'а' and <= 'я') or 'ё';

    private static int IndexOfWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            at += from;
            var end = at + word.Length;
            if ((at == 0 || char.IsWhiteSpace(text[at - 1])) && (end == text.Length || char.IsWhiteSpace(text[end])))
                return at;
            from = at + 1;
        }
    }
}
