using Sverka.Core.Scoring;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Gathers dictionary entries and turns them into the stem pairs of an English–Russian lexicon: entries for the
/// same word merge in the order they came (so the first dictionary added leads), pointers ("went" → "go") borrow
/// the first translations of the word they point to, and both sides are reduced to Snowball stems, as the aligner
/// reduces the words of the texts it compares.
/// </summary>
public sealed class LexiconBuilder
{
    /// <summary>How many translations a pointer borrows: the target's first senses, not its idioms.</summary>
    private const int BorrowedTranslations = 5;

    /// <summary>
    /// How many headwords may take a word from a two-word translation before that word counts as a generic head
    /// ("простой человек", "делать вид", "синего цвета") and is left out wherever it came from a phrase.
    /// </summary>
    public const int GenericPhraseWordLimit = 25;

    // Frequent Russian words some of whose forms the Snowball stemmer cannot bring back to the dictionary form,
    // because the stem itself changes (suppletion, vowel and consonant alternation): "дети" is the plural of
    // "ребёнок", "лет" the genitive plural of "год", "может" a form of "мочь". A dictionary lists only the
    // dictionary form, so without these "children" would never meet "дети" nor "five years" "пять лет".
    private static readonly Dictionary<string, string[]> s_russianForms = new(StringComparer.Ordinal)
    {
        ["ребёнок"] = ["дети", "детей", "детям", "детьми"],
        ["человек"] = ["люди", "людей", "людям", "людьми"],
        ["год"] = ["лет"],
        ["время"] = ["времени", "временем", "времена", "времён"],
        ["имя"] = ["имени", "именем", "имена", "имён"],
        ["мать"] = ["матери", "матерью", "матерей"],
        ["дочь"] = ["дочери", "дочерью", "дочерей"],
        ["идти"] = ["иду", "идёт", "шёл", "шла", "шло", "шли"],
        ["прийти"] = ["приду", "придёт", "пришёл", "пришла", "пришло", "пришли"],
        ["уйти"] = ["уйду", "уйдёт", "ушёл", "ушла", "ушло", "ушли"],
        ["мочь"] = ["могу", "может", "можем", "могут", "мог", "могла", "могли"],
        ["хотеть"] = ["хочу", "хочет", "хотим", "хотят"],
        ["сказать"] = ["скажу", "скажет", "скажут"],
        ["писать"] = ["пишу", "пишет", "пишут"],
        ["брать"] = ["беру", "берёт", "берут"],
        ["взять"] = ["возьму", "возьмёт", "возьмут"],
        ["дать"] = ["дам", "даст", "дадут"],
        ["быть"] = ["был", "была", "было", "были", "буду", "будет", "будут"],
    };

    private readonly Dictionary<string, List<Translation>> _translations = new(StringComparer.Ordinal);
    private readonly List<(string Headword, string Target)> _references = [];

    /// <summary>How many distinct English words have been added.</summary>
    public int HeadwordCount => _translations.Count;

