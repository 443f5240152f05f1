namespace Sverka.Formats.Reading;

/// <summary>
/// How much a decoding of 8-bit text reads as Russian: the log-likelihood of its Russian letters under a
/// letter-pair model, with fixed costs for other non-ASCII characters, and how many Russian letters stand in words
/// of their own or inside Latin words.
/// </summary>
/// <remarks>
/// Letter pairs, not single letters, because the code pages are permutations of one another: KOI8-R read as
/// Windows-1251 still uses common letters, only in impossible orders. On news text the right reading costs about
/// 3.0 nats a letter and the wrong one 5.6 with pairs, against 3.1 and 3.7 with single letters, which is what lets
/// a sentence of three words decide.
/// </remarks>
internal readonly record struct RussianScore(double LogLikelihood, int RussianLetters, int MixedLetters)
{
    public static RussianScore Empty => default;

    private const int Boundary = 32;

    // Typographic marks that Russian text in a code page really uses: guillemets, dashes, NBSP, №.
    private const string TypographicMarks = "\u00A0«»—–…№“”„‘’‚•·°§©®™±‹›€";

    private static readonly double s_punctuationLog = Math.Log(0.01);

    // Box drawing, letters of other Cyrillic languages, Russian letters glued to Latin ones.
    private static readonly double s_unlikelyLog = Math.Log(1e-4);

    // A capital right after a small letter in one word ("пРИВЕТ") is what KOI8-R looks like in Windows-1251.
    private static readonly double s_caseFlipLog = Math.Log(0.05);

    // Capitals inside words are rare in running text (acronyms aside) and are most letters of a swapped reading.
    private static readonly double s_innerCapitalLog = Math.Log(0.3);

    // Sentences start with a capital; KOI8-R read as Windows-1251 swaps case, so its sentences start small.
    private static readonly double s_smallSentenceStartLog = Math.Log(0.1);

    public static RussianScore Of(string text)
    {
        double logLikelihood = 0;
        int russian = 0, mixed = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (c >= '\u0080')
                    logLikelihood += TypographicMarks.Contains(c, StringComparison.Ordinal) ? s_punctuationLog : s_unlikelyLog;
                i++;
                continue;
            }

            if (char.IsLower(c) && Symbol(c) != Boundary && StartsSentence(text, i))
                logLikelihood += s_smallSentenceStartLog;
            var end = i;
            var hasLatin = false;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                hasLatin |= char.IsAsciiLetter(text[end]);
                end++;
            }
            var previous = Boundary;
            for (var k = i; k < end; k++)
            {
                var letter = text[k];
                var symbol = Symbol(letter);
                if (symbol == Boundary || hasLatin)
                {
                    if (letter >= '\u0080')
                    {
                        // Western text read as Cyrillic puts its accented letters inside Latin words ("cafй").
                        logLikelihood += s_unlikelyLog;
                        if (symbol != Boundary)
                            mixed++;
                    }
                    logLikelihood += PairLog(previous, Boundary);
                    previous = Boundary;
                    continue;
                }
                logLikelihood += PairLog(previous, symbol);
                if (k > i && char.IsUpper(letter))
                    logLikelihood += char.IsLower(text[k - 1]) ? s_caseFlipLog : s_innerCapitalLog;
                previous = symbol;
                russian++;
            }
            logLikelihood += PairLog(previous, Boundary);
            i = end;
        }
        return new RussianScore(logLikelihood, russian, mixed);
    }

    private static bool StartsSentence(string text, int index)
    {
        var k = index - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
            k--;
        return k < 0 || (k < index - 1 && text[k] is '.' or '!' or '?');
    }

    /// <summary>The letter а to я as 0 to 31, with ё as е and capitals as small letters; anything else is a boundary.</summary>
    private static int Symbol(char c) => c switch
    {
        >= 'а' and <= 'я' => c - 'а',
        >= 'А' and <= 'Я' => c - 'А',
        'ё' or 'Ё' => 'е' - 'а',
        _ => Boundary,
    };

    private static double PairLog(int previous, int next) =>
        previous == Boundary && next == Boundary ? 0 : PairCosts[previous * (Boundary + 1) + next] / -8.0;

    /// <summary>
    /// −8 ln P(next | previous) for the 32 letters and the word boundary (last row and column), rounded to bytes.
    /// Counted over the 224 222 letters of the Russian NTREX-128 news documents in the shared benchmark, ё folded
    /// into е, with add-one-half smoothing so that no pair is impossible.
    /// </summary>
    private static ReadOnlySpan<byte> PairCosts =>
    [
         68,  33,  24,  35,  30,  29,  34,  26,  48,  33,  23,  19,  24,  18,  60,  34,  25,  23,  21,  47,  49,  34,  35,  35,  38,  43,  84,  84,  84,  65,  32,  30,  12, // а
         25,  33,  32,  71,  63,  17,  71,  71,  21,  71,  41,  20,  56,  33,  13,  71,  19,  34,  56,  23,  71,  41,  71,  71,  49,  26,  35,  15,  46,  59,  50,  35,  32, // б
         15,  62,  51,  64,  49,  17,  79,  44,  19,  79,  42,  27,  41,  29,  15,  47,  31,  27,  38,  34,  79,  60,  79,  62,  34,  59,  71,  22,  45,  79,  62,  45,  11, // в
         19,  54,  52,  43,  25,  24,  71,  71,  22,  71,  44,  24,  71,  34,   6,  71,  17,  41,  38,  29,  71,  71,  71,  58,  62,  71,  71,  71,  71,  71,  71,  71,  25, // г
         15,  59,  29,  48,  37,  13,  29,  61,  19,  76,  40,  27,  47,  21,  15,  41,  31,  29,  45,  21,  76,  52,  53,  52,  49,  76,  63,  31,  37,  47,  68,  38,  25, // д
         46,  39,  32,  28,  23,  33,  35,  31,  45,  25,  31,  22,  24,  16,  44,  38,  18,  22,  19,  58,  48,  39,  46,  36,  40,  41,  85,  85,  85,  85,  51,  51,  13, // е
         18,  41,  67,  67,  16,   8,  51,  67,  15,  67,  34,  67,  58,  16,  28,  67,  67,  49,  67,  33,  67,  67,  67,  38,  67,  67,  67,  67,  35,  58,  58,  67,  33, // ж
          9,  34,  23,  36,  26,  28,  47,  62,  21,  71,  39,  35,  25,  21,  21,  71,  27,  52,  58,  27,  71,  71,  71,  71,  71,  71,  71,  26,  50,  71,  71,  39,  19, // з
         38,  41,  27,  34,  30,  25,  45,  26,  26,  29,  26,  23,  25,  21,  37,  47,  30,  25,  20,  59,  50,  28,  33,  31,  42,  49,  84,  84,  84,  68,  34,  25,  11, // и
         43,  38,  52,  42,  30,  43,  69,  61,  69,  69,  32,  34,  38,  23,  31,  57,  61,  20,  31,  69,  50,  69,  45,  39,  37,  69,  69,  69,  69,  54,  69,  61,   3, // й
         13,  76,  40,  61,  59,  27,  35,  56,  18,  76,  48,  28,  51,  42,   9,  64,  23,  32,  27,  24,  61,  76,  41,  76,  64,  76,  76,  76,  76,  57,  76,  76,  18, // к
         17,  66,  70,  50,  49,  15,  34,  60,  13,  79,  40,  31,  66,  37,  17,  55,  51,  33,  45,  27,  58,  79,  79,  58,  66,  79,  79,  38,  16,  57,  30,  24,  19, // л
         19,  39,  50,  64,  77,  15,  77,  68,  17,  77,  46,  35,  34,  30,  17,  28,  68,  39,  77,  24,  53,  77,  64,  61,  68,  77,  77,  26,  38,  50,  55,  30,  10, // м
         14,  65,  55,  35,  30,  17,  70,  59,  14,  83,  39,  60,  83,  24,  14,  83,  60,  31,  26,  29,  43,  60,  36,  46,  56,  47,  83,  20,  35,  60,  57,  34,  22, // н
         60,  24,  20,  25,  23,  31,  32,  34,  37,  26,  29,  22,  22,  22,  39,  32,  21,  21,  22,  47,  47,  46,  44,  35,  39,  48,  86,  86,  86,  60,  50,  40,  14, // о
         18,  76,  76,  76,  67,  20,  76,  76,  26,  76,  51,  28,  76,  40,   8,  39,  10,  48,  49,  28,  58,  51,  60,  67,  76,  76,  76,  32,  52,  50,  76,  36,  36, // п
         13,  48,  36,  36,  35,  13,  34,  55,  18,  80,  38,  43,  36,  30,  13,  55,  39,  33,  30,  24,  55,  44,  55,  55,  48,  80,  80,  26,  39,  50,  49,  31,  28, // р
         28,  47,  28,  68,  42,  21,  72,  72,  25,  81,  20,  23,  33,  32,  20,  26,  38,  28,  11,  28,  58,  48,  54,  39,  37,  81,  68,  40,  29,  56,  54,  21,  21, // с
         17,  57,  23,  58,  49,  19,  82,  73,  20,  82,  37,  41,  51,  29,  12,  51,  22,  26,  42,  28,  63,  69,  61,  42,  82,  60,  82,  32,  20,  67,  58,  38,  17, // т
         33,  25,  32,  27,  20,  34,  25,  36,  41,  54,  33,  25,  28,  28,  42,  24,  27,  25,  21,  66,  59,  40,  57,  22,  32,  32,  74,  74,  74,  36,  22,  46,  12, // у
         19,  30,  58,  58,  58,  13,  58,  58,  14,  58,  58,  22,  49,  34,  12,  58,  22,  36,  38,  26,  28,  58,  58,  58,  58,  58,  58,  38,  45,  49,  35,  58,  30, // ф
         24,  66,  33,  66,  46,  33,  66,  66,  28,  66,  53,  47,  57,  33,  12,  66,  35,  36,  48,  41,  66,  66,  66,  57,  66,  66,  66,  66,  53,  43,  66,  66,   4, // х
         21,  62,  46,  62,  62,  11,  62,  53,   6,  62,  34,  46,  62,  62,  35,  62,  62,  49,  62,  20,  62,  62,  53,  62,  62,  62,  62,  26,  62,  62,  62,  62,  27, // ц
         16,  70,  61,  70,  61,  10,  57,  70,  15,  70,  32,  33,  57,  21,  46,  70,  49,  70,  11,  29,  70,  70,  70,  70,  40,  70,  70,  70,  32,  70,  70,  70,  33, // ч
         16,  64,  45,  64,  55,  10,  64,  64,  12,  64,  26,  19,  64,  27,  24,  41,  45,  64,  22,  30,  64,  64,  64,  64,  64,  64,  64,  64,  36,  64,  64,  64,  34, // ш
         14,  60,  60,  60,  60,   7,  60,  60,   8,  60,  60,  60,  60,  35,  60,  60,  51,  60,  60,  33,  60,  60,  60,  60,  60,  60,  60,  60,  29,  60,  60,  60,  51, // щ
         39,  39,  39,  39,  39,  13,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,  39,   4,  39, // ъ
         72,  32,  24,  41,  39,  19,  50,  38,  43,  20,  34,  21,  20,  34,  72,  40,  31,  26,  25,  59,  72,  18,  72,  43,  33,  63,  72,  72,  72,  72,  72,  49,  10, // ы
         71,  37,  45,  50,  40,  25,  71,  31,  37,  71,  26,  71,  34,  15,  42,  62,  71,  20,  29,  71,  46,  71,  45,  50,  27,  49,  71,  71,  71,  71,  26,  32,   6, // ь
         60,  47,  30,  51,  36,  51,  60,  51,  60,  24,  20,  25,  26,  25,  60,  31,  25,  30,   4,  47,  39,  51,  60,  60,  37,  60,  60,  60,  60,  60,  60,  60,  47, // э
         43,  32,  52,  34,  23,  64,  34,  36,  52,  64,  42,  36,  38,  33,  64,  45,  31,  32,  14,  64,  64,  64,  49,  26,  56,  16,  64,  64,  64,  64,  44,  64,   6, // ю
         72,  37,  24,  55,  33,  30,  38,  33,  57,  53,  44,  33,  28,  31,  72,  47,  39,  30,  20,  72,  72,  36,  37,  35,  57,  33,  72,  72,  72,  72,  34,  40,   4, // я
         33,  27,  18,  30,  25,  34,  40,  29,  23,  55,  23,  32,  25,  21,  22,  17,  27,  18,  26,  30,  38,  40,  45,  27,  40,  90,  90,  67,  90,  32,  50,  38,   0, // _
    ];
}
