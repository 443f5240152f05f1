using System.Globalization;
using Sverka.Core.Scoring;

namespace Sverka.Core.Checking;

// Numbers written in words: number words, scale words, ordinals, weekdays and months, per language.
public static partial class NumberReader
{
    // Words the checks read as numbers besides the aligner's anchors. Kept apart so that the aligner's evidence,
    // and so its results, do not change. A scale word only counts right after a number ("5 bn", "£3m"). A word may
    // have several readings ("сутки" is one day and 24 hours); "n*" reads n and its multiples up to nine, for the
    // vague plurals a translator renders with a round figure ("decades ago" → "30 лет назад").
    private static readonly Dictionary<string, Dictionary<string, double[]>> s_extraWords = new(StringComparer.Ordinal)
    {
        ["en"] = Parse(
            "both:2 twice:2 thrice:3 second:2 quarter:0.25 quarters:0.25 pair:2 couple:2 third:3,0.3333333333333333 thirds:0.3333333333333333 "
            + "eleventh:11 twelfth:12 thirteenth:13 fourteenth:14 fifteenth:15 sixteenth:16 seventeenth:17 eighteenth:18 nineteenth:19 "
            + "twentieth:20 thirtieth:30 fortieth:40 fiftieth:50 sixtieth:60 seventieth:70 eightieth:80 ninetieth:90 hundredth:100 thousandth:1000 "
            + "decade:10 fortnight:14 twenties:20 thirties:30 forties:40 fifties:50 sixties:60 seventies:70 eighties:80 nineties:90 "
            // "a dozen" and "two dozen" are counts a translator rounds to tens: "десяток", "два десятка".
            + "dozen:12,10 tens:10* dozens:12*,10* decades:10* hundreds:100* thousands:1000* millions:1e6* billions:1e9*"),
        // "Beide" is "both", which French writes "les deux".
        ["de"] = Parse("beide:2 beiden:2 beider:2 beides:2"),
        ["ru"] = Parse(
            "двое:2 трое:3 четверо:4 пятеро:5 шестеро:6 семеро:7 "
            + "двоих:2 двоим:2 двоими:2 троих:3 троим:3 троими:3 четверых:4 четверым:4 четверыми:4 пятерых:5 пятерым:5 пятерыми:5 "
            + "шестерых:6 шестерым:6 шестерыми:6 семерых:7 семерым:7 семерыми:7 восьмеро:8 восьмерых:8 девятеро:9 девятерых:9 "
            + "десятеро:10 десятерых:10 оба:2 обе:2 обоих:2 обеих:2 дважды:2 трижды:3 полтора:1.5 полторы:1.5 полутора:1.5 "
            + "четверть:0.25 четверти:0.25 треть:0.3333333333333333 трети:0.3333333333333333,3 третью:0.3333333333333333,3 "
            + "третий:3 третья:3 третье:3 третьи:3 третьего:3 третьему:3 третьим:3 третьем:3 третьей:3 третьих:3 третьими:3 "
            + "восемью:8 восьмью:8 пятьюдесятью:50 шестьюдесятью:60 семьюдесятью:70 восемьюдесятью:80 восьмьюдесятью:80 пятидесяти:50 шестидесяти:60 семидесяти:70 восьмидесяти:80 девяноста:90 "
            + "двести:200 двухсот:200 триста:300 трехсот:300 трёхсот:300 четыреста:400 четырехсот:400 четырёхсот:400 "
            + "пятьсот:500 пятисот:500 шестьсот:600 шестисот:600 семьсот:700 семисот:700 восемьсот:800 восьмисот:800 девятьсот:900 девятисот:900 "
            + "двумстам:200 двумястами:200 двухстах:200 тремстам:300 трёмстам:300 тремястами:300 трехстах:300 трёхстах:300 "
            + "четыремстам:400 четырёмстам:400 четырьмястами:400 четырехстах:400 четырёхстах:400 пятистам:500 пятьюстами:500 пятистах:500 "
            + "шестистам:600 шестьюстами:600 шестистах:600 семистам:700 семьюстами:700 семистах:700 восьмистам:800 восьмьюстами:800 "
            + "восемьюстами:800 восьмистах:800 девятистам:900 девятьюстами:900 девятистах:900 "
            + "сотня:100 сотню:100 тысячам:1000 тысячами:1000 тысячах:1000 тысячью:1000 миллиону:1e6 миллионом:1e6 миллионам:1e6 миллионами:1e6 миллионах:1e6 миллионе:1e6 миллиарду:1e9 миллиардом:1e9 миллиардам:1e9 миллиардами:1e9 миллиардах:1e9 миллиарде:1e9 пара:2 пару:2 "
            + "сутки:1,24 суток:1,24 полчаса:0.5,30 полгода:0.5,6 полтысячи:500 полмиллиона:500000 "
            // "суточная забастовка" is "a 24-hour strike".
            + "суточный:1,24 суточная:1,24 суточное:1,24 суточные:1,24 суточного:1,24 суточной:1,24 суточному:1,24 суточным:1,24 суточную:1,24 суточных:1,24 суточными:1,24 суточном:1,24 "
            + "десяток:10 десятка:10 десятку:10 десятком:10 десятке:10 дюжины:12 дюжину:12 дюжиной:12 дюжине:12 дюжин:12 "
            + "десятки:10* десятков:10* десятками:10* десятках:10* десятилетия:10* десятилетий:10* десятилетиями:10* "
            + "сотни:100* сотен:100* сотнями:100* сотнях:100* тысячи:1000* миллионы:1e6* миллиарды:1e9*"),
    };

