namespace Sverka.Core.Checking;

/// <summary>
/// English place names and the words made from them that Russian does not transliterate but translates by an old
/// name of its own ("Beijing", "Пекин"; "Germany", "Германия"; "Welsh", "валлийский"), where the lexicon has no
/// entry. A name here is matched by a Russian word that begins with one of its stems, in any case. Only names a
/// transliteration can never reach belong here: "Korea" and "Корея" meet by sound already.
/// </summary>
internal static class Exonyms
{
    private static readonly Dictionary<string, string[]> s_englishToRussian = new(StringComparer.Ordinal)
    {
        ["athens"] = ["афин"],
        ["auschwitz"] = ["освенцим"],
        ["bavaria"] = ["бавар"],
        ["bavarian"] = ["бавар"],
        ["beijing"] = ["пекин"],
        ["belarus"] = ["белорус", "беларус"],
        ["britain"] = ["британ", "великобритан"],
        ["british"] = ["британ", "англи"],
        ["brussels"] = ["брюссел"],
        ["catalan"] = ["каталон"],
        ["catalonia"] = ["каталон"],
        ["cologne"] = ["кельн", "кёльн"],
        ["croatia"] = ["хорват"],
        ["croatian"] = ["хорват"],
        ["czech"] = ["чех", "чеш"],
        ["dutch"] = ["голланд", "нидерланд"],
        ["egypt"] = ["египет", "египт"],
        ["england"] = ["англи"],
        ["europe"] = ["европ"],
        ["european"] = ["европ", "евросоюз"],
        ["finland"] = ["финлянд", "финск", "финн"],
        ["finnish"] = ["финск", "финн"],
        ["florence"] = ["флоренц"],
        ["france"] = ["франц"],
        ["french"] = ["франц"],
        ["georgia"] = ["грузи", "джорджи"],
        ["german"] = ["немец", "немц", "немк", "герман"],
        ["germany"] = ["герман"],
        ["greece"] = ["греци"],
        ["greek"] = ["грек", "греч", "греки"],
        ["hague"] = ["гааг"],
        ["holland"] = ["голланд", "нидерланд"],
        ["hungary"] = ["венгр"],
        ["hungarian"] = ["венгр"],
        ["ireland"] = ["ирланд"],
        ["irish"] = ["ирланд"],
        ["italy"] = ["итали"],
        ["italian"] = ["итальян"],
        ["japan"] = ["япон"],
        ["japanese"] = ["япон"],
        ["jerusalem"] = ["иерусалим"],
        ["kiev"] = ["киев", "кие"],
        ["kyiv"] = ["киев", "кие"],
        ["lebanon"] = ["ливан"],
        ["lisbon"] = ["лиссабон"],
        ["mexico"] = ["мексик", "мехико"],
        ["mediterranean"] = ["средиземн"],
        ["munich"] = ["мюнхен"],
        ["naples"] = ["неапол"],
        ["netherlands"] = ["нидерланд", "голланд"],
        ["pacific"] = ["тихоокеан", "тихий", "тихом", "тихого"],
        ["poland"] = ["польш", "польск"],
        ["polish"] = ["польск", "поляк"],
        ["prague"] = ["праг"],
        ["pyongyang"] = ["пхеньян"],
        ["rome"] = ["рим"],
        ["russian"] = ["русск", "росси"],
        ["scotland"] = ["шотланд"],
        ["scottish"] = ["шотланд"],
        ["scots"] = ["шотланд"],
        ["seoul"] = ["сеул"],
        ["spain"] = ["испан"],
        ["spanish"] = ["испан"],
        ["sweden"] = ["швеци", "шведск"],
        ["swedish"] = ["шведск", "швед"],
        ["swiss"] = ["швейцар"],
        ["switzerland"] = ["швейцар"],
        ["turkey"] = ["турци", "турецк"],
        ["turkish"] = ["турецк", "турк", "турок"],
        ["turks"] = ["турк", "турок", "турецк"],
        ["states"] = ["сша", "штат"],
        ["united"] = ["сша", "соедин", "объедин"],
        // Russian clips the European Union to one word, "Евросоюз".
        ["union"] = ["евросоюз", "союз"],
        ["venice"] = ["венец"],
        ["vienna"] = ["вена", "вене", "вену", "вены", "веной"],
        ["wales"] = ["уэльс", "валли"],
        ["warsaw"] = ["варшав"],
        ["welsh"] = ["уэльс", "валли"],
    };

    /// <summary>True when <paramref name="russianLower"/> can be the Russian for the English word <paramref name="englishLower"/>.</summary>
    public static bool Match(string englishLower, string russianLower)
    {
        if (!TryGetStems(englishLower, out var stems))
            return false;
        foreach (var stem in stems)
        {
            if (russianLower.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The stems a Russian rendering of an English word begins with, when it is a place with an exonym (or its possessive or plural).</summary>
    public static bool TryGetStems(string englishLower, out string[] stems)
    {
        var key = englishLower.EndsWith("'s", StringComparison.Ordinal) || englishLower.EndsWith("’s", StringComparison.Ordinal)
            ? englishLower[..^2]
            : englishLower;
        return s_englishToRussian.TryGetValue(key, out stems!) || (key.EndsWith('s') && s_englishToRussian.TryGetValue(key[..^1], out stems!));
    }
}
