using Sverka.Core.Scoring;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Gathers dictionary entries and turns them into the stem pairs of a lexicon: entries for the same word merge in
/// the order they came (so the first dictionary added leads), pointers ("went" → "go") borrow the first translations
/// of the word they point to, and both sides are reduced to Snowball stems, as the aligner reduces the words of the
/// texts it compares. A dictionary may run either way: a French–German one serves a German–French lexicon through
/// <see cref="AddInverse"/>. What the builder knows of a language's grammar (English spellings; Russian and German
/// forms the stemmer cannot reach) it applies only to that language.
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
        // After a numeral the genitive plural of "люди" is "человек": "15 people" is "15 человек".
        ["люди"] = ["человек"],
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

    // The unstressed prefixes of German verbs, which take no ge- in the participle ("erreicht", "verloren").
    private static readonly string[] s_germanUnstressedPrefixes = ["be", "ge", "er", "ver", "zer", "ent", "emp", "miss"];

    private readonly string _sourceLanguage;
    private readonly string _targetLanguage;
    private readonly Dictionary<string, List<Translation>> _translations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Translation>> _inverseTranslations = new(StringComparer.Ordinal);
    private readonly List<(string Headword, string Target)> _references = [];
    private readonly HashSet<string> _sourceVerbs = new(StringComparer.Ordinal);

    /// <summary>A builder for a lexicon from <paramref name="sourceLanguage"/> to <paramref name="targetLanguage"/> (ISO 639-1).</summary>
    public LexiconBuilder(string sourceLanguage, string targetLanguage)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceLanguage);
        ArgumentException.ThrowIfNullOrEmpty(targetLanguage);
        _sourceLanguage = sourceLanguage;
        _targetLanguage = targetLanguage;
    }

    /// <summary>How many distinct words have been added as headwords, from either side.</summary>
    public int HeadwordCount => _translations.Count + _inverseTranslations.Count;

    /// <summary>
    /// Adds an entry whose headword is in the source language; translations of a word already present are appended
    /// after the ones it has.
    /// </summary>
    public void Add(LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.IsEmpty)
            return;
        Append(_translations, entry);
        if (entry.IsVerb)
            _sourceVerbs.Add(entry.Headword);
        foreach (var target in entry.References)
            _references.Add((entry.Headword, target));
    }

    /// <summary>
    /// Adds an entry of a dictionary that runs the other way: its headword is in the target language and its
    /// translations in the source language. Its pointers are not followed; the dictionaries that have them run
    /// from the source language.
    /// </summary>
    public void AddInverse(LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Translations.Count == 0)
            return;
        Append(_inverseTranslations, entry);
        if (entry.IsVerb)
        {
            foreach (var translation in entry.Translations)
                _sourceVerbs.Add(translation.Word);
        }
    }

    private static void Append(Dictionary<string, List<Translation>> headwords, LexiconEntry entry)
    {
        if (!headwords.TryGetValue(entry.Headword, out var translations))
        {
            translations = [];
            headwords.Add(entry.Headword, translations);
        }
        foreach (var translation in entry.Translations)
            TranslationWords.Add(translations, translation);
    }

    /// <summary>
    /// The lexicon as distinct (source stem, target stem) pairs, sorted ordinally by source stem, then by target
    /// stem.
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

        var sourceStemmer = WordStemmer.For(_sourceLanguage);
        var targetStemmer = WordStemmer.For(_targetLanguage);
        var pairs = new HashSet<(string, string)>();
        var phraseUses = PhraseUses(merged);
        foreach (var (headword, translations) in merged)
        {
            foreach (var form in UnlistedForms(headword, merged))
            {
                var source = sourceStemmer.Stem(form);
                foreach (var translation in Kept(translations, phraseUses))
                {
                    foreach (var target in TargetForms(translation.Word))
                        pairs.Add((source, targetStemmer.Stem(target)));
                }
            }
        }
        var inversePhraseUses = PhraseUses(_inverseTranslations);
        foreach (var (headword, translations) in _inverseTranslations)
        {
            foreach (var target in TargetForms(headword))
            {
                var targetStem = targetStemmer.Stem(target);
                foreach (var translation in Kept(translations, inversePhraseUses))
                {
                    foreach (var form in SourceForms(translation.Word))
                        pairs.Add((sourceStemmer.Stem(form), targetStem));
                }
            }
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

    /// <summary>How many headwords take each word from a phrase.</summary>
    private static Dictionary<string, int> PhraseUses(Dictionary<string, List<Translation>> headwords)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var translations in headwords.Values)
        {
            foreach (var translation in translations)
            {
                if (translation.FromPhrase)
                    uses[translation.Word] = uses.GetValueOrDefault(translation.Word) + 1;
            }
        }
        return uses;
    }

    /// <summary>The translations of a headword without the generic heads of phrases.</summary>
    private static IEnumerable<Translation> Kept(List<Translation> translations, Dictionary<string, int> phraseUses)
    {
        foreach (var translation in translations)
        {
            if (!translation.FromPhrase || phraseUses[translation.Word] <= GenericPhraseWordLimit)
                yield return translation;
        }
    }

    /// <summary>
    /// The source words a headword's translations serve: the headword, and for English its other spelling when no
    /// headword of its own has it ("neighbour" serves "neighbor", but "metre" not "meter").
    /// </summary>
    private IEnumerable<string> UnlistedForms(string headword, Dictionary<string, List<Translation>> headwords)
    {
        foreach (var form in SourceForms(headword))
            yield return form;
        if (_sourceLanguage != "en")
            yield break;
        foreach (var variant in EnglishForms.SpellingVariants(headword))
        {
            if (!headwords.ContainsKey(variant))
                yield return variant;
        }
    }

    /// <summary>
    /// A source word and, for a German verb, the forms in -t its stemmer does not bring back to the infinitive: the
    /// present ("erreicht"), the weak past ("erreichte", "erreichten") and the participle ("gemacht", "erreicht").
    /// Snowball cuts only endings, so without them the past tense of a narrative never meets its dictionary form.
    /// </summary>
    private IEnumerable<string> SourceForms(string word)
    {
        yield return word;
        if (_sourceLanguage != "de" || !_sourceVerbs.Contains(word))
            yield break;
        foreach (var form in GermanVerbForms(word))
            yield return form;
    }

    /// <summary>The -t forms of a German infinitive ("machen": "macht", "machte", "gemacht"); none for other words.</summary>
    internal static IEnumerable<string> GermanVerbForms(string infinitive)
    {
        if (infinitive.Length < 5 || infinitive.Contains(' ') || !infinitive.EndsWith('n'))
            yield break;
        var stem = infinitive.EndsWith("en", StringComparison.Ordinal) ? infinitive[..^2] : infinitive[..^1];
        // "arbeiten", "reden": the e stays before the t ("arbeitet", "arbeitete").
        var linking = stem.EndsWith('t') || stem.EndsWith('d') ? "e" : "";
        yield return stem + linking + "t";
        yield return stem + linking + "te";
        // Verbs in -ieren and with an unstressed prefix take no ge- ("studiert", "erreicht", "verloren").
        if (!infinitive.EndsWith("ieren", StringComparison.Ordinal) && !s_germanUnstressedPrefixes.Any(p => stem.StartsWith(p, StringComparison.Ordinal)))
            yield return "ge" + stem + linking + "t";
    }

    /// <summary>A target word and, for Russian, those of its forms whose stem the stemmer does not bring back to it.</summary>
    private IEnumerable<string> TargetForms(string word)
    {
        yield return word;
        if (_targetLanguage != "ru")
            yield break;
        if (s_russianForms.TryGetValue(word, out var forms))
        {
            foreach (var form in forms)
                yield return form;
        }
        if (GenitiveTheStemmerMisses(word) is { } oblique)
            yield return oblique;
        foreach (var form in VerbFormsTheStemmerMisses(word))
            yield return form;
        if (PerfectiveTheStemmerMisses(word) is { } perfective)
        {
            yield return perfective;
            foreach (var form in VerbFormsTheStemmerMisses(perfective))
                yield return form;
        }
    }

    // Verbs whose root is a single syllable, alone or after a prefix, so their passive participle ends in -тый
    // ("убить" – "убитый", "выпить" – "выпитый"), not in -енный as other verbs in -ить have it ("объявить",
    // "любить", "купить" end alike without being of them).
    private static readonly string[] s_monosyllabicRoots = ["бить", "пить", "лить", "шить", "вить", "гнить"];
    private static readonly string[] s_verbPrefixes =
        ["", "у", "с", "вы", "до", "за", "из", "на", "об", "от", "по", "вз", "раз", "рас", "при", "про", "под", "над", "пере"];

    /// <summary>
    /// The forms of a Russian infinitive whose stem the Snowball stemmer keeps apart from the infinitive's, which
    /// news tells its events in: the past and future of verbs in -йти ("нашли", "произошло", "найдёт"), made on
    /// another root; the past of verbs in -уть and -ереть ("вернул", "погиб", "умер"), whose endings
    /// the stemmer does not know as a verb's; and the passive participles, long and short, whose stem changes
    /// ("убит", "объявлен", "освобождён", "принят", "открыт"). A dictionary gives the infinitive only, so without
    /// them "killed" never meets "убиты" nor "announced" "объявлено". A form of a verb the rules take for another
    /// kind gives a stem no text has, which costs nothing. Reflexives are made from their base: the stemmer strips
    /// "-ся" first.
    /// </summary>
    internal static IEnumerable<string> VerbFormsTheStemmerMisses(string word)
    {
        var verb = word.EndsWith("ся", StringComparison.Ordinal) || word.EndsWith("сь", StringComparison.Ordinal) ? word[..^2] : word;
        if (verb.Length < 5 || verb.Contains(' ') || verb.Contains('-'))
            yield break;
        if (verb.EndsWith("ереть", StringComparison.Ordinal))
        {
            // "умереть": "умер", "умерла", "умерший"; "запереть": "запертый".
            var root = verb[..^3];
            yield return root;
            yield return root + "ла";
            yield return root + "ший";
            yield return root + "тый";
        }
        else if (verb.EndsWith("йти", StringComparison.Ordinal))
        {
            // "найти", "произойти", "выйти": the past and the future of "идти" behind a prefix ("нашли", "произошло",
            // "вышел", "найдёт"), which share no stem with the infinitive.
            var prefix = verb[..^3];
            foreach (var ending in s_goEndings)
                yield return prefix + ending;
        }
        else if (verb.EndsWith("уть", StringComparison.Ordinal))
        {
            // "вернуть": "вернул", "вернувший", "вернутый".
            var root = verb[..^2];
            yield return root + "л";
            yield return root + "вший";
            yield return root + "тый";
            // "погибнуть", "исчезнуть": a consonant before -нуть drops -ну- in the past ("погиб", "погибла").
            if (verb.EndsWith("нуть", StringComparison.Ordinal) && !IsRussianVowel(verb[^5]))
            {
                var past = verb[..^4];
                yield return past;
                yield return past + "ла";
                yield return past + "ший";
            }
        }
        else if (verb.EndsWith("ыть", StringComparison.Ordinal) || verb.EndsWith("начать", StringComparison.Ordinal) || verb.EndsWith("взять", StringComparison.Ordinal)
            || (verb.EndsWith("нять", StringComparison.Ordinal) && verb.Length <= 7) || IsPrefixedMonosyllabicRoot(verb))
        {
            // "открыть" – "открытый", "убить" – "убитый", "принять" – "принятый", "принят".
            var root = verb[..^2];
            yield return root + "тый";
            yield return root + "т";
        }
        else if (verb.EndsWith("ить", StringComparison.Ordinal))
        {
            // -енный, after the consonant alternation of the first person: "объявить" – "объявленный",
            // "освободить" – "освобождённый", "защитить" – "защищённый", "пустить" – "пущенный".
            var root = verb[..^3];
            foreach (var alternated in AlternatedRoots(root))
            {
                yield return alternated + "енный";
                yield return alternated + "ен";
            }
        }
    }

    private static readonly string[] s_goEndings = ["шёл", "шла", "шло", "шли", "шедший", "йду", "йдёт", "йдут"];

    private static bool IsPrefixedMonosyllabicRoot(string verb)
    {
        foreach (var root in s_monosyllabicRoots)
        {
            if (verb.EndsWith(root, StringComparison.Ordinal) && Array.IndexOf(s_verbPrefixes, verb[..^root.Length]) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>The root of a verb in -ить as its passive participle has it: "объяв" – "объявл", "освобод" – "освобожд" and "освобож".</summary>
    private static IEnumerable<string> AlternatedRoots(string root)
    {
        if (root.EndsWith("ст", StringComparison.Ordinal))
        {
            yield return root[..^2] + "щ";
            yield break;
        }
        var stem = root[..^1];
        switch (root[^1])
        {
            case 'б' or 'в' or 'м' or 'п' or 'ф':
                yield return root + "л";
                break;
            case 'д':
                yield return stem + "ж";
                yield return stem + "жд";
                break;
            case 'т':
                yield return stem + "ч";
                yield return stem + "щ";
                break;
            case 'з':
                yield return stem + "ж";
                break;
            case 'с':
                yield return stem + "ш";
                break;
            default:
                yield return root;
                break;
        }
    }

    /// <summary>
    /// The perfective partner of an imperfective verb whose stem differs from it, as far as the suffix shows it, or
    /// null. A dictionary gives the imperfective ("объявлять", "получать", "показывать"), while news is told in the
    /// perfective past ("объявил", "получил", "показал"), whose stem the stemmer keeps apart. Only regular suffix
    /// pairs are made: "-ывать/-ивать" to "-ать", "-авать" to "-ать", a labial with "-лять" to "-ить", and
    /// "-жать/-чать/-шать/-щать", "-нять" and "-рять" to "-ить"; a reflexive keeps its "-ся". A pair the rule gets
    /// wrong ("отвечать" gives "отвечить", not "ответить") yields a stem no text has, which costs nothing.
    /// </summary>
    internal static string? PerfectiveTheStemmerMisses(string word)
    {
        var reflexive = word.EndsWith("ся", StringComparison.Ordinal);
        var verb = reflexive ? word[..^2] : word;
        if (verb.Length < 6 || verb.Contains(' '))
            return null;
        string? perfective = null;
        if (verb.EndsWith("ывать", StringComparison.Ordinal) || verb.EndsWith("ивать", StringComparison.Ordinal))
            perfective = verb[..^5] + "ать";
        else if (verb.EndsWith("авать", StringComparison.Ordinal) && verb.Length > 6)
            perfective = verb[..^4] + "ть";
        else if (verb.EndsWith("лять", StringComparison.Ordinal) && "бвмпф".Contains(verb[^5]))
            perfective = verb[..^4] + "ить";
        else if (verb.EndsWith("ать", StringComparison.Ordinal) && "жчшщ".Contains(verb[^4]))
            perfective = verb[..^3] + "ить";
        else if (verb.EndsWith("нять", StringComparison.Ordinal) || verb.EndsWith("рять", StringComparison.Ordinal))
            perfective = verb[..^3] + "ить";
        return perfective is null ? null : reflexive ? perfective + "ся" : perfective;
    }

    /// <summary>
    /// The genitive of a noun whose dictionary form the stemmer cuts to another stem than its other forms, or null
    /// for any other word. A noun whose last vowel drops when it is inflected ("паводок" – "паводка", "конец" –
    /// "конца", "посол" – "посла", "день" – "дня", "церковь" – "церкви") keeps the vowel in the dictionary form only; a noun in "-ой"
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
        if (core.Length < 3 || !("кцлрн".Contains(core[^1]) || (soft && core[^1] == 'в')) || !"оеё".Contains(core[^2]) || IsRussianVowel(core[^3]) || core[^3] is 'ь' or 'ъ' or '-')
            return null;
        // A soft noun in -овь is feminine: "церковь" – "церкви", "любовь" – "любви".
        return string.Concat(core[..^2], core[^1..], !soft ? "а" : core[^1] == 'в' ? "и" : "я");
    }

    private static bool IsRussianVowel(char c) => "аеёиоуыэюя".Contains(c);
}