    // Days of the week, Monday 1 to Sunday 7, with their plurals ("on Mondays", "по понедельникам"), and in
    // Russian the adjectives a translator writes for "Sunday morning" or "Friday's game" ("воскресное утро",
    // "пятничный матч"). Russian
    // "среда" is also "environment" ("окружающую среду"): its forms are apart, and count only after "в" or "по".
    /// <summary>
    /// "stem:day" for each case and gender of a Russian adjective of a weekday, hard ("ый": "воскресный") or soft
    /// ("ий": "субботний").
    /// </summary>
    private static string Adjective(string stem, string ending, int day)
    {
        string[] endings = ending == "ий"
            ? ["ий", "яя", "ее", "его", "ему", "им", "ем", "ей", "юю", "ие", "их", "ими"]
            : ["ый", "ая", "ое", "ого", "ому", "ым", "ом", "ой", "ую", "ые", "ых", "ыми"];
        return string.Join(' ', endings.Select(e => $"{stem}{e}:{day}")) + " ";
    }

    private static readonly Dictionary<string, Dictionary<string, double>> s_weekdays = new(StringComparer.Ordinal)
    {
        ["en"] = ParseSingle(
            "monday:1 tuesday:2 wednesday:3 thursday:4 friday:5 saturday:6 sunday:7 "
            + "mondays:1 tuesdays:2 wednesdays:3 thursdays:4 fridays:5 saturdays:6 sundays:7"),
        ["ru"] = ParseSingle(
            "понедельник:1 понедельника:1 понедельнику:1 понедельником:1 понедельнике:1 понедельники:1 понедельников:1 понедельникам:1 "
            + "вторник:2 вторника:2 вторнику:2 вторником:2 вторнике:2 вторники:2 вторников:2 вторникам:2 "
            + "четверг:4 четверга:4 четвергу:4 четвергом:4 четверге:4 четверги:4 четвергов:4 четвергам:4 "
            + "пятница:5 пятницы:5 пятнице:5 пятницу:5 пятницей:5 пятниц:5 пятницам:5 "
            + "суббота:6 субботы:6 субботе:6 субботу:6 субботой:6 суббот:6 субботам:6 "
            + "воскресенье:7 воскресенья:7 воскресенью:7 воскресеньем:7 воскресений:7 воскресеньям:7 "
            + Adjective("пятничн", "ый", 5) + Adjective("субботн", "ий", 6) + Adjective("воскресн", "ый", 7)),
        ["de"] = ParseSingle(
            "montag:1 dienstag:2 mittwoch:3 donnerstag:4 freitag:5 samstag:6 sonnabend:6 sonntag:7 "
            + "montags:1 dienstags:2 mittwochs:3 donnerstags:4 freitags:5 samstags:6 sonnabends:6 sonntags:7"),
        ["fr"] = ParseSingle("lundi:1 mardi:2 mercredi:3 jeudi:4 vendredi:5 samedi:6 dimanche:7 "
            + "lundis:1 mardis:2 mercredis:3 jeudis:4 vendredis:5 samedis:6 dimanches:7"),
    };

