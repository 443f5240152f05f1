using System.Text;

namespace Sverka.Core.Checking;

/// <summary>
/// Writes a word as it roughly sounds, in one small Latin alphabet shared by English and Russian, so that a name and
/// its transliteration ("Willoughby", "Уиллоуби"; "Thatcher", "Тэтчер") come out close enough for
/// <see cref="NameMatcher.SoundsMatch"/> to compare letter by letter. English spelling is read with the rules
/// Russian transliteration follows (the practical transcription of Ermolovich, 2005): th is т, ch is ч, sh and sch
/// are ш, c and g soften before e, i, y, gh is silent inside a word, double consonants are single. Cyrillic is
/// romanised letter by letter, ж and дж both as j, ю and я as iu and ia. Vowels are kept: the matcher weighs them
/// lightly, but they keep "Manchester" apart from "министр".
/// </summary>
/// <remarks>
/// The alphabet: vowels a e i o u; consonants as in English, and c (ц), q (ч), x (ш), j (дж, ж), G (an English g
/// before e, i or y, which Russian writes г or дж), S (an English c before e, i or y, which Russian writes с, к or
/// ц), w (an English w, which Russian writes у or в).
/// </remarks>
internal static class NameSound
{
    private const int MaxLength = 48;

    /// <summary>The sound of a word (in any case); empty for a word with no letters the alphabet knows.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
            return "";
        Span<char> lower = stackalloc char[word.Length];
        var n = word.ToLowerInvariant(lower);
        var letters = WithoutPossessive(lower[..n]);
        Span<char> sound = stackalloc char[4 * MaxLength];
        var length = IsCyrillic(letters) ? Cyrillic(letters, sound) : Latin(Ascii(letters), sound);
        return Deduplicated(sound[..length]);
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            ? word[..^2]
            : word;

