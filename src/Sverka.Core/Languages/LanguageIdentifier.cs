using System.Collections.Frozen;
using Sverka.Core.Text;

namespace Sverka.Core.Languages;

/// <summary>What language identification found in a stretch of text.</summary>
/// <param name="Language">ISO 639-1 code, or "und" when there are no letters to judge by.</param>
/// <param name="Letters">How many letters the judgement rests on; callers weigh paragraphs by it.</param>
public readonly record struct LanguageGuess(string Language, int Letters);

/// <summary>
/// Offline language identification by script, then by distinctive letters and function words within a script.
/// Crude by design: it has to tell apart the two versions of one bitext, which nearly always differ in script or
/// in their commonest words, and it must never reach for a network or a model.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>The code for text with no letters to judge by.</summary>
    public const string Undetermined = "und";

    // The commonest function words of each Latin-script language; a word counts for every language it is listed in.
    private static readonly FrozenDictionary<string, string[]> s_latinFunctionWords = BuildFunctionWords(new Dictionary<string, string>
    {
        ["en"] = "the a of and to in is that for it was on are as with be by this at from have has had not but or an were which will said would their its his her been they he she who we you about after when there more",
        ["de"] = "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch",
        ["fr"] = "le la les de des et est un une du en que qui dans pour pas sur au plus par ne se ce il elle sont avec son sa ses aux ont été cette nous vous mais ou où leur",
        ["es"] = "el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre",
        ["it"] = "il la di che e è un una per non in del della con sono gli le si da al dei lo ha come ma più anche nel alla questo",
        ["pt"] = "o a os as de do da dos das e em que um uma para com não se por mais no na ao é foi como mas seu sua também",
        ["nl"] = "de het een en van in is dat op te zijn voor met niet die er aan ook als bij om door maar naar dan wordt werd",
        ["is"] = "og að í á er sem til um með af við var ekki en hann það fyrir eru hún frá þess þá verið eftir voru",
        ["sv"] = "och att det som en på är av för med till den inte har om ett var jag de så men från",
        ["pl"] = "i w na z że do nie się jest to o jak ale od po przez dla jego są oraz",
        ["cs"] = "a v se na je že s z o do to jako by pro ale jsou jeho které který",
    });

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> s_latinLookup =
        s_latinFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Identifies the language of a stretch of text.</summary>
    public static LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        Span<int> scripts = stackalloc int[8];
        int ukrainian = 0, belarusian = 0, bulgarianHard = 0, russianOnly = 0;
        foreach (var c in text)
        {
            var script = CharClass.ScriptOf(c);
            scripts[(int)script]++;
            if (script == Script.Cyrillic)
            {
                switch (char.ToLowerInvariant(c))
                {
                    case 'і' or 'ї' or 'є' or 'ґ': ukrainian++; break;
                    case 'ў': belarusian++; break;
                    case 'ъ': bulgarianHard++; break;
                    case 'ы' or 'э' or 'ё': russianOnly++; break;
                }
            }
        }

        // The script with the most letters; spaces, digits and punctuation (Other) are no script and do not compete,
        // or a short line with a date in it ("The vote is on 7/12/2021.") would have none.
        var best = Script.Other;
        var letters = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            if (scripts[s] > letters)
                (best, letters) = ((Script)s, scripts[s]);
        }
        if (best == Script.Other)
            return new LanguageGuess(Undetermined, 0);

        return best switch
        {
            Script.Cyrillic => new LanguageGuess(CyrillicLanguage(ukrainian, belarusian, bulgarianHard, russianOnly), letters),
            Script.Latin => new LanguageGuess(LatinLanguage(text), letters),
            Script.Greek => new LanguageGuess("el", letters),
            Script.Arabic => new LanguageGuess("ar", letters),
            Script.Hebrew => new LanguageGuess("he", letters),
            Script.Cjk => new LanguageGuess("zh", letters),
            _ => new LanguageGuess(Undetermined, 0),
        };
    }

    private static string CyrillicLanguage(int ukrainian, int belarusian, int bulgarianHard, int russianOnly)
    {
        if (belarusian > 0 && belarusian >= ukrainian)
            return "be";
        if (ukrainian > russianOnly)
            return "uk";
        if (bulgarianHard > 3 * (russianOnly + 1))
            return "bg";
        return "ru";
    }

    private static string LatinLanguage(ReadOnlySpan<char> text)
    {
        Span<int> votes = stackalloc int[s_latinLanguages.Length];
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            // An apostrophe between letters is inside the word: the "s" of "Developer's" is no Czech "s" (with).
            while (i < text.Length && (char.IsLetter(text[i])
                || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                i++;
            var word = text[start..i];
            if (word.Length > lower.Length)
                continue;
            var length = word.ToLowerInvariant(lower);
            if (s_latinLookup.TryGetValue(lower[..length], out var languages))
            {
                foreach (var language in languages)
                    votes[Array.IndexOf(s_latinLanguages, language)]++;
            }
            foreach (var c in word)
            {
                switch (c)
                {
                    case 'ð' or 'þ' or 'Ð' or 'Þ': votes[Array.IndexOf(s_latinLanguages, "is")] += 2; break;
                    case 'ß' or 'ä' or 'ü': votes[Array.IndexOf(s_latinLanguages, "de")]++; break;
                    case 'ç' or 'è' or 'ê' or 'à': votes[Array.IndexOf(s_latinLanguages, "fr")]++; break;
                    case 'ñ': votes[Array.IndexOf(s_latinLanguages, "es")] += 2; break;
                    case 'ł' or 'ą' or 'ę' or 'ś' or 'ź' or 'ż': votes[Array.IndexOf(s_latinLanguages, "pl")] += 2; break;
                    case 'ř' or 'ě' or 'ů': votes[Array.IndexOf(s_latinLanguages, "cs")] += 2; break;
                }
            }
        }
        var best = 0;
        for (var k = 1; k < votes.Length; k++)
        {
            if (votes[k] > votes[best])
                best = k;
        }
        // Names and headings with no function word in them are most often English in the documents Sverka sees.
        return votes[best] == 0 ? "en" : s_latinLanguages[best];
    }

    private static readonly string[] s_latinLanguages = ["en", "de", "fr", "es", "it", "pt", "nl", "is", "sv", "pl", "cs"];

    private static FrozenDictionary<string, string[]> BuildFunctionWords(Dictionary<string, string> lists)
    {
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (language, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byWord.TryGetValue(word, out var languages))
                    byWord[word] = languages = [];
                languages.Add(language);
            }
        }
        return byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
