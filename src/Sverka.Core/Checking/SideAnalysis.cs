using System.Buffers;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>What a word is to the checks.</summary>
internal enum WordRole : byte
{
    /// <summary>A word that carries meaning.</summary>
    Content,

    /// <summary>A function word: too common to be evidence.</summary>
    Stopword,

    /// <summary>A number word or month name; the number check reads it.</summary>
    Anchor,

    /// <summary>
    /// A word of the original given in brackets beside its translation ("сообщения об ошибках (bug reports)",
    /// "Джеймсом Триси (James Treacy)"): the translation beside it already answers for the original's word, so it
    /// is not weighed again.
    /// </summary>
    Gloss,
}

/// <summary>One word of a sentence as the checks see it.</summary>
/// <param name="Span">Offsets into the document's text.</param>
/// <param name="Lower">The word in lower case.</param>
/// <param name="Role">Content, function word or number word.</param>
/// <param name="LexiconId">The id of its stem in the lexicon (in the side's direction), or -1.</param>
/// <param name="Listed">
/// A content word the language's dictionaries know: it has a <paramref name="LexiconId"/>, or, for a pair of languages
/// with no lexicon, a lexicon of its own language with another lists it. A capitalised word they list may be a common
/// word in a title ("Council", "Treaty"), translated rather than kept as a name.
/// </param>
/// <param name="Capitalised">Starts with a capital letter.</param>
/// <param name="AllCaps">
/// Every letter is a capital (an acronym, or a shouted headline), or all but one inside an acronym ("ИФХиБПП").
/// </param>
/// <param name="LeadingCapitals">
/// How many capital letters it starts with: two or more make an acronym ("MPs", "NATO"); "McCarthy" and "DeChambeau"
/// start with one and are names.
/// </param>
/// <param name="Initial">Starts a sentence, a quotation or a clause after a colon or dash, where any word is capitalised.</param>
/// <param name="Skeleton">The consonant skeleton under which a name meets its transliteration (<see cref="NameSkeleton"/>).</param>
/// <param name="Sound">The word as it sounds, for comparing names letter by letter (<see cref="NameSound"/>).</param>
/// <param name="JoinedToName">
/// In lower case but joined by a hyphen to a capitalised word, and so part of a name: "Нью-йоркская", "Jong-un".
/// </param>
/// <param name="InCompound">
/// Joined by a hyphen to the word before or after it: one part of a compound ("евро-азиатской", "Taliban-like",
/// "Kai-Fu").
/// </param>
/// <param name="Abbreviated">
/// A short word with a full stop after it that does not end the sentence: a title or a rank cut short ("Capt.",
/// "Det.", "Sen."), not a name.
/// </param>
/// <param name="Parts">
/// For a capitalised English word the lexicon does not know but can read as a compound or a prefixed word, the
/// lexicon ids of its parts: "Southwest" is south and west, "Premiership" premier and ship, "Reborn" born (-1 where
/// there is no such part). Such a word may be translated part by part ("Юго-Запад", "Премьер-лиги") rather than
/// transliterated.
/// </param>
/// <param name="FunctionWordId">
/// For a function word, the lexicon id of its stem, or -1. A function word is never counted, but it may be what a
/// counted word of the other side was translated by: "после" by "after", "told" by "сказал". Kept apart from
/// <paramref name="LexiconId"/>, which marks the words the checks weigh.
/// </param>
internal readonly record struct WordFact(
    TextSpan Span, string Lower, WordRole Role, int LexiconId, bool Listed, bool Capitalised, bool AllCaps, int LeadingCapitals, bool Initial, string Skeleton,
    string Sound, bool JoinedToName, bool InCompound, bool Abbreviated, (int Head, int Tail) Parts,
    int FunctionWordId)
{
    /// <summary>A capital the sentence's shape does not explain: not where a sentence, quotation or clause opens.</summary>
    public bool CapitalisedInProse => Capitalised && !Initial;
}

/// <summary>What the checks need to know of one sentence, computed once.</summary>
internal sealed class SentenceFacts
{
    /// <summary>Its words: a stretch of the side's one array of words, so that consecutive sentences' words are one stretch too.</summary>
    public required ArraySegment<WordFact> Words { get; init; }

    public required IReadOnlyList<NumberMention> Numbers { get; init; }

    /// <summary>Characters that are not spaces.</summary>
    public required int Length { get; init; }