    private static bool IsCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= 'а' and <= 'я' or 'ё' or 'і' or 'ї' or 'є' or 'ґ' or 'ў')
                return true;
        }
        return false;
    }

    /// <summary>Latin letters with their accents taken off ("Rodríguez", "Veltzé"); anything else dropped.</summary>
    private static string Ascii(ReadOnlySpan<char> word)
    {
        var plain = true;
        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z'))
                plain = false;
        }
        if (plain)
            return word.ToString();
        var decomposed = WithSlavicDigraphs(word).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z')
                builder.Append(c);
            else if (c == 'ß')
                builder.Append("ss");
            else if (c is 'ø' or 'œ')
                builder.Append('o');
            else if (c == 'æ')
                builder.Append('e');
            else if (c == 'ł')
                builder.Append('l');
            // Anything else (combining accents, apostrophes, hyphens) is dropped.
        }
        return builder.ToString();
    }

    /// <summary>
    /// The Slavic and Baltic letters with a caron or an acute written as the English digraphs the rules read: "Kovač"
    /// is Ковач, "Šešelj" Шешель and "Dvořák" Дворжак, where taking the accent off would leave a c, an s or an r.
    /// </summary>
    private static string WithSlavicDigraphs(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            builder.Append(c switch
            {
                'č' or 'ć' => "ch",
                'š' or 'ś' => "sh",
                'ž' or 'ź' or 'ż' => "zh",
                'ř' => "rzh",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static int Latin(ReadOnlySpan<char> w, Span<char> sound)
    {
        var n = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            // A doubled consonant is read once, from its second letter: "Nuggets" has the g of "gets".
            if (c == next && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y'))
                continue;
            switch (c)
            {
                case 's' when next == 'c' && after == 'h':
                    sound[n++] = 'x';
                    i += 2;
                    break;
                case 't' when next == 'c' && after == 'h':
                    sound[n++] = 'q';
                    i += 2;
                    break;
                case 's' when next == 'h':
                    sound[n++] = 'x';
                    i++;
                    break;
                // "Chris", "Chloe": ch before r or l is к; elsewhere ч.
                case 'c' when next == 'h':
                    sound[n++] = after is 'r' or 'l' ? 'k' : 'q';
                    i++;
                    break;
                case 'p' when next == 'h':
                    sound[n++] = 'f';
                    i++;
                    break;
                case 't' when next == 'h':
                    sound[n++] = 't';
                    i++;
                    break;
                case 'w' when next == 'h':
                    sound[n++] = 'w';
                    i++;
                    break;
                // "Ghana" has a г, and so have "Nottingham", where -ham follows -ing, and "Meghan", "Afghan" and
                // "Vaughan", where a, o or u follows; "Hughes", "Kavanaugh" and "Willoughby" have a silent gh.
                case 'g' when next == 'h':
                    if (i == 0 || w[i - 1] == 'n' || after is 'a' or 'o' or 'u')
                        sound[n++] = 'g';
                    i++;
                    break;
                case 'c' when next == 'k':
                    sound[n++] = 'k';
                    i++;
                    break;
                // qu is кв in English names and к in French ones: "Quentin" is both "Квентин" and "Кантен". Its
                // second sound is a w, which Russian writes в or leaves out.
                case 'q' when next == 'u':
                    sound[n++] = 'k';
                    sound[n++] = 'w';
                    i++;
                    break;
                // The -cester of an English place is -стер: "Worcester", "Вустер"; "Leicester", "Лестер".
                case 'c' when i > 0 && w[i..].StartsWith("cester", StringComparison.Ordinal):
                    i++;
                    break;
                // The t of -stle is silent: "Newcastle", "Ньюкасл"; "Castleford", "Каслфорд".
                case 't' when i > 0 && w[i - 1] == 's' && next == 'l' && after == 'e':
                    break;
                // Catalan -ig after u is ч: "Puig", "Пуч"; "Puigdemont", "Пучдемон".
                case 'i' when i > 0 && w[i - 1] == 'u' && (i < 2 || w[i - 2] != 'q') && next == 'g' && !IsVowelLetter(after):
                    sound[n++] = 'q';
                    i++;
                    break;
                // "Sturridge", "Dodgers": дж.
                case 'd' when next == 'g' && after is 'e' or 'i' or 'y':
                    sound[n++] = 'j';
                    i++;
                    break;
                // "Veltzé", "Schwartz": ц.
                case 't' when next == 'z':
                    sound[n++] = 'c';
                    i++;
                    break;
                // Pinyin zh and the zh of Russian names in English are both ж ("Guizhou", "Гуйчжоу"; "Zhukov").
                case 'z' when next == 'h':
                    sound[n++] = 'j';
                    i++;
                    break;
                // "Sessions", "Сэшнс": -sion and -tion at the end of a word are ш(е)н.
                case 's' or 't' when next == 'i' && after == 'o' && IsEndOrPlural(w, i + 3):
                    sound[n++] = 'x';
                    i++;
                    break;
                // A soft c is с in English names but к in Greek and Latin ones and ц in German ones: "Macedonia",
                // "Македония"; "Eurosceptics", "Евроскептиков"; "Celsius", "Цельсий".
                case 'c':
                    sound[n++] = next is 'e' or 'i' or 'y' ? 'S' : 'k';
                    break;
                // Pinyin q before i is ц ("Qinghai", "Цинхай"); a q with no u after it elsewhere is к ("Iraq").
                case 'q':
                    sound[n++] = next == 'i' ? 'c' : 'k';
                    break;
                // Pinyin x at the start of a syllable is с ("Xining", "Синин"); an English one is кс.
                case 'x' when i == 0 && next is 'i' or 'u':
                    sound[n++] = 's';
                    break;
                case 'g':
                    sound[n++] = next is 'e' or 'i' or 'y' ? 'G' : 'g';
                    break;
                case 'x':
                    sound[n++] = 'k';
                    sound[n++] = 's';
                    break;
                // So does an i or y before one consonant and a final silent e say "ай": "Giles", "Гайлз"; "Kyle",
                // "Кайл"; "White", "Уайт".
                case 'i' or 'y' when i > 0 && IsMagicE(w, i + 2) && next is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h' or 'r' or '\0'):
                    sound[n++] = 'a';
                    sound[n++] = 'i';
                    break;
                case 'y':
                    sound[n++] = 'i';
                    break;
                // ee, and ea other than before r or at the start, are и: "Greaves", "Гривз"; "Keegan", "Киган". Not
                // the -ean of a demonym ("Chilean", "European"), whose e belongs to the name.
                case 'e' when next == 'e' || (next == 'a' && i > 0 && after != 'r' && !IsEndOrPlural(w, i + 2)):
                    sound[n++] = 'i';
                    i++;
                    break;
                // Dutch ij before a consonant is ей: "Dijk", "Дейк"; "Rijkaard", "Райкард" ("Fiji" keeps its j).
                case 'i' when next == 'j' && i > 0 && after != '\0' && !IsVowelLetter(after):
                    sound[n++] = 'e';
                    sound[n++] = 'i';
                    i++;
                    break;
                // An a before one consonant and a final silent e says "ей": "Wade", "Уэйд"; "Grace", "Грейс";
                // "Flake", "Флейк"; "James", "Джеймс".
                case 'a' when IsMagicE(w, i + 2) && next is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h' or 'r' or '\0'):
                    sound[n++] = 'e';
                    sound[n++] = 'i';
                    break;
                default:
                    if (c is >= 'a' and <= 'z')
                        sound[n++] = c;
                    break;
            }
        }
        return n;
    }

    /// <summary>A vowel letter of English spelling, y included; false for the end of the word ('\0').</summary>
    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Whether position <paramref name="i"/> holds an e that ends the word or comes before a final s.</summary>
    private static bool IsMagicE(ReadOnlySpan<char> w, int i) =>
        i < w.Length && w[i] == 'e' && (i + 1 == w.Length || (i + 2 == w.Length && w[i + 1] == 's'));

    /// <summary>Whether position <paramref name="i"/> is the end of the word or of a word with a plural s.</summary>
    private static bool IsEndOrPlural(ReadOnlySpan<char> w, int i) =>
        i < w.Length && w[i] == 'n' && (i + 1 == w.Length || (i + 2 == w.Length && w[i + 1] == 's'));

    private static int Cyrillic(ReadOnlySpan<char> w, Span<char> sound)
    {
        var n = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            // дж is English j; тч ("Тэтчер") is English tch, one sound; чж and цз are how Russian writes the
            // Chinese and Korean j and zh ("Чжэ", Jae; "Гуйчжоу", Guizhou; "Синьцзян", Xinjiang).
            if ((c == 'д' && next == 'ж') || (c == 'т' && next == 'ч') || (c == 'ч' && next == 'ж') || (c == 'ц' && next == 'з'))
            {
                sound[n++] = c == 'т' ? 'q' : 'j';
                i++;
                continue;
            }
            // сх is how Russian writes a German or Dutch s before h ("Зинсхайм", Sinsheim), which English spells sh.
            if (c == 'с' && next == 'х' && i > 0)
            {
                sound[n++] = 'x';
                i++;
                continue;
            }
            var romanised = c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' or 'ґ' => "g", 'д' => "d", 'е' or 'є' or 'э' => "e", 'ё' => "io",
                'ж' => "j", 'з' => "z", 'и' or 'і' or 'ї' or 'й' or 'ы' => "i", 'к' => "k", 'л' => "l", 'м' => "m",
                'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' or 'ў' => "u", 'ф' => "f",
                'х' => "h", 'ц' => "c", 'ч' => "q", 'ш' => "x", 'щ' => "xq", 'ю' => "iu", 'я' => "ia",
                // A soft sign before a vowel is й ("Бьорн", Bjorn); elsewhere it is silent.
                'ь' when next is 'о' or 'е' or 'ё' or 'а' or 'у' => "i",
                _ => c is >= 'a' and <= 'z' ? w.Slice(i, 1) : "",
            };
            foreach (var r in romanised)
                sound[n++] = r;
        }
        return n;
    }

    /// <summary>"Gerrard" and "Джеррард" both have one r: a doubled consonant is one sound.</summary>
    private static string Deduplicated(ReadOnlySpan<char> sound)
    {
        Span<char> result = stackalloc char[sound.Length];
        var n = 0;
        foreach (var c in sound)
        {
            if (n > 0 && result[n - 1] == c && !IsVowel(c))
                continue;
            result[n++] = c;
        }
        return result[..n].ToString();
    }
}
