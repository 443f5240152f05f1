using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// The currency written with an amount, as one name per currency whatever the language or form ("$", "dollars",
/// "долларов" and "долл." are all "dollar"), so that "$5 million" and "5 миллионов евро" are two amounts: a figure
/// kept and its currency changed is as much a changed number. Only currencies that can be told apart for certain:
/// "pounds" may weigh, and "¥" is yen or yuan, so those say nothing.
/// </summary>
internal static class Currencies
{
    private static readonly Dictionary<string, string> s_words = new(StringComparer.Ordinal)
    {
        ["dollar"] = "dollar", ["dollars"] = "dollar", ["usd"] = "dollar",
        ["euro"] = "euro", ["euros"] = "euro", ["eur"] = "euro", ["евро"] = "euro",
        ["sterling"] = "pound", ["gbp"] = "pound",
        ["rouble"] = "rouble", ["roubles"] = "rouble", ["ruble"] = "rouble", ["rubles"] = "rouble", ["rub"] = "rouble",
        ["yuan"] = "yuan", ["renminbi"] = "yuan", ["cny"] = "yuan",
        ["yen"] = "yen", ["jpy"] = "yen",
        ["hryvnia"] = "hryvnia", ["hryvnias"] = "hryvnia", ["uah"] = "hryvnia", ["руб"] = "rouble",
        ["rupee"] = "rupee", ["rupees"] = "rupee",
        ["franc"] = "franc", ["francs"] = "franc", ["chf"] = "franc",
    };

    // Russian currency words inflect; a stem and any ending of up to three letters ("долларов", "рублей", "юаней").
    private static readonly (string Stem, string Currency)[] s_russianStems =
    [
        ("доллар", "dollar"), ("долл", "dollar"), ("фунт", "pound"), ("рубл", "rouble"), ("юан", "yuan"),
        ("иен", "yen"), ("йен", "yen"), ("гривн", "hryvnia"), ("гривен", "hryvnia"), ("рупи", "rupee"), ("франк", "franc"),
    ];

    /// <summary>
    /// The names of currencies whose amounts may be written with their hundredths after the name ("2 fr. 70",
    /// "2 доллара 50 центов"), told apart or not: the number reader joins such an amount into one.
    /// </summary>
    public static HashSet<string> WithHundredthsAfter { get; } = new(StringComparer.Ordinal)
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "fr", "franken", "mark",
        "доллар", "доллара", "долларов", "евро", "фунт", "фунта", "фунтов", "рубль", "рубля", "рублей", "франк", "франка", "франков",
    };

    /// <summary>The currency a symbol stands for, or null.</summary>
    public static string? OfSymbol(char symbol) => symbol switch
    {
        '$' => "dollar",
        '£' => "pound",
        '€' => "euro",
        '₽' => "rouble",
        '₴' => "hryvnia",
        '₹' => "rupee",
        _ => null,
    };

    /// <summary>The currency a word (in lower case) names, or null.</summary>
    public static string? OfWord(string lower)
    {
        if (s_words.TryGetValue(lower, out var currency))
            return currency;
        foreach (var (stem, name) in s_russianStems)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length - stem.Length <= 3)
                return name;
        }
        return null;
    }

    /// <summary>
    /// The currency symbol right before a figure that starts at <paramref name="start"/> ("$5", "€ 5"), with where
    /// it stands; null when there is none.
    /// </summary>
    public static (string Currency, int Start)? Before(string text, int start)
    {
        var i = start - 1;
        if (i >= 0 && CharClass.IsSpace(text[i]))
            i--;
        return i >= 0 && OfSymbol(text[i]) is { } currency ? (currency, i) : null;
    }

    /// <summary>
    /// The currency written right after an amount that ends at <paramref name="end"/>, a symbol ("5 €", "5₽") or a
    /// word ("dollars", "долларов", "долл."), with where the mention then ends and the first token after it; null
    /// when there is none. An abbreviated scale word may end with a point first ("5 млн. долларов").
    /// </summary>
    public static (string Currency, int End, int Next)? After(string text, IReadOnlyList<Token> tokens, int next, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == '.' && next < tokens.Count && tokens[next].Start > i + 1)
            i++;
        var gapStart = i;
        while (i < text.Length && i - gapStart <= 1 && CharClass.IsSpace(text[i]))
            i++;
        if (i < text.Length && OfSymbol(text[i]) is { } symbol)
            return (symbol, i + 1, next);
        if (next >= tokens.Count || tokens[next].Kind != TokenKind.Word || tokens[next].Start != i)
            return null;
        var word = text.AsSpan(tokens[next].Start, tokens[next].Length).ToString().ToLowerInvariant();
        return OfWord(word) is { } currency ? (currency, tokens[next].End, next + 1) : null;
    }
}
