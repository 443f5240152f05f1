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
public static partial class NumberReader
{
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
        return ShareRangeUnits(text, JoinFractionsOfScale(text, JoinNumberWords(text, mentions)));
    }

    // The zones a wire writes after a 24-hour time of four digits.
    private static readonly HashSet<string> s_timeZones = new(StringComparer.Ordinal) { "gmt", "utc" };

    private static readonly HashSet<string> s_measureJoiners = new(StringComparer.Ordinal) { "and", "и" };

    // Noon and midnight are the "12:00" and "00:00" (or "24:00") of a translation, read as ClockTime reads a time: the
    // hour on either half of the clock, then the same with the minutes.
    private static readonly double[] s_noon = [12, 0, 12, 0];
    private static readonly double[] s_midnight = [0, 12, 0, 12, 24];

    private static readonly Dictionary<string, double[]> s_timesOfDay = new(StringComparer.Ordinal)
    {
        ["noon"] = s_noon, ["midday"] = s_noon, ["midnight"] = s_midnight,
        // Not "полудня", "полуночи": "в 3 часа после полудня" is "3 p.m." with no noon in it.
        ["полдень"] = s_noon, ["полночь"] = s_midnight,
    };

    private static readonly HashSet<string> s_fractionOfScaleWords = new(StringComparer.Ordinal) { "a", "of a", "of an" };

    /// <summary>A product and, when it is no round figure ("a third of a billion"), the figures it rounds to: 333 and 330 million.</summary>
    private static IEnumerable<double> Rounded(double value)
    {
        yield return value;
        if (value == Math.Floor(value))
            yield break;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        yield return Math.Round(value / magnitude * 100) * magnitude / 100;
        yield return Math.Round(value / magnitude * 10) * magnitude / 10;
    }

    /// <summary>"a quarter of a million", "half a billion": a fraction of a scale word is one number ("250 тысяч").</summary>
    private static List<NumberMention> JoinFractionsOfScale(string text, List<NumberMention> mentions)
    {
        for (var k = mentions.Count - 1; k > 0; k--)
        {
            var (fraction, scale) = (mentions[k - 1], mentions[k]);
            if (fraction.InDigits || scale.InDigits || fraction.Kind != NumberMentionKind.Number || scale.Kind != NumberMentionKind.Number
                    || scale.Values is not [>= 1000 and var scaleValue] || !fraction.Values.Any(v => v is > 0 and < 1))
                continue;
            var gap = text.AsSpan(fraction.Span.End, scale.Span.Start - fraction.Span.End).Trim().ToString().ToLowerInvariant();
            if (!s_fractionOfScaleWords.Contains(string.Join(' ', gap.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
                continue;
            mentions[k - 1] = scale with
            {
                Values = [.. fraction.Values.Where(v => v is > 0 and < 1).SelectMany(v => Rounded(v * scaleValue))],
                Span = TextSpan.FromBounds(fraction.Span.Start, scale.Span.End),
                Text = text[fraction.Span.Start..scale.Span.End],
            };
            mentions.RemoveAt(k);
        }
        return mentions;
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

        // A time on the 24-hour clock of news wires, four digits before the zone: "1900 GMT", "0830 UTC".
        if (k + 1 < tokens.Count && token.Length == 4 && tokens[k + 1] is { Kind: TokenKind.Word } zone && IsWordOf(s_timeZones, text, zone)
            && OnlySpaceBetween(text, token.End, zone.Start) && TryInteger(written[..2], out hour) && hour <= 24
            && IsMinutes(written[2..]))
        {
            mentions.Add(ClockTime(text, hour, new Token(token.Start + 2, 2, TokenKind.Number), token.Start, token.End));
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
        // "5pm" is also the "17 часов" of a translation.
        if (readings.Count == 1 && readings[0] is >= 1 and <= 12 && readings[0] == Math.Floor(readings[0])
            && MeridiemEnd(text, end, out var afternoon) is > 0 and var meridiemEnd)
        {
            var hours = HoursOfTheDay((int)readings[0], afternoon);
            while (next < tokens.Count && tokens[next].Start < meridiemEnd)
                next++;
            mentions.Add(Mention(text, kind, hours, 0, token.Start, meridiemEnd, inDigits: true));
            return next - 1;
        }
        (end, next, var scale) = ReadScaleAndPercent(text, tokens, next, end, words, metreM, readings, ref kind);
        // "247sports", "3dfx": digits run into a word are part of a name, not a quantity.
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].Start == end && tokens[next].Length >= 3
            && UnitOf(text, tokens[next], end, metreM) is null)
            return next;
        var unit = UnitAfter(text, tokens, next, end, afterArticle: false, metreM);
        // "6-foot-6", "5 feet 10", "1 м 82 см": a number after a measure is the next, smaller unit of its system,
        // and the two are one length. Only after a whole measure, so that "in 2019" is not read as inches. English
        // puts a comma between two that both name their unit ("2 hours, 14 minutes"), Russian none ("2 часа 14 минут").
        // Or "and" when the second names its unit ("2 hours and 17 minutes").
        var unitWord = k > 2 && unit is not null && IsWordOf(s_measureJoiners, text, tokens[k - 1]) && Adjoins(text, tokens[k - 1], token) ? k - 2 : k - 1;
        if (unitWord > 0 && mentions.Count > 0 && mentions[^1] is { Unit: { } measure } previous && previous.Span.Start == tokens[unitWord - 1].Start
            && tokens[unitWord].Kind == TokenKind.Word && Adjoins(text, tokens[unitWord - 1], tokens[unitWord])
            && (unitWord < k - 1 ? Adjoins(text, tokens[unitWord], tokens[k - 1])
                : Adjoins(text, tokens[unitWord], token) || (unit is not null && OnlyCommaBetween(text, tokens[unitWord].End, token.Start))))
        {
            var smaller = unit is null ? measure.Smaller : unit.Dimension == measure.Dimension && unit.Scale < measure.Scale ? unit : null;
            if (smaller is not null && readings.Count == 1 && previous.Values.Count > 0)
            {
                var whole = previous.Values[0] + (readings[0] * smaller.Scale / measure.Scale);
                mentions[^1] = previous with
                {
                    // A duration is its whole only: "2 hours and 17 minutes" against "2 часа 18 минут" would otherwise
                    // meet on the 2 hours and hide the changed minutes.
                    Values = measure.Dimension == MeasureDimension.Duration ? [whole] : [.. previous.Values, whole],
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
        if (s_timesOfDay.TryGetValue(lower, out var clock))
        {
            mentions.Add(Mention(text, NumberMentionKind.Time, clock, 0, token.Start, token.End, inDigits: false));
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

    /// <summary>
    /// The end of "pm", "a.m." or "AM" written after an hour ("5pm", "9 a.m."), or -1 when none is; such an hour is
    /// on the 12-hour clock English uses, where Russian and most of Europe write "17 часов" or "17:00".
    /// </summary>
    private static int MeridiemEnd(string text, int end, out bool afternoon)
    {
        afternoon = false;
        var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (at + 1 >= text.Length || char.ToLowerInvariant(text[at]) is not ('a' or 'p'))
            return -1;
        afternoon = char.ToLowerInvariant(text[at]) == 'p';
        var dotted = text[at + 1] == '.';
        var m = dotted ? at + 2 : at + 1;
        if (m >= text.Length || char.ToLowerInvariant(text[m]) != 'm')
            return -1;
        var after = m + 1;
        if (dotted && after < text.Length && text[after] == '.')
            after++;
        return after < text.Length && char.IsLetterOrDigit(text[after]) ? -1 : after;
    }

    /// <summary>The readings of an hour on the 12-hour clock: as written ("5 вечера") and on the 24-hour clock ("17:00").</summary>
    private static double[] HoursOfTheDay(int hour, bool afternoon) => (hour, afternoon) switch
    {
        (12, false) => [12, 0, 24],
        (12, true) => [12],
        (_, true) => [hour, hour + 12],
        _ => [hour],
    };

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

    private static bool OnlyCommaBetween(string text, int start, int end) =>
        text.AsSpan(start, end - start).Trim().SequenceEqual(",");

    private static bool OnlySpaceBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsSpace(text[i]))
                return false;
        }
        return true;
    }

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