    /// <summary>Letters per script, indexed by <see cref="Script"/>.</summary>
    public required int[] Letters { get; init; }

    public int LetterCount
    {
        get
        {
            var sum = 0;
            foreach (var count in Letters)
                sum += count;
            return sum;
        }
    }

    // Four letters in five in one script make a sentence that script's: a name or a term in another script does not.
    private const double ScriptShare = 0.8;

    /// <summary>
    /// Whether the sentence is written in <paramref name="script"/>, as an English sentence that a Russian
    /// translation left as it was is in Latin letters.
    /// </summary>
    public bool IsWrittenIn(Script script)
    {
        var letters = LetterCount;
        return letters > 0 && Letters[(int)script] >= ScriptShare * letters;
    }

    /// <summary>
    /// True when its content words are capitalised as in an English headline: capitals say nothing of names there.
    /// Where a lexicon tells common words from names (<paramref name="namesKnown"/>), one lower-case content word in
    /// four makes a sentence full of names ("Merkel met Ardern in Rome."), not a headline, since a title capitalises
    /// every content word and a sentence-case headline few. Nor is one with two lower-case content words side by side
    /// ("a senior fellow at the Brookings Institution"): a title's slips are single words, so that is prose whose
    /// capitals are names and titles it quotes. Without one, three in four capitalised is read as a
    /// headline, or every capitalised word of a title ("the Sword of Elendil") would be taken for a name.
    /// </summary>
    public bool IsTitleCase(bool namesKnown)
    {
        int content = 0, capitalised = 0;
        var lowerBefore = false;
        var lowerPair = false;
        foreach (var word in Words)
        {
            if (word.Role != WordRole.Content)
            {
                lowerBefore = false;
                continue;
            }
            content++;
            if (word.Capitalised)
                capitalised++;
            lowerPair |= lowerBefore && !word.Capitalised;
            lowerBefore = !word.Capitalised;
        }
        if (content < 3 || (namesKnown && lowerPair))
            return false;
        return namesKnown ? (content - capitalised) * 4 <= Math.Max(0, content - 4) : capitalised * 4 >= content * 3;
    }
}

/// <summary>
/// One side of an aligned bitext read for the checks: each sentence's words (with lexicon ids, stopword and
/// name facts), numbers and letters by script. Built once per check run and shared by all checks.
/// </summary>
internal sealed class SideAnalysis
{
    private const int MaxWordLength = 64;

