using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

// The unit a figure is measured in, and the percent sign or word after it.
public static partial class NumberReader
{
    /// <summary>
    /// The unit after a number, if any: right after it ("85 miles", "137 км", "80F", "27 °C", "6-foot"), or after
    /// an article when the number is a word ("half an inch"). Also returns the token after the unit, or
    /// <paramref name="next"/> when there is none.
    /// </summary>
    private static MeasureUnit? UnitAfter(string text, List<Token> tokens, int next, int end, bool afterArticle, bool metreM)
    {
        if (afterArticle && next < tokens.Count && tokens[next].Kind == TokenKind.Word && OnlySpaceBetween(text, end, tokens[next].Start)
            && text.AsSpan(tokens[next].Start, tokens[next].Length) is "a" or "an")
        {
            end = tokens[next].End;
            next++;
        }
        return next < tokens.Count && (OnlySpaceBetween(text, end, tokens[next].Start) || IsHyphen(text, end, tokens[next].Start))
            ? UnitOf(text, tokens[next], end, metreM)
            : UnitOf(text, default, end, metreM);
    }

    /// <summary>The unit of <paramref name="next"/>, the word after a number that ends at <paramref name="end"/>, or a degree sign there.</summary>
    private static MeasureUnit? UnitOf(string text, Token next, int end, bool metreM)
    {
        var i = end;
        while (i < text.Length && CharClass.IsSpace(text[i]))
            i++;
        if (i < text.Length && text[i] == '°')
            return i + 1 < text.Length && text[i + 1] is 'F' ? MeasureUnit.Fahrenheit : MeasureUnit.Celsius;
        if (next.Kind != TokenKind.Word || next.Length == 0)
            return null;
        var word = LowerCase(text, next);
        if (s_unitWords.TryGetValue(word, out var unit))
            return unit;
        if (metreM && word == "m")
            return MeasureUnit.Metre;
        foreach (var (stem, endings, stemUnit) in s_unitStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal) && endings.Contains(word[stem.Length..]))
                return stemUnit;
        }
        return null;
    }

    // Not "in": "30,000 in 2011" is a count and a year, far more often than a length in inches. Not "г" (год, a
    // year), nor "m", which is metres only outside English (MetreM).
    private static readonly Dictionary<string, MeasureUnit> s_unitWords = new(StringComparer.Ordinal)
    {
        ["mile"] = MeasureUnit.Mile, ["miles"] = MeasureUnit.Mile, ["mi"] = MeasureUnit.Mile, ["mph"] = MeasureUnit.Mile,
        ["yard"] = MeasureUnit.Yard, ["yards"] = MeasureUnit.Yard, ["yd"] = MeasureUnit.Yard,
        ["foot"] = MeasureUnit.Foot, ["feet"] = MeasureUnit.Foot, ["ft"] = MeasureUnit.Foot,
        ["inch"] = MeasureUnit.Inch, ["inches"] = MeasureUnit.Inch,
        ["pound"] = MeasureUnit.Pound, ["pounds"] = MeasureUnit.Pound, ["lb"] = MeasureUnit.Pound, ["lbs"] = MeasureUnit.Pound,
        ["ounce"] = MeasureUnit.Ounce, ["ounces"] = MeasureUnit.Ounce, ["oz"] = MeasureUnit.Ounce, ["stone"] = MeasureUnit.Stone,
        ["gallon"] = MeasureUnit.Gallon, ["gallons"] = MeasureUnit.Gallon, ["acre"] = MeasureUnit.Acre, ["acres"] = MeasureUnit.Acre,
        ["f"] = MeasureUnit.Fahrenheit, ["fahrenheit"] = MeasureUnit.Fahrenheit, ["degree"] = MeasureUnit.Degrees, ["degrees"] = MeasureUnit.Degrees,
        ["km"] = MeasureUnit.Kilometre, ["kph"] = MeasureUnit.Kilometre, ["kmh"] = MeasureUnit.Kilometre,
        ["kilometre"] = MeasureUnit.Kilometre, ["kilometres"] = MeasureUnit.Kilometre, ["kilometer"] = MeasureUnit.Kilometre, ["kilometers"] = MeasureUnit.Kilometre,
        ["metre"] = MeasureUnit.Metre, ["metres"] = MeasureUnit.Metre, ["meter"] = MeasureUnit.Metre, ["meters"] = MeasureUnit.Metre,
        ["cm"] = MeasureUnit.Centimetre, ["centimetre"] = MeasureUnit.Centimetre, ["centimetres"] = MeasureUnit.Centimetre,
        ["centimeter"] = MeasureUnit.Centimetre, ["centimeters"] = MeasureUnit.Centimetre,
        ["mm"] = MeasureUnit.Millimetre, ["millimetres"] = MeasureUnit.Millimetre, ["millimeters"] = MeasureUnit.Millimetre,
        ["kg"] = MeasureUnit.Kilogram, ["kgs"] = MeasureUnit.Kilogram, ["kilo"] = MeasureUnit.Kilogram, ["kilos"] = MeasureUnit.Kilogram,
        ["kilogram"] = MeasureUnit.Kilogram, ["kilograms"] = MeasureUnit.Kilogram, ["gram"] = MeasureUnit.Gram, ["grams"] = MeasureUnit.Gram,
        ["tonne"] = MeasureUnit.Tonne, ["tonnes"] = MeasureUnit.Tonne, ["ton"] = MeasureUnit.Tonne, ["tons"] = MeasureUnit.Tonne,
        ["litre"] = MeasureUnit.Litre, ["litres"] = MeasureUnit.Litre, ["liter"] = MeasureUnit.Litre, ["liters"] = MeasureUnit.Litre,
        ["hectare"] = MeasureUnit.Hectare, ["hectares"] = MeasureUnit.Hectare, ["c"] = MeasureUnit.Celsius, ["celsius"] = MeasureUnit.Celsius,
        ["км"] = MeasureUnit.Kilometre, ["м"] = MeasureUnit.Metre, ["см"] = MeasureUnit.Centimetre, ["мм"] = MeasureUnit.Millimetre,
        ["кг"] = MeasureUnit.Kilogram, ["т"] = MeasureUnit.Tonne, ["л"] = MeasureUnit.Litre, ["га"] = MeasureUnit.Hectare,
        // Durations: a figure kept with its unit changed ("12 years" as "12 месяцев") is a sentence changed. Not
        // "second", which is also the ordinal.
        ["seconds"] = MeasureUnit.Second, ["secs"] = MeasureUnit.Second, ["minute"] = MeasureUnit.Minute, ["minutes"] = MeasureUnit.Minute,
        ["mins"] = MeasureUnit.Minute, ["hour"] = MeasureUnit.Hour, ["hours"] = MeasureUnit.Hour, ["hrs"] = MeasureUnit.Hour,
        ["day"] = MeasureUnit.Day, ["days"] = MeasureUnit.Day, ["week"] = MeasureUnit.Week, ["weeks"] = MeasureUnit.Week,
        ["month"] = MeasureUnit.Month, ["months"] = MeasureUnit.Month, ["year"] = MeasureUnit.Year, ["years"] = MeasureUnit.Year,
        ["день"] = MeasureUnit.Day, ["дня"] = MeasureUnit.Day, ["дню"] = MeasureUnit.Day, ["днём"] = MeasureUnit.Day, ["днем"] = MeasureUnit.Day,
        ["дней"] = MeasureUnit.Day, ["дням"] = MeasureUnit.Day, ["днями"] = MeasureUnit.Day, ["днях"] = MeasureUnit.Day,
        ["год"] = MeasureUnit.Year, ["года"] = MeasureUnit.Year, ["году"] = MeasureUnit.Year, ["годом"] = MeasureUnit.Year,
        ["годах"] = MeasureUnit.Year, ["годам"] = MeasureUnit.Year, ["годами"] = MeasureUnit.Year, ["лет"] = MeasureUnit.Year,
        // A day and night: "двое суток" is "48 hours" (alone, "сутки" is a number word, one day or 24 hours).
        ["сутки"] = MeasureUnit.Day, ["суток"] = MeasureUnit.Day, ["суткам"] = MeasureUnit.Day, ["сутками"] = MeasureUnit.Day, ["сутках"] = MeasureUnit.Day,
    };

    private static readonly HashSet<string> s_hardMasculine = new(StringComparer.Ordinal) { "", "а", "ов", "ах", "ам", "ами", "е", "у", "ом", "ы" };

    // Russian unit names decline: a stem and the endings of its declension ("метр-ов", "мил-ях", "тонн-ы").
    private static readonly (string Stem, HashSet<string> Endings, MeasureUnit Unit)[] s_unitStems =
    [
        ("километр", s_hardMasculine, MeasureUnit.Kilometre), ("сантиметр", s_hardMasculine, MeasureUnit.Centimetre),
        ("миллиметр", s_hardMasculine, MeasureUnit.Millimetre), ("метр", s_hardMasculine, MeasureUnit.Metre),
        ("килограмм", s_hardMasculine, MeasureUnit.Kilogram), ("грамм", s_hardMasculine, MeasureUnit.Gram),
        ("градус", s_hardMasculine, MeasureUnit.Celsius), ("литр", s_hardMasculine, MeasureUnit.Litre), ("гектар", s_hardMasculine, MeasureUnit.Hectare),
        ("дюйм", s_hardMasculine, MeasureUnit.Inch), ("фут", s_hardMasculine, MeasureUnit.Foot), ("фунт", s_hardMasculine, MeasureUnit.Pound),
        ("ярд", s_hardMasculine, MeasureUnit.Yard), ("галлон", s_hardMasculine, MeasureUnit.Gallon), ("акр", s_hardMasculine, MeasureUnit.Acre),
        ("тонн", new(StringComparer.Ordinal) { "", "а", "ы", "у", "ой", "ами", "ах", "ам", "е" }, MeasureUnit.Tonne),
        ("мил", new(StringComparer.Ordinal) { "я", "и", "ь", "ю", "ей", "ям", "ях", "ями", "е" }, MeasureUnit.Mile),
        ("унци", new(StringComparer.Ordinal) { "я", "и", "й", "ю", "ей", "ям", "ях", "ями" }, MeasureUnit.Ounce),
        ("час", s_hardMasculine, MeasureUnit.Hour), ("месяц", new(StringComparer.Ordinal) { "", "а", "ев", "ах", "ам", "ами", "е", "у", "ем" }, MeasureUnit.Month),
        ("недел", new(StringComparer.Ordinal) { "я", "и", "ю", "е", "ь", "ей", "ям", "ях", "ями" }, MeasureUnit.Week),
        ("минут", new(StringComparer.Ordinal) { "", "а", "ы", "у", "ой", "ами", "ах", "ам", "е" }, MeasureUnit.Minute),
        ("секунд", new(StringComparer.Ordinal) { "", "а", "ы", "у", "ой", "ами", "ах", "ам", "е" }, MeasureUnit.Second),
    ];

    private static bool IsPercentWord(LanguageWords words, string text, List<Token> tokens, int k, out int last)
    {
        last = k;
        var token = tokens[k];
        if (token.Kind == TokenKind.Percent)
            return true;
        var lower = LowerCase(text, token);
        if (words.TryGetAnchorKey(lower, out var key) && key == "%")
            return true;
        // "per cent", as British English writes it.
        if (lower == "per" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word
            && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            last = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an "m" after a number is metres: everywhere but in English, where news writes millions so ("£5m") and
    /// a race's metres with the number ("the 100m").
    /// </summary>
    private static bool MetreM(string language) => language != "en";
}
