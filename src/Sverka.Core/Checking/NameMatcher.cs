namespace Sverka.Core.Checking;

/// <summary>
/// Decides whether two full consonant skeletons (<see cref="Scoring.NameSkeleton.BuildFull"/>) can be one name
/// written in two alphabets. Looser than the aligner's four-consonant key, because romanisations differ by a
/// consonant: "Hamburg" keeps no h where "Гамбург" has a g, "Welsh" starts with w where "Уэльс" has a vowel,
/// "Dwyer" has a w that "Дуайер" writes as a vowel, "Texas" an x where "Техас" has kh; and case endings differ
/// ("Байдена"). So the first consonants are compared with one edit allowed, also without the semivowel v and
/// without a first sound one alphabet drops.
/// </summary>
internal static class NameMatcher
{
    private const int Compared = 4;

    public static bool SkeletonsMatch(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
            return false;
        if (Close(a, b))
            return true;
        // A variant that leaves two consonants says too little to match on.
        foreach (var x in Variants(a))
        {
            foreach (var y in Variants(b))
            {
                if (Math.Min(x.Length, y.Length) >= 3 && Close(x, y))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A stricter match for words written in lower case on the other side, where a skeleton meets many common
    /// words by chance: at least three consonants each, the first ones equal ("Methodist", "методистской";
    /// "Kurdish", "курдских").
    /// </summary>
    public static bool StrongMatch(string a, string b)
    {
        foreach (var x in Variants(a))
        {
            foreach (var y in Variants(b))
            {
                var n = Math.Min(Compared, Math.Min(x.Length, y.Length));
                if (n >= 3 && x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, n)))
                    return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> Variants(string skeleton)
    {
        yield return skeleton;
        if (skeleton.Contains('v', StringComparison.Ordinal))
        {
            var withoutV = skeleton.Replace("v", "", StringComparison.Ordinal);
            if (withoutV.Length >= 2)
                yield return withoutV;
        }
        // English g before e and i is "дж": "Virginia", "Вирджиния".
        if (skeleton.Contains("dj", StringComparison.Ordinal))
            yield return skeleton.Replace("dj", "g", StringComparison.Ordinal);
        // A first sound one alphabet writes and the other drops or writes as a vowel: H/Г, W/У, J/Ю, the vowel mark.
        if (skeleton.Length >= 3 && skeleton[0] is 'a' or 'g' or 'v' or 'k' or 'd')
            yield return skeleton[1..];
    }

    private static bool Close(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 2)
            return false;
        if (shorter == 2)
        {
            // Two consonants say little: the longer must start with them, or differ by one in three ("Техас", "Texas").
            var longer = a.Length == 2 ? b : a;
            var two = a.Length == 2 ? a : b;
            return longer.AsSpan(0, 2).SequenceEqual(two) || (longer.Length == 3 && Levenshtein(two, longer) <= 1);
        }
        return PrefixDistance(a, b) <= 1 || PrefixDistance(b, a) <= 1;
    }

    /// <summary>The edit distance from the first consonants of <paramref name="x"/> to the nearest prefix of <paramref name="y"/>.</summary>
    private static int PrefixDistance(string x, string y)
    {
        var head = x.AsSpan(0, Math.Min(Compared, x.Length));
        var best = int.MaxValue;
        for (var length = Math.Max(1, head.Length - 1); length <= Math.Min(y.Length, head.Length + 1); length++)
            best = Math.Min(best, Levenshtein(head, y.AsSpan(0, length)));
        return best;
    }

    private static int Levenshtein(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            current.CopyTo(previous);
        }
        return previous[y.Length];
    }
}