    // Titles written before a name: a translator writes "г-н", "мистер" or nothing for "Mr", so a title is no word
    // whose counterpart can be looked for. Counted, "Mr" was covered in none of its 47 uses in NTREX's 1-1 pairs.
    // Words split at hyphens, so "г-н", "г-на", "г-жа" come here as "г" (and "н", "жа", which no lexicon knows);
    // "г." for "год" or "город" is no word to look for either.
    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "г",
    };

    /// <summary>English prefixes that make a word of a word: "Pretrial", "Reborn", "Demilitarised", "Unpresidential".</summary>
    private static readonly string[] s_englishPrefixes = ["pre", "re", "de", "un", "non", "anti", "counter", "over", "under", "post", "co"];

    /// <summary>What may follow the full stop that ends a sentence: spaces, closing quotes and brackets.</summary>
    private static readonly SearchValues<char> s_closers = SearchValues.Create(" \t\"'”’»)");

    private readonly SentenceFacts[] _sentences;
    private readonly LexiconSide _vocabulary;
    private readonly WordFact[] _words;

    // Where each sentence's words start in _words, and one more entry for the end of the last.
    private readonly int[] _wordStarts;

    /// <param name="document">The side's sentences.</param>
    /// <param name="lexicon">The lexicon between the bitext's languages, or null.</param>
    /// <param name="isSource">Whether the document is the source, which reads <paramref name="lexicon"/> from its first language.</param>
    /// <param name="vocabulary">
    /// With no <paramref name="lexicon"/>, a lexicon from this side's language to any other, read only for which words
    /// the language has (<see cref="WordFact.Listed"/>); or null.
    /// </param>
    public SideAnalysis(Document document, Lexicon? lexicon, bool isSource, Lexicon? vocabulary = null)
    {
        Document = document;
        Lexicon = new LexiconSide(lexicon, isSource);
        _vocabulary = new LexiconSide(lexicon is null ? vocabulary : null, isSource: true);
        var words = LanguageWords.For(document.Language);
        var stemmer = WordStemmer.For(document.Language);
        _sentences = new SentenceFacts[document.SentenceCount];
        var scripts = new int[8];
        // Every sentence's words go into one array, in order, so that a bead's words are one stretch of it and no
        // check copies them to put sentences together. Counted first, so that it is made once at its size.
        _words = new WordFact[CountWords(document)];
        var filled = 0;
        var readings = new SentenceReading[document.SentenceCount];
        var forms = new Dictionary<string, WordForm>(StringComparer.Ordinal);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            readings[s] = Read(document, s, words, stemmer, ref filled, forms);
            for (var k = 0; k < scripts.Length; k++)
                scripts[k] += readings[s].Letters[k];
        }
        _wordStarts = new int[document.SentenceCount + 1];
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var reading = readings[s];
            _wordStarts[s + 1] = _wordStarts[s] + reading.WordCount;
            _sentences[s] = new SentenceFacts
            {
                Words = new ArraySegment<WordFact>(_words, _wordStarts[s], reading.WordCount),
                Numbers = reading.Numbers,
                Length = reading.Length,
                Letters = reading.Letters,
            };
        }
        var best = Script.Other;
        for (var k = 1; k < scripts.Length; k++)
        {
            if (scripts[k] > scripts[(int)best])
                best = (Script)k;
        }
        Script = best;
    }

    public Document Document { get; }

    /// <summary>The lexicon read from this side's point of view.</summary>
    public LexiconSide Lexicon { get; private set; }

    /// <summary>
    /// Reads the side through <paramref name="lexicon"/> from now on: the lexicon it was read with and pairs more
    /// between the same stems, so that every word keeps its id. <paramref name="taught"/> are the ids of this side's
    /// stems the pairs added translations for.
    /// </summary>
    internal void ReadThrough(Lexicon lexicon, bool isSource, HashSet<int> taught)
    {
        Lexicon = new LexiconSide(lexicon, isSource);
        Taught = taught;
    }

    /// <summary>The ids of stems whose translations the document taught (<see cref="DocumentTerms"/>), if any.</summary>
    public IReadOnlySet<int> Taught { get; private set; } = new HashSet<int>();

    /// <summary>Whether a lexicon, of the bitext's pair or of this language with another, tells which words are <see cref="WordFact.Listed"/>.</summary>
    public bool KnowsWords => Lexicon.IsPresent || _vocabulary.IsPresent;

    /// <summary>The script most of the side's letters are in.</summary>
    public Script Script { get; }

    public string Language => Document.Language;

    public SentenceFacts this[int sentence] => _sentences[sentence];

    /// <summary>The words of sentences [first, first + count), as one stretch: nothing is copied.</summary>
    public ArraySegment<WordFact> WordsOf(int first, int count) =>
        new(_words, _wordStarts[first], _wordStarts[first + count] - _wordStarts[first]);

    /// <summary>What reading one sentence gives besides its words, which go into the side's array.</summary>
    private readonly record struct SentenceReading(int WordCount, IReadOnlyList<NumberMention> Numbers, int Length, int[] Letters);

    private static int CountWords(Document document)
    {
        var count = 0;
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var scanner = new WordScanner(document.SentenceSpan(s));
            while (scanner.MoveNext())
            {
                if (scanner.Current.Kind == TokenKind.Word)
                    count++;
            }
        }
        return count;
    }

    private SentenceReading Read(Document document, int index, LanguageWords words, WordStemmer stemmer, ref int filled, Dictionary<string, WordForm> forms)
    {
        var formsBySpelling = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = filled;
        var span = document.Sentences[index].Span;
        var text = document.Text;
        var sentence = text.AsSpan(span.Start, span.Length);
        var letters = new int[8];
        var length = 0;
        foreach (var c in sentence)
        {
            if (CharClass.IsSpace(c))
                continue;
            length++;
            if (char.IsLetter(c))
                letters[(int)CharClass.ScriptOf(c)]++;
        }

        var scanner = new WordScanner(sentence);
        var previousEnd = -1;
        var previousCapitalised = false;
        var previousIsWord = false;
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            if (token.Kind != TokenKind.Word)
            {
                previousEnd = token.Start + token.Length;
                previousCapitalised = false;
                previousIsWord = false;
                continue;
            }
            var tokenStart = token.Start;
            var elided = ElidedWordLength(sentence.Slice(token.Start, token.Length), document.Language);
            token = new Token(token.Start + elided, token.Length - elided, token.Kind);
            var word = sentence.Slice(token.Start, token.Length);
            WordForm form;
            // A run of letters longer than any word (a URL, a line of base64) is no word to meet again: not kept.
            if (word.Length > MaxWordLength)
                form = Form(word, words, stemmer);
            else if (!formsBySpelling.TryGetValue(word, out form))
            {
                form = Form(word, words, stemmer);
                formsBySpelling[word] = form;
            }
            var afterHyphen = previousIsWord && token.Start == previousEnd + 1 && sentence[previousEnd] == '-';
            var joinedToName = !form.Capitalised && previousCapitalised && afterHyphen;
            if (afterHyphen)
                _words[filled - 1] = _words[filled - 1] with { InCompound = true };
            var isFirstWord = filled == firstWord;
            _words[filled++] = new WordFact(
                new TextSpan(span.Start + token.Start, token.Length),
                form.Lower,
                form.Role,
                form.LexiconId,
                form.Listed,
                form.Capitalised,
                form.AllCaps,
                form.LeadingCapitals,
                IsInitial(sentence, tokenStart, previousEnd, isFirstWord),
                form.Skeleton,
                form.Sound,
                joinedToName,
                afterHyphen,
                IsAbbreviated(sentence, token.Start + token.Length, token.Length),
                form.Parts,
                form.FunctionWordId);
            previousEnd = token.Start + token.Length;
            previousCapitalised = form.Capitalised;
            previousIsWord = true;
        }
        MarkGlosses(text, span, firstWord, filled, letters);
        var numbers = NumberReader.Read(text, span, document.Language);
        MarkFigureWords(text, numbers, words, firstWord, filled);
        return new SentenceReading(filled - firstWord, numbers, length, letters);
    }

    /// <summary>
    /// Marks as <see cref="WordRole.Gloss"/> the words of brackets that hold only words in another script than the
    /// sentence's own and follow a word in its own: the original's term beside its translation.
    /// </summary>
    private void MarkGlosses(string text, TextSpan sentence, int firstWord, int endWord, int[] letters)
    {
        const int MaxGlossLength = 80;
        var own = Script.Other;
        for (var script = (int)Script.Other + 1; script < letters.Length; script++)
        {
            if (letters[script] > letters[(int)own])
                own = (Script)script;
        }
        if (own == Script.Other)
            return;
        var w = firstWord;
        for (var open = text.IndexOf('(', sentence.Start, sentence.Length); open >= 0;
             open = open + 1 < sentence.End ? text.IndexOf('(', open + 1, sentence.End - open - 1) : -1)
        {
            var close = text.IndexOf(')', open, Math.Min(MaxGlossLength, sentence.End - open));
            if (close < 0)
                continue;
            while (w < endWord && _words[w].Span.Start < open)
                w++;
            if (w == firstWord || CharClass.ScriptOf(text[_words[w - 1].Span.Start]) != own || _words[w - 1].Span.End > open)
                continue;
            var inside = w;
            while (inside < endWord && _words[inside].Span.End <= close && IsInAnotherScript(text[_words[inside].Span.Start], own))
                inside++;
            // Every word up to the closing bracket must be in the other script.
            if (inside == w || (inside < endWord && _words[inside].Span.Start < close))
                continue;
            for (var g = w; g < inside; g++)
                _words[g] = _words[g] with { Role = WordRole.Gloss };
        }
    }

    /// <summary>
    /// Marks as <see cref="WordRole.Anchor"/> the words a number mention takes in with its figure: a currency
    /// ("5 миллионов долларов" for "$5 million"), a unit ("40 км"), and a word that only says what a figure in
    /// digits just before it counts (<see cref="LanguageWords.IsFigureWord"/>: "2018 году" for "in 2018",
    /// "32-летний" for "32-year-old"). The number check weighs them with the figure, and the other side often
    /// writes them as a sign or not at all, so as words of their own they would look untranslated. They still
    /// answer for the other side's words ("5 лет" for "5 years"): only their own weight goes.
    /// </summary>
    private void MarkFigureWords(string text, IReadOnlyList<NumberMention> numbers, LanguageWords words, int firstWord, int endWord)
    {
        // A sentence holds few figures, and the reader does not promise them in order: each looks from the start.
        foreach (var number in numbers)
        {
            var w = firstWord;
            while (w < endWord && _words[w].Span.Start < number.Span.Start)
                w++;
            for (; w < endWord && _words[w].Span.End <= number.Span.End; w++)
            {
                if (_words[w].Role == WordRole.Content)
                    _words[w] = _words[w] with { Role = WordRole.Anchor };
            }
            if (w >= endWord || !number.InDigits || _words[w].Role != WordRole.Content)
                continue;
            // The word a figure counts may follow the figure's case ending ("1990-е годы").
            var figureEnd = number.Span.End;
            if (IsCaseEndingOfFigure(text, number, _words[w]))
            {
                _words[w] = _words[w] with { Role = WordRole.Anchor };
                figureEnd = _words[w].Span.End;
                if (++w >= endWord || _words[w].Role != WordRole.Content)
                    continue;
            }
            if (words.IsFigureWord(_words[w].Lower) && _words[w].Span.Start - figureEnd <= 1 && IsFigureJoin(text, figureEnd, _words[w].Span.Start))
                _words[w] = _words[w] with { Role = WordRole.Anchor };
        }
    }

    private const int MaxCaseEndingLength = 3;

    /// <summary>
    /// Whether a word is the ending Russian writes after a hyphen to decline a figure ("1990-е", "23-й", "90-х",
    /// "5-го"): part of the number, not a word a translation must render.
    /// </summary>
    private static bool IsCaseEndingOfFigure(string text, NumberMention number, WordFact word) =>
        word.Lower.Length <= MaxCaseEndingLength && word.Span.Start == number.Span.End + 1 && text[number.Span.End] == '-'
        && CharClass.ScriptOf(text[word.Span.Start]) == Script.Cyrillic;

    /// <summary>Nothing, a space or a hyphen between a figure and the word after it.</summary>
    private static bool IsFigureJoin(string text, int from, int to) => from == to || text[from] is ' ' or '\u00a0' or '-';

    private static bool IsInAnotherScript(char first, Script own) => CharClass.ScriptOf(first) is var script && script != own && script != Script.Other;

    /// <summary>
    /// What a word's spelling alone decides, from its lower case to its lexicon id and its sound: worked out once per
    /// spelling and shared by every occurrence, since stemming and sounding out are most of the cost of reading a
    /// side and a long document writes its words again and again.
    /// </summary>
    private readonly record struct WordForm(string Lower, WordRole Role, int LexiconId, bool Listed, int FunctionWordId, bool Capitalised, bool AllCaps,
        int LeadingCapitals, string Skeleton, string Sound, (int Head, int Tail) Parts);

    private WordForm Form(ReadOnlySpan<char> word, LanguageWords words, WordStemmer stemmer)
    {
        var lower = word.Length <= MaxWordLength ? word.ToString().ToLowerInvariant() : "";
        var role = lower.Length == 0 || words.IsStopword(lower) || s_titles.Contains(lower) ? WordRole.Stopword
            : words.TryGetAnchorKey(lower, out _) ? WordRole.Anchor
            : WordRole.Content;
        var id = role == WordRole.Content && Lexicon.IsPresent ? IdOf(Lexicon, lower, stemmer) : -1;
        var listed = id >= 0 || (role == WordRole.Content && _vocabulary.IsPresent && IdOf(_vocabulary, lower, stemmer) >= 0);
        var functionWordId = role == WordRole.Stopword && lower.Length > 0 && Lexicon.IsPresent ? IdIn(Lexicon, stemmer.Stem(lower)) : -1;
        Span<char> skeleton = stackalloc char[16];
        var skeletonLength = NameSkeleton.BuildFull(WithoutPossessive(word), skeleton);
        var capitalised = char.IsUpper(word[0]);
        return new WordForm(lower, role, id, listed, functionWordId, capitalised, IsAllCaps(word), CountLeadingCapitals(word),
            skeleton[..skeletonLength].ToString(), NameSound.Of(word),
            capitalised && id < 0 && role == WordRole.Content ? CompoundParts(lower, stemmer) : (-1, -1));
    }

    private const int MinShortFormLength = 5;

    /// <summary>
    /// The id of a word in a lexicon, by its stem, or for a Russian short adjective or participle by its full form's.
    /// The stemmer cuts the masculine short form to another word or to none: "доступен" to "доступ" (access),
    /// "должен", "нужен", "необходим" to stems no dictionary lists, where "доступна", "доступный" and the dictionary's
    /// "доступный" all give "доступн". A form in -ен with a fleeting vowel ("доступен", "действителен") is read as its
    /// adjective whenever the dictionary has that; a participle in -ен ("установлен") and a form in -им, -ит, -ыт
    /// ("необходим", "разбит") only where the stem alone is unknown, since the verb's stem translates it as well.
    /// Not "-мен": "времен", "имен" are nouns.
    /// </summary>
    private int IdOf(LexiconSide lexicon, string lower, WordStemmer stemmer)
    {
        var stem = stemmer.Stem(lower);
        if (Language != "ru" || lower.Length < MinShortFormLength)
            return IdIn(lexicon, stem);
        if (lower.EndsWith("ен", StringComparison.Ordinal) || lower.EndsWith("ён", StringComparison.Ordinal))
        {
            if (lower.EndsWith("мен", StringComparison.Ordinal))
                return IdIn(lexicon, stem);
            var adjective = lexicon.Id(stemmer.Stem(string.Concat(lower.AsSpan(0, lower.Length - 2), "ный")));
            if (adjective < 0)
                adjective = lexicon.Id(stemmer.Stem(string.Concat(lower.AsSpan(0, lower.Length - 2), "ьный")));
            if (adjective >= 0)
                return adjective;
            var id = IdIn(lexicon, stem);
            return id >= 0 ? id : lexicon.Id(stemmer.Stem(lower + "ный"));
        }
        var known = IdIn(lexicon, stem);
        if (known >= 0 || !(lower.EndsWith("им", StringComparison.Ordinal) || lower.EndsWith("ит", StringComparison.Ordinal)
            || lower.EndsWith("ыт", StringComparison.Ordinal)))
            return known;
        return lexicon.Id(stemmer.Stem(lower + "ый"));
    }

    /// <summary>
    /// The id of a stem in a lexicon; for a Russian stem the lexicon does not know, also the stem with its fleeting vowel
    /// put back: the dictionary lists "кубок", "немец", "турок" where "Кубке", "немцы", "турками" stem to "кубк",
    /// "немц", "турк".
    /// </summary>
    private int IdIn(LexiconSide lexicon, string stem)
    {
        var id = lexicon.Id(stem);
        if (id >= 0 || stem.Length < 3 || Language != "ru" || stem[^1] is not ('к' or 'ц' or 'н' or 'л' or 'р'))
            return id;
        Span<char> full = stackalloc char[stem.Length + 1];
        stem.AsSpan(0, stem.Length - 1).CopyTo(full);
        full[^1] = stem[^1];
        foreach (var vowel in "оеё")
        {
            full[^2] = vowel;
            id = lexicon.Id(full);
            if (id >= 0)
                return id;
        }
        return -1;
    }

    /// <summary>Whether a word of at most four letters is followed by a full stop and then by more of its sentence.</summary>
    private static bool IsAbbreviated(ReadOnlySpan<char> sentence, int end, int length)
    {
        if (length > 4 || end >= sentence.Length || sentence[end] != '.')
            return false;
        var rest = sentence[(end + 1)..];
        return rest.IndexOfAnyExcept(s_closers) >= 0;
    }

    /// <summary>
    /// The lexicon ids of the parts of an English word the lexicon does not know, or of a Russian one clipped from
    /// "European", when it splits into a known prefix
    /// or word and a known word ("south" + "west", "premier" + "ship", "head" + "masters", "re" + "born"), each word
    /// of four letters or more; (-1, -1) when it does not.
    /// </summary>
    private (int Head, int Tail) CompoundParts(string lower, WordStemmer stemmer)
    {
        if (Language == "ru" && Lexicon.IsPresent && lower.Length >= 8 && lower.StartsWith("евро", StringComparison.Ordinal))
        {
            // Russian clips "European" to евро- before a body's name: "Еврокомиссия" is the (European) Commission,
            // "Евролига" the Europa League.
            var tail = Lexicon.Id(stemmer.Stem(lower.AsSpan(4)));
            return tail >= 0 ? (Lexicon.Id(stemmer.Stem("европа")), tail) : (-1, -1);
        }
        if (Language != "en" || !Lexicon.IsPresent || lower.Length < 6)
            return (-1, -1);
        foreach (var prefix in s_englishPrefixes)
        {
            if (lower.Length - prefix.Length >= 4 && lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = Lexicon.Id(stemmer.Stem(lower.AsSpan(prefix.Length)));
                if (rest >= 0)
                    return (-1, rest);
            }
        }
        for (var cut = 4; cut + 4 <= lower.Length; cut++)
        {
            var head = Lexicon.Id(stemmer.Stem(lower.AsSpan(0, cut)));
            var tail = head >= 0 ? Lexicon.Id(stemmer.Stem(lower.AsSpan(cut))) : -1;
            if (tail >= 0)
                return (head, tail);
        }
        return (-1, -1);
    }

    /// <summary>"Trump's" is Trump: the possessive would add a consonant to the skeleton.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            ? word[..^2]
            : word;

    private static int CountLeadingCapitals(ReadOnlySpan<char> word)
    {
        var count = 0;
        while (count < word.Length && char.IsUpper(word[count]))
            count++;
        return count;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        // A Russian acronym may keep a conjunction in lower case inside it ("ИФХиБПП", the Institute of
        // Physicochemical and Biological Problems in Soil Science): one such letter among three capitals or more.
        int capitals = 0, lower = 0, lowerAt = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]))
                continue;
            if (char.IsUpper(word[i]))
            {
                capitals++;
                continue;
            }
            lower++;
            lowerAt = i;
        }
        return lower == 0 || (lower == 1 && capitals >= 3 && lowerAt > 0 && lowerAt < word.Length - 1 && char.IsUpper(word[lowerAt + 1]));
    }

    /// <summary>
    /// True when a word stands where any word is capitalised: first in the sentence, or after an opening quote, a
    /// bracket, a colon, a dash or a full stop ("He said: «Today…»"). A full stop after a short capitalised word is
    /// an abbreviation or an initial ("Mr. Smith", "J. K. Rowling") and does not count, unless the word is an acronym
    /// of two letters or more, which takes no full stop of its own ("…побережью США. Приближаясь…").
    /// </summary>
    // The words French, Italian and Catalan cut to a consonant and an apostrophe before a vowel: "l'Himalaya",
    // "d'Everest", "jusqu'à", "dell'Everest". The scanner keeps them with the word; the checks read the word alone,
    // so that a name after one is still a capitalised word.
    private static readonly Dictionary<string, HashSet<string>> s_elidedWords = new(StringComparer.Ordinal)
    {
        ["fr"] = new(StringComparer.Ordinal) { "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" },
        ["it"] = new(StringComparer.Ordinal) { "l", "d", "c", "m", "t", "s", "v", "un", "all", "dall", "dell", "nell", "sull", "coll", "quell" },
        ["ca"] = new(StringComparer.Ordinal) { "l", "d", "s", "m", "t", "n" },
    };

    /// <summary>How many characters of a word are an elided article or pronoun and its apostrophe ("l'"), or 0.</summary>
    private static int ElidedWordLength(ReadOnlySpan<char> word, string language)
    {
        if (!s_elidedWords.TryGetValue(language, out var elided))
            return 0;
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe <= 0 || apostrophe > 6 || apostrophe + 1 >= word.Length)
            return 0;
        Span<char> lower = stackalloc char[apostrophe];
        word[..apostrophe].ToLowerInvariant(lower);
        return elided.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower) ? apostrophe + 1 : 0;
    }

    private static bool IsInitial(ReadOnlySpan<char> sentence, int start, int previousEnd, bool isFirstWord)
    {
        if (previousEnd < 0)
            return true;
        var i = start - 1;
        while (i >= previousEnd && CharClass.IsSpace(sentence[i]))
            i--;
        if (i < previousEnd)
            return false;
        var c = sentence[i];
        // A table's cell opens like a sentence ("|User commands |Executable commands").
        if (c is '"' or '“' or '«' or '„' or '\'' or '‘' or '(' or '[' or ':' or '—' or '–' or '!' or '?' or '…' or ';' or '|')
            return true;
        // After a footnote's or a list item's mark, "^[65] Unlike…", "2) The…", the first word starts the sentence.
        if (isFirstWord && c is ']' or ')')
            return true;
        if (c is '-')
            return i + 1 < start;
        if (c != '.')
            return false;
        // The word before the full stop.
        var end = i;
        var wordStart = end;
        while (wordStart > 0 && char.IsLetter(sentence[wordStart - 1]))
            wordStart--;
        var before = sentence[wordStart..end];
        return !(before.Length is > 0 and <= 3 && char.IsUpper(before[0])) || (before.Length >= 2 && IsAllCaps(before));
    }
}