    private static readonly HashSet<string> s_russianWednesdays = new(StringComparer.Ordinal) { "среду", "средам" };

    // Russian ordinals ("первыми", "пятом", "девяностые") decline as adjectives: a stem and an adjective ending.
    private static readonly Dictionary<string, double> s_russianOrdinalStems = ParseSingle(
        "перв:1 втор:2 четверт:4 четвёрт:4 пят:5 шест:6 седьм:7 восьм:8 девят:9 десят:10 одиннадцат:11 двенадцат:12 "
        + "тринадцат:13 четырнадцат:14 пятнадцат:15 шестнадцат:16 семнадцат:17 восемнадцат:18 девятнадцат:19 двадцат:20 "
        + "тридцат:30 сороков:40 пятидесят:50 шестидесят:60 семидесят:70 восьмидесят:80 девяност:90 сот:100 тысячн:1000");

    // The endings a Russian adjective takes, in every gender, number and case; the name check reads adjectives of places by them too.
    internal static readonly HashSet<string> RussianAdjectiveEndings = new(StringComparer.Ordinal)
    {
        "ый", "ой", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей",
    };

    // Russian compounds of a number and a stem: "двухметровый" (2 m), "пятилетний", "десятилетие", "трёхэтажный".
    // Only the stems listed count, so that "семинар" and "столичный" are no numbers. Longer prefixes first.
    private static readonly (string Prefix, double Value)[] s_russianCompoundPrefixes =
    [
        .. ParseSingle(
            "двухсот:200 трехсот:300 трёхсот:300 пятисот:500 тысяче:1000 двадцати:20 тридцати:30 пятидесяти:50 двенадцати:12 "
            + "пятнадцати:15 сорока:40 девяносто:90 десяти:10 девяти:9 восьми:8 семи:7 шести:6 пяти:5 четырех:4 четырёх:4 "
            + "трех:3 трёх:3 двух:2 дву:2 одно:1 полу:0.5 сто:100")
            .OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value)),
    ];

    private static readonly (string Stem, MeasureUnit? Unit)[] s_russianCompoundStems =
    [
        ("километров", MeasureUnit.Kilometre), ("сантиметров", MeasureUnit.Centimetre), ("миллиметров", MeasureUnit.Millimetre),
        ("метров", MeasureUnit.Metre), ("тонн", MeasureUnit.Tonne), ("градусн", MeasureUnit.Celsius), ("килограммов", MeasureUnit.Kilogram),
        ("летн", null), ("лети", null), ("дневн", null), ("недельн", null), ("месячн", null), ("часов", null), ("минутн", null),
        ("этажн", null), ("кратн", null), ("процентн", null), ("местн", null), ("серийн", null), ("томн", null), ("звёздочн", null), ("звездочн", null),
    ];

    // A Roman numeral counts only before a word for a century: "XX век", "XIX–XX веков".
    private static readonly HashSet<string> s_centuryWords = new(StringComparer.Ordinal)
    {
        "век", "века", "веке", "веку", "веком", "веков", "векам", "веках", "столетие", "столетия", "century", "centuries",
    };

    private static readonly Dictionary<string, double> s_scaleWords = ParseSingle("m:1e6 mn:1e6 bn:1e9 k:1000 tn:1e12 млн:1e6 млрд:1e9 трлн:1e12 тыс:1000");

    // Ordinal endings written after a day: "7th", "7-го", "7-е".
    private static readonly HashSet<string> s_ordinalSuffixes = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "го", "е", "ое", "ого", "ая", "й", "ый", "ий" };

    private static bool TryScale(LanguageWords words, string text, Token token, bool metreM, out double scale)
    {
        var lower = LowerCase(text, token);
        if (!(metreM && lower == "m") && s_scaleWords.TryGetValue(lower, out scale))
            return true;
        if (words.TryGetAnchorKey(lower, out var key) && TryParseValue(key, out scale) && scale >= 100)
            return true;
        scale = 0;
        return false;
    }

    private static bool TryNumberWord(
        LanguageWords words, Dictionary<string, double[]>? extra, string language, string lower, out double[] values, out MeasureUnit? unit)
    {
        unit = null;
        if (extra is not null && extra.TryGetValue(lower, out values!))
            return true;
        if (words.TryGetAnchorKey(lower, out var key) && TryParseValue(key, out var value))
        {
            values = [value];
            return true;
        }
        if (language == "ru" && TryRussianNumberWord(lower, words, out value, out unit))
        {
            values = [value];
            return true;
        }
        if (language == "de" && TryGermanNumberWord(lower, out value))
        {
            values = [value];
            return true;
        }
        values = [];
        return false;
    }

    // German writes a cardinal below a million as one word ("dreihundertfünfzig", "zweiundzwanzig") and makes nouns of
    // thousands: an "Achttausender" is a peak of over 8000 m, as French "un 8000" is.
    private static readonly Dictionary<string, int> s_germanUnits = new(StringComparer.Ordinal)
    {
        ["ein"] = 1, ["eins"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9,
    };

    private static readonly Dictionary<string, int> s_germanBelowHundred = new(StringComparer.Ordinal)
    {
        ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14, ["fünfzehn"] = 15, ["sechzehn"] = 16,
        ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20, ["dreissig"] = 30, ["dreißig"] = 30, ["vierzig"] = 40,
        ["fünfzig"] = 50, ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_germanUnitLookup = s_germanUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_germanBelowHundredLookup =
        s_germanBelowHundred.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_germanThousandNounEndings = ["tausendern", "tausenders", "tausender"];

    /// <summary>
    /// A German cardinal written as one word, "siebentausend" or "dreihundertzweiundvierzig", or a noun of thousands,
    /// "Achttausender", "Siebentausendern": the words the language's list of single number words does not hold.
    /// </summary>
    private static bool TryGermanNumberWord(string lower, out double value)
    {
        var word = lower.AsSpan();
        foreach (var ending in s_germanThousandNounEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^(ending.Length - "tausend".Length)];
                break;
            }
        }
        value = 0;
        // The article "ein" is no number.
        if (word.SequenceEqual("ein") || !TryScaled(word, "tausend", 1000, TryGermanBelowThousand, TryGermanBelowThousand, out var number))
            return false;
        value = number;
        return true;
    }

    private delegate bool NumberPart(ReadOnlySpan<char> word, out int value);

    private static bool TryGermanBelowThousand(ReadOnlySpan<char> word, out int value) =>
        TryScaled(word, "hundert", 100, TryGermanUnit, TryGermanBelowHundred, out value);

    /// <summary>
    /// A number built round a scale word, "dreihundertzwölf": the count before it (one when there is none) times the
    /// scale, plus what follows it; a word without the scale is read by <paramref name="below"/> alone.
    /// </summary>
    private static bool TryScaled(ReadOnlySpan<char> word, string scale, int scaleValue, NumberPart count, NumberPart below, out int value)
    {
        var at = word.IndexOf(scale, StringComparison.Ordinal);
        if (at < 0)
            return below(word, out value);
        value = 0;
        var times = 1;
        if (at > 0 && !count(word[..at], out times))
            return false;
        var rest = 0;
        var after = word[(at + scale.Length)..];
        if (!after.IsEmpty && !below(after, out rest))
            return false;
        value = (times * scaleValue) + rest;
        return true;
    }

    private static bool TryGermanBelowHundred(ReadOnlySpan<char> word, out int value)
    {
        if (s_germanBelowHundredLookup.TryGetValue(word, out value) || TryGermanUnit(word, out value))
            return true;
        // "zweiundzwanzig": the unit, "und", the tens.
        var and = word.IndexOf("und", StringComparison.Ordinal);
        if (and > 0 && TryGermanUnit(word[..and], out var unit) && s_germanBelowHundredLookup.TryGetValue(word[(and + 3)..], out var tens) && tens >= 20 && tens % 10 == 0)
        {
            value = tens + unit;
            return true;
        }
        value = 0;
        return false;
    }

    private static bool TryGermanUnit(ReadOnlySpan<char> word, out int value) => s_germanUnitLookup.TryGetValue(word, out value);

    /// <summary>
    /// A declined Russian cardinal in -ь ("пятнадцати", "одиннадцатью"), a declined ordinal ("первыми",
    /// "девяностых") or a compound of a number ("двухметровый").
    /// </summary>
    private static bool TryRussianNumberWord(string lower, LanguageWords words, out double value, out MeasureUnit? unit)
    {
        unit = null;
        // "круглосуточный" is round the clock: the "24-hour" of English.
        if (lower.StartsWith("круглосуточн", StringComparison.Ordinal))
        {
            (value, unit) = (24, MeasureUnit.Hour);
            return true;
        }
        // Not "семью": far more often the family ("его семью") than seven.
        var stemLength = lower.EndsWith("ью", StringComparison.Ordinal) && lower != "семью" ? lower.Length - 2
            : lower.EndsWith('и') ? lower.Length - 1 : -1;
        if (stemLength > 2 && words.TryGetAnchorKey(lower[..stemLength] + "ь", out var key) && TryParseValue(key, out value))
            return true;
        foreach (var (stem, ordinal) in s_russianOrdinalStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && RussianAdjectiveEndings.Contains(lower[stem.Length..]))
            {
                value = ordinal;
                return true;
            }
        }
        foreach (var (prefix, number) in s_russianCompoundPrefixes)
        {
            if (!lower.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            foreach (var (stem, stemUnit) in s_russianCompoundStems)
            {
                if (lower.AsSpan(prefix.Length).StartsWith(stem, StringComparison.Ordinal))
                {
                    value = number;
                    unit = stemUnit;
                    return true;
                }
            }
        }
        value = 0;
        return false;
    }

    private static bool TryWeekday(string text, List<Token> tokens, int k, string lower, string language, out int weekday)
    {
        weekday = 0;
        if (s_weekdays.TryGetValue(language, out var days) && days.TryGetValue(NameCheck.WithoutPossessive(lower), out var day))
        {
            weekday = (int)day;
            return true;
        }
        if (language != "ru" || !s_russianWednesdays.Contains(lower) || k == 0)
            return false;
        var previous = text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length);
        if (!(previous.Equals("в", StringComparison.OrdinalIgnoreCase) || previous.Equals("по", StringComparison.OrdinalIgnoreCase)))
            return false;
        weekday = 3;
        return true;
    }

    /// <summary>
    /// True when a capitalised word follows right after, other than a month: "The Sunday Times", "Black Friday
    /// Deals", a name and no day. "Saturday, September 29" and "Friday's" are days.
    /// </summary>
    private static bool StartsName(string text, List<Token> tokens, int k, LanguageWords words)
    {
        if (k + 1 >= tokens.Count || tokens[k + 1] is not { Kind: TokenKind.Word } next || !OnlySpaceBetween(text, tokens[k].End, next.Start))
            return false;
        return char.IsUpper(text[next.Start]) && !TryMonth(words, text, next, out _);
    }

    private static bool TryMonth(LanguageWords words, string text, Token token, out int month)
    {
        month = 0;
        return token.Kind == TokenKind.Word && TryMonth(words, LowerCase(text, token), out month);
    }

    private static bool TryMonth(LanguageWords words, string lower, out int month)
    {
        // The aligner writes months as "M12"; "May" and "March" are also words, but capitalised mid-sentence
        // they are months often enough, and a month alone only ever matches.
        if (words.TryGetAnchorKey(lower, out var key) && key.Length > 1 && key[0] == 'M')
            return int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out month);
        month = 0;
        return false;
    }

    private static bool TryParseValue(string key, out double value) =>
        double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool IsOrdinalSuffix(string text, Token token, int numberEnd)
    {
        if (token.Kind != TokenKind.Word)
            return false;
        var gap = token.Start - numberEnd;
        if (gap > 1 || (gap == 1 && text[numberEnd] != '-'))
            return false;
        return s_ordinalSuffixes.Contains(LowerCase(text, token));
    }
}
