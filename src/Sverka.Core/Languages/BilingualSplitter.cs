using Sverka.Core.Text;

namespace Sverka.Core.Languages;

/// <summary>
/// Finds where one file that holds the same text in two languages, one version after the other, passes from the
/// first to the second. Each paragraph votes for its language with the weight of its letters; the cut is the
/// paragraph boundary that disagrees with the fewest letters. Short lines in the other language (a source line in
/// Latin script inside the Russian version, "Russian version below") therefore cannot move the cut: they cost
/// little where they are and would cost a whole version anywhere else. A paragraph the file holds twice, word for
/// word, does not vote: in a file of two versions it is a passage the translation left in the original (a licence,
/// a version line), whose copy heads the second version as often as not and would pull the cut past it.
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

    /// <summary>Which paragraphs the text holds more than once, compared by their letters and digits in lower case.</summary>
    private static bool[] Repeated(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var keys = new string[paragraphs.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var builder = new System.Text.StringBuilder();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            builder.Clear();
            foreach (var c in text.AsSpan(paragraphs[p].Start, paragraphs[p].Length))
            {
                if (char.IsLetterOrDigit(c))
                    builder.Append(char.ToLowerInvariant(c));
            }
            keys[p] = builder.ToString();
            counts[keys[p]] = counts.GetValueOrDefault(keys[p]) + 1;
        }
        var repeated = new bool[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
            repeated[p] = keys[p].Length > 0 && counts[keys[p]] > 1;
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
