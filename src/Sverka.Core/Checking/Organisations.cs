namespace Sverka.Core.Checking;

/// <summary>
/// Organisations and states that news writes by an acronym, English and Russian ("NATO", "НАТО"; "UN", "ООН";
/// "US", "США"), each English one with the stems its Russian renderings begin with: the Russian acronym, and the
/// words of the name spelt out ("Евросоюз", "Объединённых Наций"). An acronym is dropped or spelt out as often as
/// it is kept, so one missing proves nothing; one acronym put for another ("NATO" as "ООН") is a changed name.
/// </summary>
internal static class Organisations
{
    private static readonly Dictionary<string, string[]> s_englishToRussian = new(StringComparer.Ordinal)
    {
        ["nato"] = ["нато", "альянс", "североатлантическ"],
        ["un"] = ["оон", "объедин"],
        ["eu"] = ["ес", "евросоюз", "европейск"],
        ["us"] = ["сша", "америк", "соедин", "штат", "вашингтон"],
        ["usa"] = ["сша", "америк", "соедин", "штат"],
        ["ny"] = ["нью", "йорк"],
        ["nyc"] = ["нью", "йорк"],
        // The District of Columbia, "округ Колумбия": Washington itself renders "Washington".
        ["dc"] = ["колумби"],
        ["uk"] = ["великобритан", "британ", "соедин", "англи", "лондон"],
        ["imf"] = ["мвф", "валютн"],
        ["who"] = ["воз", "здравоохранен"],
        ["fbi"] = ["фбр", "бюро"],
        ["cia"] = ["цру", "разведк"],
        ["opec"] = ["опек"],
        ["wto"] = ["вто", "торгов"],
        ["osce"] = ["обсе"],
        ["kgb"] = ["кгб"],
        ["fsb"] = ["фсб"],
        ["csto"] = ["одкб", "коллективн"],
        ["cis"] = ["снг", "содружеств"],
        ["sco"] = ["шос", "шанхайск"],
        ["brics"] = ["брикс"],
        ["eaeu"] = ["еаэс", "евразийск"],
        ["asean"] = ["асеан"],
        ["iaea"] = ["магатэ", "атомн"],
        ["unesco"] = ["юнеско"],
        ["unicef"] = ["юнисеф"],
        ["ussr"] = ["ссср", "советск", "союз"],
        ["mfa"] = ["мид", "министерств"],
        ["emercom"] = ["мчс"],
    };

    // The Russian acronyms, each with the English words that render it: its acronym and the words of the name
    // spelt out ("United States", "Americans", "Washington" for "США").
    private static readonly Dictionary<string, string[]> s_russianToEnglish = new(StringComparer.Ordinal)
    {
        ["нато"] = ["nato", "alliance", "atlantic"],
        ["оон"] = ["un", "united", "nations"],
        ["ес"] = ["eu", "european", "union", "europe"],
        ["сша"] = ["us", "usa", "united", "states", "america", "american", "americans", "washington"],
        ["мвф"] = ["imf", "monetary"],
        ["воз"] = ["who", "health"],
        ["фбр"] = ["fbi", "bureau"],
        ["цру"] = ["cia", "intelligence"],
        ["опек"] = ["opec"],
        ["вто"] = ["wto", "trade"],
        ["обсе"] = ["osce"],
        ["кгб"] = ["kgb"],
        ["фсб"] = ["fsb"],
        ["одкб"] = ["csto", "collective"],
        ["снг"] = ["cis", "commonwealth"],
        ["шос"] = ["sco", "shanghai"],
        ["брикс"] = ["brics"],
        ["еаэс"] = ["eaeu", "eurasian"],
        ["асеан"] = ["asean"],
        ["магатэ"] = ["iaea", "atomic"],
        ["юнеско"] = ["unesco"],
        ["юнисеф"] = ["unicef"],
        ["ссср"] = ["ussr", "soviet", "union"],
        // The ministries Russian news writes by their acronyms, English by their names.
        ["мид"] = ["mfa", "foreign", "ministry"],
        ["мчс"] = ["emercom", "emergencies", "emergency"],
        ["мвд"] = ["interior"],
    };

    /// <summary>Whether a word is one of the English acronyms of the list, written in capitals ("UK", "UK's").</summary>
    public static bool IsEnglishAcronym(WordFact word)
    {
        var acronym = NameCheck.WithoutPossessive(word.Lower);
        return word.LeadingCapitals >= acronym.Length && s_englishToRussian.ContainsKey(acronym);
    }

    /// <summary>Whether a word is one of the Russian acronyms of the list, written in capitals.</summary>
    public static bool IsRussianAcronym(WordFact word) => word.AllCaps && s_russianToEnglish.ContainsKey(word.Lower);

    // Capitals that stand for their states in news ("Washington said", "США заявили"): enough to show that an acronym
    // was not put for another, but no rendering of a name, which another name took the place of.
    private static readonly HashSet<string> s_capitals = new(StringComparer.Ordinal) { "washington", "вашингтон", "лондон" };

    /// <summary>
    /// Whether a Russian word renders an English acronym of the list (<see cref="IsEnglishAcronym"/>); with
    /// <paramref name="capitals"/>, its state's capital counts too.
    /// </summary>
    public static bool Renders(WordFact english, WordFact russian, bool capitals = true)
    {
        var acronym = NameCheck.WithoutPossessive(english.Lower);
        if (russian.Lower == acronym)
            return true;
        foreach (var stem in s_englishToRussian[acronym])
        {
            if (!capitals && s_capitals.Contains(stem))
                continue;
            // A stem as short as "ес" is an acronym and must be the whole word.
            if (stem.Length <= 3 ? russian.Lower == stem : Exonyms.Renders(russian.Lower, stem))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an English word renders a Russian acronym of the list (<see cref="IsRussianAcronym"/>); with
    /// <paramref name="capitals"/>, its state's capital counts too.
    /// </summary>
    public static bool IsRenderedBy(WordFact russian, WordFact english, bool capitals = true)
    {
        var word = NameCheck.WithoutPossessive(english.Lower);
        return s_russianToEnglish[russian.Lower].Contains(word) && (capitals || !s_capitals.Contains(word));
    }

    /// <summary>Whether an English word renders some Russian acronym of the list (<see cref="IsRenderedBy"/>).</summary>
    public static bool IsRenderedByAny(WordFact english) => s_renderingWords.Contains(NameCheck.WithoutPossessive(english.Lower));

    private static readonly HashSet<string> s_renderingWords = [.. s_russianToEnglish.Values.SelectMany(static words => words)];
}
