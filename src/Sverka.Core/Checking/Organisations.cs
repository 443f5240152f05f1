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
    };

    /// <summary>Whether a word is one of the English acronyms of the list, written in capitals.</summary>
    public static bool IsEnglishAcronym(WordFact word) => word.AllCaps && s_englishToRussian.ContainsKey(word.Lower);

    /// <summary>Whether a word is one of the Russian acronyms of the list, written in capitals.</summary>
    public static bool IsRussianAcronym(WordFact word) => word.AllCaps && s_russianToEnglish.ContainsKey(word.Lower);

    /// <summary>Whether a Russian word renders an English acronym of the list (<see cref="IsEnglishAcronym"/>).</summary>
    public static bool Renders(WordFact english, WordFact russian)
    {
        if (russian.Lower == english.Lower)
            return true;
        foreach (var stem in s_englishToRussian[english.Lower])
        {
            // A stem as short as "ес" is an acronym and must be the whole word.
            if (stem.Length <= 3 ? russian.Lower == stem : Exonyms.Renders(russian.Lower, stem))
                return true;
        }
        return false;
    }

    /// <summary>Whether an English word renders a Russian acronym of the list (<see cref="IsRussianAcronym"/>).</summary>
    public static bool IsRenderedBy(WordFact russian, WordFact english) =>
        s_russianToEnglish[russian.Lower].Contains(NameCheck.WithoutPossessive(english.Lower));
}
