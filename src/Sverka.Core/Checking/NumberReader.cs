using System.Globalization;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Finds the numbers, amounts, percentages, dates and times of a sentence and normalises their written forms
/// (<see cref="NumberMention"/>). Tokens come from <see cref="WordScanner"/> and number words and month names from
/// <see cref="LanguageWords"/>, the same the aligner's anchors use, so the checks and the aligner agree on what a
/// number is; the reader adds the structure the anchors do not need: decimals, scale words, dates, times.
/// </summary>
public static class NumberReader
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
            + "tens:10* dozens:12*,10* decades:10* hundreds:100* thousands:1000* millions:1e6* billions:1e9*"),
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

    private static readonly HashSet<string> s_russianAdjectiveEndings = new(StringComparer.Ordinal)
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

    /// <summary>Reads the mentions of a whole string (a sentence on its own).</summary>
    public static IReadOnlyList<NumberMention> Read(string sentence, string language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Read(sentence, new TextSpan(0, sentence.Length), language);
    }

    /// <summary>Reads the mentions of one sentence of a text; spans are offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<NumberMention> Read(string text, TextSpan sentence, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var words = LanguageWords.For(language);
        var extra = s_extraWords.GetValueOrDefault(language);
        var tokens = Tokens(text.AsSpan(sentence.Start, sentence.Length), sentence.Start);
        var mentions = new List<NumberMention>();
        var metreM = MetreM(language);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number)
                k = ReadNumber(text, tokens, k, words, metreM, mentions);
            else if (token.Kind == TokenKind.Word)
                k = ReadWord(text, tokens, k, words, extra, language, mentions);
        }
        return ShareRangeUnits(text, JoinNumberWords(text, mentions));
    }

    /// <summary>A token in lower case, made in one string: every word of every sentence is asked whether it is a number.</summary>
    private static string LowerCase(string text, Token token) =>
        string.Create(token.Length, (text, token.Start), static (lower, at) => at.text.AsSpan(at.Start, lower.Length).ToLowerInvariant(lower));

    private static bool IsHyphen(string text, int start, int end) => end == start + 1 && text[start] == '-';

    private static bool Adjoins(string text, Token first, Token second) =>
        OnlySpaceBetween(text, first.End, second.Start) || IsHyphen(text, first.End, second.Start);

    private static readonly HashSet<string> s_rangeWords = new(StringComparer.Ordinal) { "-", "–", "—", "to", "or", "and", "до", "или", "и" };

    /// <summary>"2 to 4 inches", "от 5 до 10 см": the first number of a range is in the unit written after the second.</summary>
    private static List<NumberMention> ShareRangeUnits(string text, List<NumberMention> mentions)
    {
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            var (first, second) = (mentions[k], mentions[k + 1]);
            if (first.Unit is not null || second.Unit is null)
                continue;
            var gap = text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim();
            if (s_rangeWords.Contains(gap.ToString().ToLowerInvariant()))
                mentions[k] = first with { Unit = second.Unit };
        }
        return mentions;
    }

    /// <summary>"сорок восемь", "twenty five", "двести пятьдесят": number words in a row are one number.</summary>
    private static List<NumberMention> JoinNumberWords(string text, List<NumberMention> mentions)
    {
        for (var k = mentions.Count - 1; k > 0; k--)
        {
            var (first, second) = (mentions[k - 1], mentions[k]);
            if (first.InDigits || second.InDigits || first.Kind != NumberMentionKind.Number || first.Values.Count != 1 || second.Values.Count == 0)
                continue;
            var gap = text.AsSpan(first.Span.End, second.Span.Start - first.Span.End);
            if (gap.Trim().Length > 0 && !gap.Trim().SequenceEqual("-"))
                continue;
            var head = first.Values[0];
            var tail = second.Values[0];
            if (head < 20 || tail >= head || head % 10 != 0)
                continue;
            var joined = second with
            {
                Values = [head + tail, .. second.Values.Select(v => v >= 100 ? (head + tail) * (v / tail) : v)],
                Span = TextSpan.FromBounds(first.Span.Start, second.Span.End),
                Text = text[first.Span.Start..second.Span.End],
            };
            mentions[k - 1] = joined;
            mentions.RemoveAt(k);
        }
        return mentions;
    }

    private static List<Token> Tokens(ReadOnlySpan<char> sentence, int offset)
    {
        var tokens = new List<Token>();
        var scanner = new WordScanner(sentence);
        var scanned = 0;
        while (scanner.MoveNext())
        {
            var t = scanner.Current;
            AddFractions(sentence, scanned, t.Start, offset, tokens);
            tokens.Add(t with { Start = t.Start + offset });
            scanned = t.Start + t.Length;
        }
        AddFractions(sentence, scanned, sentence.Length, offset, tokens);
        return tokens;
    }

    /// <summary>
    /// The vulgar fractions between two tokens, which the word scanner (made for scoring, where they are rare) passes
    /// over: "1 ½ m" is the "1,50 m" of a translation. One after a whole number, touching it or a space away, joins
    /// its token; one alone is a number token of its own.
    /// </summary>
    private static void AddFractions(ReadOnlySpan<char> sentence, int from, int to, int offset, List<Token> tokens)
    {
        for (var i = from; i < to; i++)
        {
            if (VulgarFraction(sentence[i]) is null)
                continue;
            if (tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Number } whole && whole.End - offset >= i - 1
                && (whole.End - offset == i || CharClass.IsSpace(sentence[i - 1])) && !sentence[(whole.Start - offset)..(whole.End - offset)].ContainsAny(s_separators))
                tokens[^1] = whole with { Length = i + 1 + offset - whole.Start };
            else
                tokens.Add(new Token(i + offset, 1, TokenKind.Number));
        }
    }

    private static readonly System.Buffers.SearchValues<char> s_separators = System.Buffers.SearchValues.Create(",./");

    /// <summary>The value of a vulgar fraction character ("½", "¾", "⅓"), or null for any other.</summary>
    private static double? VulgarFraction(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && CharUnicodeInfo.GetNumericValue(c) is > 0 and < 1 and var value ? value : null;

    private static int ReadNumber(string text, List<Token> tokens, int k, LanguageWords words, bool metreM, List<NumberMention> mentions)
    {
        var token = tokens[k];
        var written = text.AsSpan(token.Start, token.Length);

        // A time of day, 10:30: the hour, read on either half of the clock; the minutes say nothing more.
        if (k + 1 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Number, Length: 2 } minutes
            && minutes.Start == token.End + 1 && text[token.End] == ':' && TryInteger(written, out var hour) && hour <= 24)
        {
            mentions.Add(ClockTime(text, hour, minutes, token.Start, minutes.End));
            return k + 1;
        }
        // French and German write the hour word between hour and minutes: "20 h 30", "20 h. 30", "20h30", "20 Uhr 30".
        if (k + 2 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Word } hourWord && IsHourWord(text, hourWord)
            && tokens[k + 2] is { Kind: TokenKind.Number, Length: 2 } wordMinutes && OnlySpaceBetween(text, token.End, hourWord.Start)
            && OnlySpaceOrPointBetween(text, hourWord.End, wordMinutes.Start) && IsMinutes(text.AsSpan(wordMinutes.Start, 2))
            && TryInteger(written, out hour) && hour <= 24)
        {
            mentions.Add(ClockTime(text, hour, wordMinutes, token.Start, wordMinutes.End));
            return k + 2;
        }
        // German writes the minutes after a point before "Uhr": "um 20.30 Uhr".
        if (k + 1 < tokens.Count && written.Length is 4 or 5 && written[^3] == '.' && tokens[k + 1] is { Kind: TokenKind.Word } uhr
            && IsHourWord(text, uhr) && OnlySpaceBetween(text, token.End, uhr.Start) && IsMinutes(written[^2..])
            && TryInteger(written[..^3], out hour) && hour <= 24)
        {
            mentions.Add(ClockTime(text, hour, new Token(token.End - 2, 2, TokenKind.Number), token.Start, token.End));
            return k;
        }

        // An amount in a currency and its hundredths: "2 fr. 70", "2 доллара 50 центов" are 2.70 as "$2.70" writes it.
        if (k + 2 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Word } currency && IsWordOf(Currencies.WithHundredthsAfter, text, currency)
            && tokens[k + 2] is { Kind: TokenKind.Number, Length: 2 } hundredths && OnlySpaceBetween(text, token.End, currency.Start)
            && OnlySpaceOrPointBetween(text, currency.End, hundredths.Start) && TryInteger(written, out var units))
        {
            var amountEnd = hundredths.End;
            var last = k + 2;
            if (last + 1 < tokens.Count && tokens[last + 1] is { Kind: TokenKind.Word } subunit && IsWordOf(s_currencySubunits, text, subunit)
                && OnlySpaceOrPointBetween(text, amountEnd, subunit.Start))
            {
                amountEnd = subunit.End;
                last++;
            }
            var amount = units + (int.Parse(text.AsSpan(hundredths.Start, 2), CultureInfo.InvariantCulture) / 100.0);
            mentions.Add(Mention(text, NumberMentionKind.Number, [amount], 0, token.Start, amountEnd, inDigits: true)
                with { Currency = Currencies.OfWord(LowerCase(text, currency)) });
            return last;
        }

        // An ISO date, 2021-03-15: the year, then day 15 of month 3, as "15 марта 2021 г." writes them.
        if (k + 2 < tokens.Count && token.Length == 4 && tokens[k + 1] is { Kind: TokenKind.Number, Length: 2 } isoMonth
            && tokens[k + 2] is { Kind: TokenKind.Number, Length: 2 } isoDay && isoMonth.Start == token.End + 1 && text[token.End] == '-'
            && isoDay.Start == isoMonth.End + 1 && text[isoMonth.End] == '-'
            && TryInteger(text.AsSpan(isoMonth.Start, 2), out var isoMonthNumber) && isoMonthNumber is >= 1 and <= 12
            && TryInteger(text.AsSpan(isoDay.Start, 2), out var isoDayNumber) && isoDayNumber is >= 1 and <= 31)
        {
            mentions.Add(Mention(text, NumberMentionKind.Number, [double.Parse(written, CultureInfo.InvariantCulture)], 0, token.Start, token.End, inDigits: true));
            mentions.Add(Mention(text, NumberMentionKind.Date, [isoDayNumber], isoMonthNumber, isoMonth.Start, isoDay.End, inDigits: true));
            return k + 2;
        }

        if (written.Contains('/'))
        {
            ReadSlashed(text, token, mentions);
            return k;
        }

        if (TryDottedDate(written, out var dottedDay, out var dottedMonth, out var yearLength))
        {
            mentions.Add(Mention(text, NumberMentionKind.Date, [dottedDay], dottedMonth, token.Start, token.End - yearLength - 1, inDigits: true));
            var year = written[^yearLength..];
            mentions.Add(Mention(text, NumberMentionKind.Number, [double.Parse(year, CultureInfo.InvariantCulture)], 0, token.End - yearLength, token.End, inDigits: true));
            return k;
        }

        // "I18n", "k8s": digits with letters touching both sides are a word's letters written short, not a quantity.
        if (k > 0 && tokens[k - 1] is { Kind: TokenKind.Word } letterBefore && letterBefore.End == token.Start
            && k + 1 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Word } letterAfter && letterAfter.Start == token.End)
            return k + 1;

        var readings = new List<double>(2);
        ReadDigits(written, readings);
        if (VulgarFraction(written[^1]) is { } fraction)
            readings[0] += fraction;
        var end = token.End;
        var kind = NumberMentionKind.Number;
        var next = k + 1;

        // "7th December", "7-го декабря", "7 декабря": a day and its month. German writes the day as an ordinal
        // with a point: "7. Juli", "7. Dez.".
        var monthAt = next;
        if (monthAt < tokens.Count && IsOrdinalSuffix(text, tokens[monthAt], end))
            monthAt++;
        if (monthAt < tokens.Count && token.Length <= 2 && readings.Count == 1 && readings[0] is >= 1 and <= 31
            && OnlySpaceOrPointBetween(text, tokens[monthAt - 1].End, tokens[monthAt].Start)
            && TryMonth(words, text, tokens[monthAt], out var month))
        {
            mentions.Add(Mention(text, NumberMentionKind.Date, readings, month, token.Start, tokens[monthAt].End, inDigits: true));
            return monthAt;
        }

        // "the 1930s" are "30-е годы".
        if (readings.Count == 1 && readings[0] is >= 1900 and < 2100 && readings[0] % 10 == 0 && end < text.Length && text[end] == 's')
            readings.Add(readings[0] % 100);
        (end, next, var scale) = ReadScaleAndPercent(text, tokens, next, end, words, metreM, readings, ref kind);
        // "247sports", "3dfx": digits run into a word are part of a name, not a quantity.
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].Start == end && tokens[next].Length >= 3
            && UnitOf(text, tokens[next], end, metreM) is null)
            return next;
        var unit = UnitAfter(text, tokens, next, end, afterArticle: false, metreM);
        // "6-foot-6", "5 feet 10", "1 м 82 см": a number after a measure is the next, smaller unit of its system,
        // and the two are one length. Only after a whole measure, so that "in 2019" is not read as inches.
        if (k > 1 && mentions.Count > 0 && mentions[^1] is { Unit: { } measure } previous && previous.Span.Start == tokens[k - 2].Start
            && tokens[k - 1].Kind == TokenKind.Word && Adjoins(text, tokens[k - 2], tokens[k - 1]) && Adjoins(text, tokens[k - 1], token))
        {
            var smaller = unit is null ? measure.Smaller : unit.Dimension == measure.Dimension && unit.Scale < measure.Scale ? unit : null;
            if (smaller is not null && readings.Count == 1 && previous.Values.Count > 0)
            {
                var whole = previous.Values[0] + (readings[0] * smaller.Scale / measure.Scale);
                mentions[^1] = previous with
                {
                    Values = [.. previous.Values, whole],
                    Span = TextSpan.FromBounds(previous.Span.Start, end),
                    Text = text[previous.Span.Start..end],
                };
                return next - 1;
            }
        }
        var start = token.Start;
        string? amountCurrency = null;
        if (unit is null)
        {
            if (Currencies.Before(text, start) is { } before)
                (amountCurrency, start) = before;
            if (Currencies.After(text, tokens, next, end) is { } after)
                (amountCurrency, end, next) = (amountCurrency ?? after.Currency, after.End, after.Next);
        }
        mentions.Add(Mention(text, kind, readings, 0, start, end, inDigits: true) with { Unit = unit, Scale = scale, Currency = amountCurrency });
        return next - 1;
    }

    private static int ReadWord(
        string text, List<Token> tokens, int k, LanguageWords words, Dictionary<string, double[]>? extra, string language, List<NumberMention> mentions)
    {
        var token = tokens[k];
        var lower = LowerCase(text, token);
        if (TryMonth(words, lower, out var month))
        {
            // "December 7", "December 7th, 2021": a month and the day after it.
            if (k + 1 < tokens.Count && tokens[k + 1] is { Kind: TokenKind.Number, Length: <= 2 } day
                && OnlySpaceBetween(text, token.End, day.Start)
                && TryInteger(text.AsSpan(day.Start, day.Length), out var dayNumber) && dayNumber is >= 1 and <= 31)
            {
                var end = day.End;
                var last = k + 1;
                if (last + 1 < tokens.Count && IsOrdinalSuffix(text, tokens[last + 1], end))
                {
                    last++;
                    end = tokens[last].End;
                }
                mentions.Add(Mention(text, NumberMentionKind.Date, [dayNumber], month, token.Start, end, inDigits: true));
                return last;
            }
            // A month name alone is often dropped in translation ("last December" → "в прошлом году"), so it
            // counts only as a match unless it is the only quantity of its kind; the number check decides.
            mentions.Add(Mention(text, NumberMentionKind.Month, [], month, token.Start, token.End, inDigits: false));
            return k;
        }

        // German capitalises every noun, so a capital after the day ("am Sonntag Abend") says nothing of a name there.
        if (TryWeekday(text, tokens, k, lower, language, out var weekday) && (language == "de" || !StartsName(text, tokens, k, words)))
        {
            mentions.Add(Mention(text, NumberMentionKind.Weekday, [weekday], 0, token.Start, token.End, inDigits: false));
            return k;
        }

        if (TryRomanCentury(text, tokens, k, out var century) || TryRomanOrdinal(text, tokens, k, language, out century))
        {
            mentions.Add(Mention(text, NumberMentionKind.Number, [century], 0, token.Start, token.End, inDigits: false));
            return k;
        }
        if (!TryNumberWord(words, extra, language, lower, out var values, out var compoundUnit))
            return k;
        var readings = new List<double>(values);
        var kind = NumberMentionKind.Number;
        var metreM = MetreM(language);
        var (wordEnd, next, scale) = ReadScaleAndPercent(text, tokens, k + 1, token.End, words, metreM, readings, ref kind);
        var unit = compoundUnit ?? UnitAfter(text, tokens, next, wordEnd, afterArticle: true, metreM);
        string? currency = null;
        if (unit is null && Currencies.After(text, tokens, next, wordEnd) is { } after)
            (currency, wordEnd, next) = after;
        mentions.Add(Mention(text, kind, readings, 0, token.Start, wordEnd, inDigits: false) with { Unit = unit, Scale = scale, Currency = currency });
        return next - 1;
    }

    /// <summary>"XX век", "XIX–XX веков", "the XXI century": a Roman numeral before a word for a century.</summary>
    private static bool TryRomanCentury(string text, List<Token> tokens, int k, out double value)
    {
        value = 0;
        if (!TryRoman(text.AsSpan(tokens[k].Start, tokens[k].Length), out var number))
            return false;
        for (var j = k + 1; j < tokens.Count && j <= k + 2; j++)
        {
            var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim();
            if (gap.Length > 1 || (gap.Length == 1 && gap[0] is not ('-' or '–' or '—')) || tokens[j].Kind != TokenKind.Word)
                return false;
            var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
            if (s_centuryWords.Contains(word.ToString().ToLowerInvariant()))
            {
                value = number;
                return true;
            }
            if (!TryRoman(word, out _))
                return false;
        }
        return false;
    }

    /// <summary>
    /// A Roman numeral that numbers what it follows, as the other version may with digits: "camp III" for "Lager 3",
    /// "Gasherbrum II", "World War II". Only numerals of I, V and X: with L, C, D and M they are mostly acronyms ("DC",
    /// "CV", "MD"). A single letter only after a word, and not in English, where "I" is a pronoun. Read as a number
    /// word is, one that only ever matches, so that a letter misread costs nothing.
    /// </summary>
    private static bool TryRomanOrdinal(string text, List<Token> tokens, int k, string language, out double value)
    {
        value = 0;
        var written = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (written.ContainsAnyExcept("IVX") || !TryRoman(written, out var number))
            return false;
        if (written.Length == 1 && (language == "en" || k == 0 || tokens[k - 1].Kind != TokenKind.Word
                || !OnlySpaceBetween(text, tokens[k - 1].End, tokens[k].Start)))
            return false;
        value = number;
        return true;
    }

    /// <summary>An upper-case Roman numeral up to 3999, written the standard way.</summary>
    internal static bool TryRoman(ReadOnlySpan<char> written, out int value)
    {
        value = 0;
        if (written.IsEmpty || written.Length > 15)
            return false;
        var previous = int.MaxValue;
        for (var i = 0; i < written.Length; i++)
        {
            var digit = RomanDigit(written[i]);
            if (digit == 0)
                return false;
            var following = i + 1 < written.Length ? RomanDigit(written[i + 1]) : 0;
            if (following > digit)
            {
                // Only I, X and C subtract, and only from the next two larger numerals: IV, IX, XL, XC, CD, CM;
                // what follows the pair is smaller than the numeral subtracted.
                if (digit is not (1 or 10 or 100) || following > 10 * digit || digit >= previous)
                    return false;
                value += following - digit;
                previous = digit - 1;
                i++;
                continue;
            }
            if (digit > previous)
                return false;
            value += digit;
            previous = digit;
        }
        return true;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };

    /// <summary>
    /// After a number: a scale word ("million", "млн", "bn") adds the scaled reading, and a percent sign or word
    /// makes it a percentage. Returns the end of the mention, the first token after it and the scale (1 for none).
    /// </summary>
    private static (int End, int Next, double Scale) ReadScaleAndPercent(
        string text, List<Token> tokens, int next, int end, LanguageWords words, bool metreM, List<double> readings, ref NumberMentionKind kind)
    {
        double written = 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && OnlySpaceBetween(text, end, tokens[next].Start)
            && TryScale(words, text, tokens[next], metreM, out var scale))
        {
            written = scale;
            var count = readings.Count;
            for (var r = 0; r < count; r++)
                readings.Add(readings[r] * scale);
            end = tokens[next].End;
            next++;
        }
        if (next < tokens.Count && OnlySpaceBetween(text, end, tokens[next].Start))
        {
            if (tokens[next].Kind != TokenKind.Number && IsPercentWord(words, text, tokens, next, out var last))
            {
                kind = NumberMentionKind.Percent;
                end = tokens[last].End;
                next = last + 1;
            }
        }
        return (end, next, written);
    }

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
        // Not "семью": far more often the family ("его семью") than seven.
        var stemLength = lower.EndsWith("ью", StringComparison.Ordinal) && lower != "семью" ? lower.Length - 2
            : lower.EndsWith('и') ? lower.Length - 1 : -1;
        if (stemLength > 2 && words.TryGetAnchorKey(lower[..stemLength] + "ь", out var key) && TryParseValue(key, out value))
            return true;
        foreach (var (stem, ordinal) in s_russianOrdinalStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && s_russianAdjectiveEndings.Contains(lower[stem.Length..]))
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

    /// <summary>
    /// A time of day from its hour and its two digits of minutes, read on either half of the clock: "17:30" is also
    /// "5.30pm" as British English writes it, so the hour with the minutes as hundredths is a reading too.
    /// </summary>
    private static NumberMention ClockTime(string text, int hour, Token minutes, int start, int end)
    {
        var minute = int.Parse(text.AsSpan(minutes.Start, 2), CultureInfo.InvariantCulture);
        var fraction = minute / 100.0;
        var other = hour >= 12 ? hour - 12 : hour + 12;
        double[] hours = [hour, other, hour + fraction, other + fraction];
        return Mention(text, NumberMentionKind.Time, hours, 0, start, end, inDigits: true);
    }

    // The names of the hundredths of a currency, written after an amount's whole units (Currencies.WithHundredthsAfter).
    private static readonly HashSet<string> s_currencySubunits = new(StringComparer.Ordinal)
    {
        "cent", "cents", "pence", "p", "centimes", "rappen", "pfennig", "цент", "цента", "центов", "пенс", "пенса", "пенсов", "копейка", "копейки", "копеек",
    };

    private static bool IsWordOf(HashSet<string> words, string text, Token token) =>
        token.Length <= 12 && words.Contains(LowerCase(text, token));

    // The words French and German put after the hour of a clock time: "20 h 30", "20 heures 30", "20.30 Uhr".
    private static readonly HashSet<string> s_hourWords = new(StringComparer.Ordinal) { "h", "heure", "heures", "uhr" };

    private static bool IsHourWord(string text, Token token) => IsWordOf(s_hourWords, text, token);

    private static bool IsMinutes(ReadOnlySpan<char> twoDigits) => TryInteger(twoDigits, out var minutes) && minutes <= 59;

    /// <summary>Only spaces, or the point of an abbreviation among them ("h. 30", "fr . 70"), between two offsets.</summary>
    private static bool OnlySpaceOrPointBetween(string text, int start, int end)
    {
        var point = text.IndexOf('.', start, end - start);
        return point < 0 ? OnlySpaceBetween(text, start, end) : OnlySpaceBetween(text, start, point) && OnlySpaceBetween(text, point + 1, end);
    }

    private static bool OnlySpaceBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsSpace(text[i]))
                return false;
        }
        return true;
    }

    /// <summary>"7/12/2021" is a date when it can be one; any other slash ("24/7", "1/3") separates numbers.</summary>
    private static void ReadSlashed(string text, Token token, List<NumberMention> mentions)
    {
        var written = text.AsSpan(token.Start, token.Length);
        Span<Range> parts = stackalloc Range[4];
        var count = written.Split(parts, '/');
        if (count == 3 && written[parts[0]].Length <= 2 && written[parts[1]].Length <= 2 && written[parts[2]].Length is 2 or 4
            && TryInteger(written[parts[0]], out var first) && TryInteger(written[parts[1]], out var second))
        {
            // Day-first or month-first: both readings, as the writer's convention is unknown.
            var yearStart = token.Start + parts[2].Start.Value;
            var monthFirst = first is >= 1 and <= 12 && second is >= 1 and <= 31 && first != second
                ? Mention(text, NumberMentionKind.Date, [second], first, token.Start, yearStart - 1, inDigits: true)
                : null;
            if (second is >= 1 and <= 12 && first is >= 1 and <= 31)
                mentions.Add(Mention(text, NumberMentionKind.Date, [first], second, token.Start, yearStart - 1, inDigits: true) with { OtherReading = monthFirst });
            else if (monthFirst is not null)
                mentions.Add(monthFirst);
            mentions.Add(Mention(text, NumberMentionKind.Number, [double.Parse(written[parts[2]], CultureInfo.InvariantCulture)], 0, yearStart, token.End, inDigits: true));
            return;
        }
        var start = 0;
        for (var i = 0; i <= written.Length; i++)
        {
            if (i < written.Length && written[i] != '/')
                continue;
            if (i > start)
            {
                var readings = new List<double>(2);
                ReadDigits(written[start..i], readings);
                mentions.Add(Mention(text, NumberMentionKind.Number, readings, 0, token.Start + start, token.Start + i, inDigits: true));
            }
            start = i + 1;
        }
    }

    private static bool TryDottedDate(ReadOnlySpan<char> written, out int day, out int month, out int yearLength)
    {
        day = month = yearLength = 0;
        Span<Range> parts = stackalloc Range[4];
        if (written.Split(parts, '.') != 3)
            return false;
        var d = written[parts[0]];
        var m = written[parts[1]];
        var y = written[parts[2]];
        if (d.Length > 2 || m.Length > 2 || y.Length is not (2 or 4))
            return false;
        if (!TryInteger(d, out day) || !TryInteger(m, out month) || day is < 1 or > 31 || month is < 1 or > 12)
            return false;
        yearLength = y.Length;
        return true;
    }

    /// <summary>
    /// Reads the digits of one number token, with every reading its separators allow: spaces always group
    /// thousands; a separator used more than once groups thousands; of two different separators the last is the
    /// decimal point; a single comma or period is a decimal point, unless exactly three digits follow, when it may
    /// be either ("1,000" in English, "1.000" in Russian and German).
    /// </summary>
    internal static void ReadDigits(ReadOnlySpan<char> written, List<double> readings)
    {
        Span<char> digits = stackalloc char[Math.Min(written.Length, 64)];
        var n = 0;
        var lastSeparator = -1;
        char separator = '\0', otherSeparator = '\0';
        var separatorCount = 0;
        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n < digits.Length)
                    digits[n++] = c;
                continue;
            }
            if (c is not (',' or '.'))
                continue;
            if (separator == '\0' || separator == c)
            {
                separator = c;
                separatorCount++;
            }
            else
            {
                otherSeparator = c;
            }
            lastSeparator = n;
        }
        var whole = ParseDigits(digits[..n]);
        if (separator == '\0')
        {
            readings.Add(whole);
            return;
        }
        var decimals = n - lastSeparator;
        var asDecimal = ParseDigits(digits[..lastSeparator]) + (ParseDigits(digits[lastSeparator..n]) / Math.Pow(10, decimals));
        if (otherSeparator != '\0')
        {
            readings.Add(asDecimal);
            return;
        }
        if (separatorCount > 1)
        {
            readings.Add(whole);
            return;
        }
        if (decimals == 3)
            readings.Add(whole);
        readings.Add(asDecimal);
    }

    private static double ParseDigits(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var c in digits)
            value = (value * 10) + (c - '0');
        return value;
    }

    private static bool TryInteger(ReadOnlySpan<char> written, out int value) =>
        int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static NumberMention Mention(string text, NumberMentionKind kind, IReadOnlyList<double> values, int month, int start, int end, bool inDigits) =>
        new(kind, [.. values], month, TextSpan.FromBounds(start, end), text[start..end], inDigits);

    private static Dictionary<string, double> ParseSingle(string list)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = item.LastIndexOf(':');
            result[item[..colon]] = double.Parse(item.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>"word:1,24 other:10*": each word's readings, a starred one with its multiples up to nine.</summary>
    private static Dictionary<string, double[]> Parse(string list)
    {
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var item in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = item.LastIndexOf(':');
            var readings = new List<double>();
            foreach (var value in item[(colon + 1)..].Split(','))
            {
                var vague = value.EndsWith('*');
                var number = double.Parse(vague ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture);
                readings.Add(number);
                for (var multiple = 2; vague && multiple <= 9; multiple++)
                    readings.Add(number * multiple);
            }
            result[item[..colon]] = [.. readings];
        }
        return result;
    }
}