    /// <summary>Adds an entry; translations of a word already present are appended after the ones it has.</summary>
    public void Add(LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.IsEmpty)
            return;
        if (!_translations.TryGetValue(entry.Headword, out var translations))
        {
            translations = [];
            _translations.Add(entry.Headword, translations);
        }
        foreach (var translation in entry.Translations)
            TranslationWords.Add(translations, translation);
        foreach (var target in entry.References)
            _references.Add((entry.Headword, target));
    }

    /// <summary>
    /// The lexicon as distinct (English stem, Russian stem) pairs, sorted ordinally by English stem, then by
    /// Russian stem.
    /// </summary>
    public IReadOnlyList<(string SourceStem, string TargetStem)> Build()
    {
        // Pointers borrow from the target's own translations only, one hop: chains of pointers are rare in print
        // and following them lets a mistake in one entry wander far.
        var merged = new Dictionary<string, List<Translation>>(_translations.Count, StringComparer.Ordinal);
        foreach (var (headword, translations) in _translations)
            merged.Add(headword, [.. translations]);
        foreach (var (headword, target) in _references)
        {
            if (!_translations.TryGetValue(target, out var borrowed))
                continue;
            var translations = merged[headword];
            for (var i = 0; i < borrowed.Count && i < BorrowedTranslations; i++)
                TranslationWords.Add(translations, borrowed[i]);
        }

        var phraseUses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var translations in merged.Values)
        {
            foreach (var translation in translations)
            {
                if (translation.FromPhrase)
                    phraseUses[translation.Word] = phraseUses.GetValueOrDefault(translation.Word) + 1;
            }
        }

        var english = WordStemmer.For("en");
        var russian = WordStemmer.For("ru");
        var pairs = new HashSet<(string, string)>();
        foreach (var (headword, translations) in merged)
        {
            foreach (var form in UnlistedForms(headword, merged))
                AddPairs(pairs, english.Stem(form), translations, phraseUses, russian);
        }
        var sorted = new List<(string SourceStem, string TargetStem)>(pairs.Count);
        foreach (var pair in pairs)
            sorted.Add(pair);
        sorted.Sort(static (a, b) =>
        {
            var bySource = string.CompareOrdinal(a.SourceStem, b.SourceStem);
            return bySource != 0 ? bySource : string.CompareOrdinal(a.TargetStem, b.TargetStem);
        });
        return sorted;
    }

    /// <summary>
    /// The English words a headword's translations serve: the headword, and its other spelling when no headword
    /// of its own has it ("neighbour" serves "neighbor", but "metre" not "meter").
    /// </summary>
    private static IEnumerable<string> UnlistedForms(string headword, Dictionary<string, List<Translation>> headwords)
    {
        yield return headword;
        foreach (var variant in EnglishForms.SpellingVariants(headword))
        {
            if (!headwords.ContainsKey(variant))
                yield return variant;
        }
    }

    /// <summary>Pairs <paramref name="source"/> with the stems of its translations and of their forms.</summary>
    private static void AddPairs(HashSet<(string, string)> pairs, string source, List<Translation> translations, Dictionary<string, int> phraseUses, WordStemmer russian)
    {
        foreach (var translation in translations)
        {
            if (translation.FromPhrase && phraseUses[translation.Word] > GenericPhraseWordLimit)
                continue;
            pairs.Add((source, russian.Stem(translation.Word)));
            if (s_russianForms.TryGetValue(translation.Word, out var forms))
            {
                foreach (var form in forms)
                    pairs.Add((source, russian.Stem(form)));
            }
            if (GenitiveTheStemmerMisses(translation.Word) is { } oblique)
                pairs.Add((source, russian.Stem(oblique)));
        }
    }

    /// <summary>
    /// The genitive of a noun whose dictionary form the stemmer cuts to another stem than its other forms, or null
    /// for any other word. A noun whose last vowel drops when it is inflected ("паводок" – "паводка", "конец" –
    /// "конца", "посол" – "посла", "день" – "дня") keeps the vowel in the dictionary form only; a noun in "-ой"
    /// ("герой" – "героя", "слой" – "слоя") loses its "ой" there, as if it were an adjective's ending. Without
    /// the genitive's stem such a noun never meets most of its uses in text. A word that ends the same way but
    /// declines otherwise ("урок" – "урока", the adjective "большой") gains a stem no text has, which costs nothing.
    /// </summary>
    internal static string? GenitiveTheStemmerMisses(string word)
    {
        if (word.Length >= 4 && word.EndsWith("ой", StringComparison.Ordinal))
            return word[..^1] + "я";
        // "-тель" makes agents ("председатель", "писатель"), and they keep their vowel.
        if (word.EndsWith("тель", StringComparison.Ordinal))
            return null;
        var soft = word.EndsWith('ь');
        var core = soft ? word.AsSpan(0, word.Length - 1) : word.AsSpan();
        if (core.Length < 3 || !"кцлрн".Contains(core[^1]) || !"оеё".Contains(core[^2]) || IsRussianVowel(core[^3]) || core[^3] is 'ь' or 'ъ' or '-')
            return null;
        return string.Concat(core[..^2], core[^1..], soft ? "я" : "а");
    }

    private static bool IsRussianVowel(char c) => "аеёиоуыэюя".Contains(c);
}
