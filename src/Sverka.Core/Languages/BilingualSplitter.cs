using Sverka.Core.Text;

namespace Sverka.Core.Languages;

/// <summary>
/// Finds where one file that holds the same text in two languages, one version after the other, passes from the
/// first to the second. Each paragraph votes for its language with the weight of its letters; the cut is the
/// paragraph boundary that disagrees with the fewest letters. Short lines in the other language (a source line in
/// Latin script inside the Russian version, "Russian version below") therefore cannot move the cut: they cost
/// little where they are and would cost a whole version anywhere else. A paragraph that repeats an earlier one word
/// for word does not vote: in a file of two versions it is a passage the translation left in the original (a
/// licence, a version line), whose copy heads the second version as often as not and would pull the cut past it.
/// </summary>
public static class BilingualSplitter
{
    /// <summary>The smaller version must hold at least this share of the letters, or the file is one language.</summary>
    private const double MinorityShare = 0.08;

    /// <summary>Above this share of letters on the wrong side, the versions are interleaved, not one after the other.</summary>
    private const double MaxDisagreement = 0.25;

    /// <summary>
    /// Splits the paragraphs into the first version and the second. Returns false with a one-line reason when the
    /// text does not hold two versions one after the other.
    /// </summary>
    public static bool TrySplit(string text, IReadOnlyList<TextSpan> paragraphs, out BilingualSplit split, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        split = null!;
        var guesses = new LanguageGuess[paragraphs.Count];
        var letters = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var guess = LanguageIdentifier.Identify(text.AsSpan(paragraphs[p].Start, paragraphs[p].Length));
            guesses[p] = guess;
            if (guess.Language == LanguageIdentifier.Undetermined)
                continue;
            letters[guess.Language] = letters.GetValueOrDefault(guess.Language) + guess.Letters;
            total += guess.Letters;
        }
        if (total == 0)
        {
            reason = "has no letters in any language";
            return false;
        }

