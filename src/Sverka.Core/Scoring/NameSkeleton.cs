using Sverka.Core.Text;

namespace Sverka.Core.Scoring;

/// <summary>
/// A key under which a name and its transliteration meet: "Biden" and "Байдена" both give "bdn", "Ushakov" and
/// "Ушаков" both "uskv". Cyrillic is romanised the way English-language news does it, diacritics are dropped, and
/// only the first consonants survive, with the sounds that romanisations spell differently merged (z/s, w/v, c/k,
/// kh/h dropped) — close enough for evidence, since a false match costs little and a missed name costs a bead.
/// </summary>
public static class NameSkeleton
{
    /// <summary>How many consonants the skeleton keeps; enough to tell names apart, few enough to survive endings.</summary>
    public const int Length = 4;

    /// <summary>Writes the skeleton of a word into <paramref name="destination"/>; returns its length (0 if too short).</summary>
    public static int Build(ReadOnlySpan<char> word, Span<char> destination) => Write(word, destination, Length);

    /// <summary>
    /// Writes every consonant of the word's skeleton, not only the first <see cref="Length"/>, into
    /// <paramref name="destination"/> (at most its length); returns how many (0 if fewer than two). The checks use
    /// it to compare names more finely than the aligner needs to.
    /// </summary>
    public static int BuildFull(ReadOnlySpan<char> word, Span<char> destination) => Write(word, destination, destination.Length);

    private static int Write(ReadOnlySpan<char> word, Span<char> destination, int maxLength)
    {
        Span<char> latin = stackalloc char[64];
        var n = 0;
        foreach (var raw in word)
        {
            if (n > latin.Length - 4)
                break;
            var c = CaseFolding.ToLower(raw);
            var romanised = Romanise(c);
            foreach (var r in romanised)
                latin[n++] = r;
        }
        latin = latin[..n];

        var length = 0;
        var leadingVowel = n > 0 && IsVowel(latin[0]);
        if (leadingVowel)
            destination[length++] = 'a';
        var previous = '\0';
        for (var i = 0; i < latin.Length && length < maxLength; i++)
        {
            var c = latin[i];
            var next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h':
                    continue;
                case 'k' when next == 'h':
                    i++;
                    continue;
                case 's' when next == 'h':
                case 'c' when next == 'h':
                    mapped = 's';
                    i++;
                    break;
                case 'z' when next == 'h':
                    mapped = 'j';
                    i++;
                    break;
                // ц, written "ts", is heard as English c is; but a word that ends in t and s is most often an English
                // plural ("comments", "комментарии"; "results", "результаты") or a name that Russian ends alike
                // ("Roberts", "Робертс"), and "tz" at the end is ц too ("Schultz", "Шульц").
                case 't' when next == 's' && i + 2 < latin.Length:
                    mapped = 'k';
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'f';
                    i++;
                    break;
                case 'z' or 's':
                    mapped = 's';
                    break;
                case 'w' or 'v':
                    mapped = 'v';
                    break;
                case 'c' or 'k' or 'q':
                    mapped = 'k';
                    break;
                case 'x':
                    mapped = 'k';
                    break;
                default:
                    if (c is < 'a' or > 'z')
                        continue;
                    mapped = c;
                    break;
            }
            if (mapped == previous)
                continue;
            destination[length++] = mapped;
            previous = mapped;
        }
        return length >= 2 ? length : 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static ReadOnlySpan<char> Romanise(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'ж' => "zh", 'з' => "z",
        'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r",
        'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh",
        'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya", 'і' => "i", 'ї' => "yi",
        'є' => "ye", 'ґ' => "g", 'ў' => "u",
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a", 'æ' => "ae", 'ç' => "c", 'è' or 'é' or 'ê' or 'ë' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i", 'ñ' => "n", 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
        'ù' or 'ú' or 'û' or 'ü' => "u", 'ý' or 'ÿ' => "y", 'ß' => "ss", 'ð' => "d", 'þ' => "th", 'œ' => "oe",
        'š' => "sh", 'ž' => "zh", 'č' => "ch", 'ř' => "r", 'ł' => "l", 'ś' => "s", 'ź' or 'ż' => "z", 'ń' => "n",
        'ą' => "a", 'ę' => "e", 'ő' => "o", 'ű' => "u",
        'j' => "dzh",
        _ => c is >= 'a' and <= 'z' ? new ReadOnlySpan<char>(in s_ascii[c - 'a']) : "",
    };

    private static readonly char[] s_ascii = [.. "abcdefghijklmnopqrstuvwxyz"];
}
