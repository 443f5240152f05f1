using System.Collections.Frozen;

namespace Sverka.Core.Scoring;

/// <summary>
/// The words of one language that scoring treats specially: function words (too common to be evidence), number
/// words ("two", "два" → 2) and month names ("December", "декабря" → month 12), so that anchors can cross languages.
/// Immutable and shared.
/// </summary>
public sealed class LanguageWords
{
    private static readonly Dictionary<string, LanguageWords> s_byLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = new(
            stopwords: "a an the of and or but to in on at by for from with as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us not no do does did have has had will would shall should can could may might must so than then there here which who whom whose what when where why how all any some such also only just very more most other into over about after before up out if while because said says it's that's he's she's there's i'm we're they're you're don't doesn't didn't isn't wasn't aren't weren't can't won't wouldn't couldn't haven't hasn't through off down per still since without under against now both each every many much few whether yet again already too even ever own told tell tells added according",
            numbers: "one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 thousand:1000 million:1e6 millions:1e6 billion:1e9 billions:1e9 trillion:1e12 first:1 third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9 tenth:10 half:0.5 dozen:12 percent:% bn:1e9 mln:1e6",
            months: "january:1 february:2 march:3 april:4 june:6 july:7 august:8 september:9 october:10 november:11 december:12 jan:1 feb:2 mar:3 apr:4 jun:6 jul:7 aug:8 sep:9 sept:9 oct:10 nov:11 dec:12",
            monthPrefixes: "",
            figureWords: "year years"),
        ["ru"] = new(
            stopwords: "и в во не на с со что как а то все всё она он они оно мы вы я ты его ее её их им ими же бы ли к ко у о об от до по за из для при про без над под это этот эта эти этого этой этих тот та те того той был была были было быть есть будет будут который которая которые которого которой также так уже или но если чтобы когда где тем чем ни да нет ещё еще только себя свой своей своих сказал заявил после перед через между против около среди вокруг вместо кроме более больше менее меньше очень том этом эту этому этим тех теми тому себе собой свою своего своем своём своему своим свои свое своё своими меня мне мной нас нам нами вас вам вами ему ей ею ней ним них нём нем него неё нее кто кого кому кем ком чего чему чём которое которую котором которых которым которыми которому весь вся всю всей всех всего всем всеми тогда затем потом однако поэтому пока хотя почему какой какая какие каким какое каких там здесь тут сейчас теперь может могут можно должен должны должна должно нужно надо является являются именно просто даже лишь ведь вот потому поскольку сказала сказали заявила заявили говорит говорят сообщил сообщила сообщили сообщает рассказал рассказала рассказывает отметил отметила добавил добавила словам утверждает утверждают утверждал утверждала пояснил пояснила подчеркнул подчеркнула отмечает отмечают пор мере",
            numbers: "один:1 одна:1 одно:1 одного:1 одной:1 одному:1 одним:1 одном:1 одну:1 два:2 две:2 двух:2 двум:2 двумя:2 три:3 трех:3 трёх:3 трем:3 трём:3 тремя:3 четыре:4 четырех:4 четырёх:4 четырем:4 четырём:4 четырьмя:4 пять:5 пяти:5 пятью:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9 девяти:9 десять:10 десяти:10 одиннадцать:11 двенадцать:12 тринадцать:13 четырнадцать:14 пятнадцать:15 шестнадцать:16 семнадцать:17 восемнадцать:18 девятнадцать:19 двадцать:20 двадцати:20 тридцать:30 тридцати:30 сорок:40 сорока:40 пятьдесят:50 пятидесяти:50 шестьдесят:60 семьдесят:70 восемьдесят:80 девяносто:90 сто:100 ста:100 тысяча:1000 тысячи:1000 тысяч:1000 тысячу:1000 тысячей:1000 тыс:1000 миллион:1e6 миллиона:1e6 миллионов:1e6 миллионы:1e6 млн:1e6 миллиард:1e9 миллиарда:1e9 миллиардов:1e9 млрд:1e9 триллион:1e12 триллиона:1e12 трлн:1e12 первый:1 первая:1 первое:1 первого:1 первой:1 первым:1 третий:3 третья:3 третьего:3 четвертый:4 четвёртый:4 пятый:5 шестой:6 седьмой:7 восьмой:8 девятый:9 десятый:10 половина:0.5 половину:0.5 половины:0.5 дюжина:12 процент:% процента:% процентов:% процентам:% процентами:% проц:%",
            months: "май:5 мая:5 мае:5 маем:5",
            monthPrefixes: "январ:1 феврал:2 март:3 апрел:4 июн:6 июл:7 август:8 сентябр:9 октябр:10 ноябр:11 декабр:12",
            figureWords: "год года году годом годы годов годам годами годах лет летний летняя летнее летние летнего летней летнему летним летних летнюю летнем"),
        ["de"] = new(
            stopwords: "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man wir ich",
            numbers: "eins:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwanzig:20 dreissig:30 dreißig:30 vierzig:40 fünfzig:50 hundert:100 tausend:1000 million:1e6 millionen:1e6 milliarde:1e9 milliarden:1e9 prozent:%",
            // The abbreviations are those no German word or first name shares ("Jan" is a name, "Aug" an eye).
            months: "januar:1 februar:2 märz:3 april:4 mai:5 juni:6 juli:7 august:8 september:9 oktober:10 november:11 dezember:12 jän:1 feb:2 apr:4 sept:9 okt:10 nov:11 dez:12",
            monthPrefixes: ""),
        ["fr"] = new(
            stopwords: "le la les de des et est un une du en que qui dans pour pas sur au plus par ne se ce il elle sont avec son sa ses aux ont été cette nous vous mais ou où leur on je",
            numbers: "deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 vingt:20 trente:30 quarante:40 cinquante:50 cent:100 mille:1000 million:1e6 millions:1e6 milliard:1e9 milliards:1e9 pour-cent:%",
            // The abbreviations are those no French word shares ("sept" is seven).
            months: "janvier:1 février:2 mars:3 avril:4 mai:5 juin:6 juillet:7 août:8 septembre:9 octobre:10 novembre:11 décembre:12 janv:1 févr:2 avr:4 juil:7 oct:10 nov:11 déc:12",
            monthPrefixes: ""),
    };

    private static readonly LanguageWords s_generic = new("", "", "", "", "");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _numbers;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly (string Prefix, string Key)[] _monthPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _figureWords;

    private LanguageWords(string stopwords, string numbers, string months, string monthPrefixes, string figureWords = "")
    {
        _figureWords = figureWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = stopwords.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _numbers = ParsePairs(numbers, "").ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _months = ParsePairs(months, "M").ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _monthPrefixes = [.. ParsePairs(monthPrefixes, "M").Select(p => (p.Key, p.Value))];
    }

    /// <summary>The words of a language; languages Sverka knows nothing of get empty lists.</summary>
    public static LanguageWords For(string language) => s_byLanguage.GetValueOrDefault(language) ?? s_generic;

    /// <summary>True for a lowercase function word that carries no evidence of a translation.</summary>
    public bool IsStopword(ReadOnlySpan<char> lowercaseWord) => _stopwords.Contains(lowercaseWord);

    /// <summary>
    /// True for a lowercase word that, written right after a figure in digits, only says what the figure counts
    /// ("2018 году", "5 лет", "32-летний", "5 years"), where the other language often writes the figure alone.
    /// </summary>
    public bool IsFigureWord(ReadOnlySpan<char> lowercaseWord) => _figureWords.Contains(lowercaseWord);

    /// <summary>The language-neutral anchor key of a number word, a percent word or a month name, if it is one.</summary>
    public bool TryGetAnchorKey(ReadOnlySpan<char> lowercaseWord, out string key)
    {
        if (_numbers.TryGetValue(lowercaseWord, out key!) || _months.TryGetValue(lowercaseWord, out key!))
            return true;
        foreach (var (prefix, monthKey) in _monthPrefixes)
        {
            // Inflected months: декабря, декабре, мартом, but not a word that merely starts the same way (Мартина).
            if (lowercaseWord.StartsWith(prefix, StringComparison.Ordinal) && IsMonthEnding(lowercaseWord[prefix.Length..]))
            {
                key = monthKey;
                return true;
            }
        }
        key = "";
        return false;
    }

    /// <summary>The case endings a month name takes after its stem (март-а, январ-ь, январ-ём, июн-е).</summary>
    private static bool IsMonthEnding(ReadOnlySpan<char> ending) =>
        ending is "" or "ь" or "а" or "я" or "е" or "у" or "ю" or "ом" or "ем" or "ём";

    private static IEnumerable<KeyValuePair<string, string>> ParsePairs(string list, string keyPrefix)
    {
        foreach (var item in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = item.LastIndexOf(':');
            yield return new(item[..colon], keyPrefix + item[(colon + 1)..]);
        }
    }
}