        var ranked = letters.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count < 2 || ranked[1].Value < MinorityShare * total)
        {
            reason = $"holds only one language ({ranked[0].Key}); give the translation as a second file";
            return false;
        }

        var a = ranked[0].Key;
        var b = ranked[1].Key;
        var (scriptA, scriptB) = (DominantScript(text, paragraphs, guesses, a), DominantScript(text, paragraphs, guesses, b));
        GiveOtherLanguagesToTheVersionOfTheirScript(text, paragraphs, guesses, (a, scriptA), (b, scriptB));
        LeaveMixedScriptToItsOwnVersion(text, paragraphs, guesses, (a, scriptA), (b, scriptB));
        var repeated = Repeated(text, paragraphs);
        var (cutAB, costAB) = BestCut(guesses, repeated, a, b);
        var (cutBA, costBA) = BestCut(guesses, repeated, b, a);
        var (cut, cost, first, second) = costAB <= costBA ? (cutAB, costAB, a, b) : (cutBA, costBA, b, a);
        if (cost > MaxDisagreement * total)
        {
            reason = $"mixes {first} and {second} paragraph by paragraph; Sverka expects one version after the other";
            return false;
        }

        var offset = paragraphs[cut].Start;
        var line = 1;
        foreach (var c in text.AsSpan(0, offset))
        {
            if (c == '\n')
                line++;
        }
        split = new BilingualSplit(offset, line, cut, first, second);
        reason = "";
        return true;
    }

    /// <summary>A paragraph of a Latin-script language with at least this share of letters in the other version's script is the other version's.</summary>
    private const double MinOtherScriptShare = 0.25;

    /// <summary>
    /// Gives to the version in a non-Latin script every paragraph guessed as the Latin-script language that has a
    /// fair share of letters in that script. Latin words are at home in a Cyrillic text (names, code, addresses:
    /// "Авторские права © 1996-2021 Software in the Public Interest" has more Latin letters than Cyrillic ones), but
    /// Cyrillic letters are not at home in an English one, so such a paragraph heads or belongs to the Russian.
    /// </summary>
    private static void LeaveMixedScriptToItsOwnVersion(string text, IReadOnlyList<TextSpan> paragraphs, LanguageGuess[] guesses,
        (string Language, Script Script) versionA, (string Language, Script Script) versionB)
    {
        var ((a, scriptA), (b, scriptB)) = (versionA, versionB);
        var (latin, other, otherScript) = (scriptA, scriptB) switch
        {
            (Script.Latin, not (Script.Latin or Script.Other)) => (a, b, scriptB),
            (not (Script.Latin or Script.Other), Script.Latin) => (b, a, scriptA),
            _ => ("", "", Script.Other),
        };
        if (otherScript == Script.Other)
            return;
        for (var p = 0; p < guesses.Length; p++)
        {
            if (guesses[p].Language != latin)
                continue;
            var (letters, inOtherScript) = (0, 0);
            foreach (var c in text.AsSpan(paragraphs[p].Start, paragraphs[p].Length))
            {
                if (!char.IsLetter(c))
                    continue;
                letters++;
                if (CharClass.ScriptOf(c) == otherScript)
                    inOtherScript++;
            }
            if (letters > 0 && inOtherScript >= MinOtherScriptShare * letters)
                guesses[p] = guesses[p] with { Language = other };
        }
    }

    /// <summary>
    /// Gives a paragraph guessed as neither version's language to the version whose script it is written in, where
    /// only one of them is: a short line's function words can outvote its language within one script ("I don't
    /// see anything new changing." has the Polish "i"), but not across scripts. A paragraph guessed as neither
    /// costs as much on either side of a cut, so it went with the version after it.
    /// </summary>
    private static void GiveOtherLanguagesToTheVersionOfTheirScript(string text, IReadOnlyList<TextSpan> paragraphs, LanguageGuess[] guesses,
        (string Language, Script Script) versionA, (string Language, Script Script) versionB)
    {
        var ((a, scriptA), (b, scriptB)) = (versionA, versionB);
        if (scriptA == scriptB)
            return;
        Span<int> counts = stackalloc int[s_scriptCount];
        for (var p = 0; p < guesses.Length; p++)
        {
            if (guesses[p].Language == a || guesses[p].Language == b || guesses[p].Language == LanguageIdentifier.Undetermined)
                continue;
            counts.Clear();
            CountLetters(text, paragraphs[p], counts);
            var script = Commonest(counts);
            if (script == scriptA)
                guesses[p] = guesses[p] with { Language = a };
            else if (script == scriptB)
                guesses[p] = guesses[p] with { Language = b };
        }
    }

    private static readonly int s_scriptCount = Enum.GetValues<Script>().Length;

    /// <summary>The script most letters of the paragraphs guessed as <paramref name="language"/> are in.</summary>
    private static Script DominantScript(string text, IReadOnlyList<TextSpan> paragraphs, LanguageGuess[] guesses, string language)
    {
        Span<int> counts = stackalloc int[s_scriptCount];
        for (var p = 0; p < guesses.Length; p++)
        {
            if (guesses[p].Language == language)
                CountLetters(text, paragraphs[p], counts);
        }
        return Commonest(counts);
    }

    /// <summary>Adds a paragraph's letters to <paramref name="counts"/>, by script.</summary>
    private static void CountLetters(string text, TextSpan paragraph, Span<int> counts)
    {
        foreach (var c in text.AsSpan(paragraph.Start, paragraph.Length))
        {
            if (char.IsLetter(c))
                counts[(int)CharClass.ScriptOf(c)]++;
        }
    }

    /// <summary>The script with the most letters, or <see cref="Script.Other"/> for none.</summary>
    private static Script Commonest(ReadOnlySpan<int> counts)
    {
        var best = Script.Other;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best])
                best = (Script)s;
        }
        return best;
    }

    /// <summary>
    /// Which paragraphs repeat one earlier in the text, compared by their letters and digits in lower case. The
    /// first of them still votes: it is the original the copy was left from, and in its own version.
    /// </summary>
    private static bool[] Repeated(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = new System.Text.StringBuilder();
        var repeated = new bool[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            builder.Clear();
            foreach (var c in text.AsSpan(paragraphs[p].Start, paragraphs[p].Length))
            {
                if (char.IsLetterOrDigit(c))
                    builder.Append(char.ToLowerInvariant(c));
            }
            repeated[p] = builder.Length > 0 && !seen.Add(builder.ToString());
        }
        return repeated;
    }

    /// <summary>
    /// The cut k (paragraphs before k are <paramref name="first"/>) that disagrees with the fewest letters. Among
    /// equal cuts the earliest wins, so a paragraph with no letters (a date line) goes with the version it heads.
    /// </summary>
    private static (int Cut, long Cost) BestCut(LanguageGuess[] guesses, bool[] repeated, string first, string second)
    {
        // cost(k) = letters not in `first` before k + letters not in `second` from k on; a repeated paragraph costs nothing.
        long after = 0;
        for (var p = 0; p < guesses.Length; p++)
        {
            if (guesses[p].Language != second && !repeated[p])
                after += guesses[p].Letters;
        }
        long before = 0;
        var bestCut = -1;
        var bestCost = long.MaxValue;
        for (var k = 1; k < guesses.Length; k++)
        {
            var previous = guesses[k - 1];
            if (repeated[k - 1])
                previous = previous with { Letters = 0 };
            if (previous.Language != first)
                before += previous.Letters;
            if (previous.Language != second)
                after -= previous.Letters;
            if (before + after < bestCost)
            {
                bestCost = before + after;
                bestCut = k;
            }
        }
        return bestCut < 0 ? (0, long.MaxValue) : (bestCut, bestCost);
    }
}
