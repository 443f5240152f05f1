namespace Sverka.Core.Checking;

/// <summary>
/// English words that Russian renders by a word no transliteration reaches, where the lexicon has no entry: words made
/// from place names and words of a longer one, which Russian translates by an old name of its own ("Welsh",
/// "валлийский"; "United", "США"), the web's places ("online", "в Интернете"), given names whose spelling hides their
/// sound ("Michael", "Майкл") and states cut short ("La.", "Луизиана"). The places themselves ("Beijing", "Пекин")
/// are <see cref="PlaceNames"/>. A word here is matched by a Russian word that begins with one of its stems, in any
/// case. Only words a transliteration can never reach belong here.
/// </summary>
internal static class Exonyms
{
    private static readonly Dictionary<string, string[]> s_englishToRussian = new(StringComparer.Ordinal)
    {
        ["bavarian"] = ["бавар"],
        ["british"] = ["британ", "англи"],
        ["catalan"] = ["каталон"],
        ["chinese"] = ["китай"],
        ["croatian"] = ["хорват"],
        ["czech"] = ["чех", "чеш"],
        ["dutch"] = ["голланд", "нидерланд"],
        ["european"] = ["европ", "евросоюз"],
        ["finnish"] = ["финск", "финн"],
        ["french"] = ["франц"],
        ["german"] = ["немец", "немц", "немк", "герман"],
        ["greek"] = ["грек", "греч", "греки"],
        ["hungarian"] = ["венгр"],
        ["irish"] = ["ирланд"],
        ["italian"] = ["итальян"],
        ["japanese"] = ["япон"],
        ["labour"] = ["лейборист"],
        ["mediterranean"] = ["средиземн"],
        // Not English but a word of names English keeps ("Nord Stream", "Северный поток").
        ["nord"] = ["север"],
        ["pacific"] = ["тихоокеан", "тихий", "тихом", "тихого"],
        ["polish"] = ["польск", "поляк"],
        ["russian"] = ["русск", "росси"],
        ["scottish"] = ["шотланд"],
        ["scots"] = ["шотланд"],
        ["spanish"] = ["испан"],
        ["swedish"] = ["шведск", "швед"],
        ["swiss"] = ["швейцар"],
        ["turkish"] = ["турецк", "турк", "турок"],
        ["turks"] = ["турк", "турок", "турецк"],
        ["states"] = ["сша", "штат"],
        ["united"] = ["сша", "соедин", "объедин"],
        // Russian clips the European Union to one word, "Евросоюз".
        ["union"] = ["евросоюз", "союз"],
        ["welsh"] = ["уэльс", "валли"],
        // "St Petersburg", "Санкт-Петербург": the saint of a Russian place name is its German "Sankt".
        ["st"] = ["санкт"],
        ["saint"] = ["санкт", "сен", "сан"],
        // Russian makes the adjective of Nizhny Novgorod from an old form: "Нижегородская область".
        ["nizhny"] = ["нижегород", "нижн"],
        ["novgorod"] = ["новгород", "нижегород"],
        // Greenwich Mean Time is the time "по Гринвичу".
        ["gmt"] = ["гринвич"],
        // A Ponzi scheme is "финансовая пирамида", a pyramid, in Russian.
        ["ponzi"] = ["пирамид"],
        // Given names whose English spelling does not tell their sound, which Russian writes as they are said.
        ["michael"] = ["майкл"],
        ["sean"] = ["шон"],
        ["shaun"] = ["шон"],
        ["ian"] = ["иэн", "йен", "ян", "айан", "айян"],
        ["siobhan"] = ["шивон"],
        // Russian names the web's places where English names what is done there ("posted online", "в Интернете";
        // "noted in a tweet", "в Твиттере").
        ["online"] = ["интернет", "сет"],
        ["web"] = ["интернет", "сет", "веб"],
        ["tweet"] = ["твиттер", "твитт"],
        ["tweets"] = ["твиттер", "твитт"],
        ["tweeted"] = ["твиттер", "твитт"],
    };

    // American news cuts a state's name short after a city's (AP style: "Baton Rouge, La.", "Wasilla, Alaska");
    // Russian writes it out ("Батон-Руж, штат Луизиана"). Only as a word cut short: "La", "Pa" and "Mo" stand
    // for other things elsewhere.
    private static readonly Dictionary<string, string> s_stateAbbreviations = new(StringComparer.Ordinal)
    {
        ["ala"] = "алабам", ["ariz"] = "аризон", ["ark"] = "арканзас", ["calif"] = "калифорни", ["colo"] = "колорадо",
        ["conn"] = "коннектикут", ["del"] = "делавэр", ["fla"] = "флорид", ["ga"] = "джорджи", ["ill"] = "иллинойс",
        ["ind"] = "индиан", ["kan"] = "канзас", ["ky"] = "кентукки", ["la"] = "луизиан", ["md"] = "мэриленд",
        ["mass"] = "массачусетс", ["mich"] = "мичиган", ["minn"] = "миннесот", ["miss"] = "миссисипи", ["mo"] = "миссури",
        ["mont"] = "монтан", ["neb"] = "небраск", ["nev"] = "невад", ["okla"] = "оклахом", ["ore"] = "орегон",
        ["pa"] = "пенсильвани", ["tenn"] = "теннесси", ["vt"] = "вермонт", ["va"] = "вирджини", ["wash"] = "вашингтон",
        ["wis"] = "висконсин", ["wyo"] = "вайоминг",
    };

    /// <summary>Whether an English word is a state's name cut short (<c>"La."</c>) that a Russian word writes out.</summary>
    public static bool MatchStateAbbreviation(WordFact english, string russianLower) =>
        english.Capitalised && (english.Abbreviated || english.Lower == "calif")
        && s_stateAbbreviations.TryGetValue(english.Lower, out var stem) && Renders(russianLower, stem);

    /// <summary>True when <paramref name="russianLower"/> can be the Russian for the English word <paramref name="englishLower"/>.</summary>
    public static bool Match(string englishLower, string russianLower)
    {
        if (!TryGetStems(englishLower, out var stems))
            return false;
        foreach (var stem in stems)
        {
            if (Renders(russianLower, stem))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a Russian word begins with a stem, or joins it to a word before it in a compound
    /// ("северокорейским", "американо-китайской").
    /// </summary>
    public static bool Renders(string russianLower, string stem)
    {
        if (russianLower.StartsWith(stem, StringComparison.Ordinal))
            return true;
        if (russianLower.Length < stem.Length + 4)
            return false;
        var at = russianLower.IndexOf(stem, 3, StringComparison.Ordinal);
        return at > 0 && russianLower[at - 1] is 'о' or '-';
    }

    // Coverage asks for a word's stems once for every word of the other side it compares the word with: a plural
    // is looked up without its "s" by span rather than by a new string each time.
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> s_englishBySpan =
        s_englishToRussian.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stems a Russian rendering of an English word begins with, when it is a place or a word made from one (or its possessive or plural).</summary>
    public static bool TryGetStems(string englishLower, out string[] stems)
    {
        var key = englishLower.EndsWith("'s", StringComparison.Ordinal) || englishLower.EndsWith("’s", StringComparison.Ordinal)
            ? englishLower[..^2]
            : englishLower;
        return s_englishToRussian.TryGetValue(key, out stems!) || PlaceNames.TryGetStems(key, out stems)
            || (key.EndsWith('s') && s_englishBySpan.TryGetValue(key.AsSpan(0, key.Length - 1), out stems!));
    }
}
