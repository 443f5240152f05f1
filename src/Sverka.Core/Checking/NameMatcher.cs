namespace Sverka.Core.Checking;

/// <summary>
/// Decides whether two full consonant skeletons (<see cref="Scoring.NameSkeleton.BuildFull"/>) can be one name
/// written in two alphabets. Looser than the aligner's four-consonant key: romanisations differ in a consonant
/// ("Hamburg" keeps no h, "Гамбург" has a g; "Welsh" starts with w, "Уэльс" with a vowel), and endings differ by
/// case ("Байдена"), so the first consonants are compared, one edit allowed.
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
        // A first sound one alphabet writes and the other drops or writes as a vowel: H/Г, W/У, and the vowel mark.
        var aTrimmed = IsSoftStart(a[0]) ? a[1..] : null;
        var bTrimmed = IsSoftStart(b[0]) ? b[1..] : null;
        return (aTrimmed is not null && Close(aTrimmed, b))
            || (bTrimmed is not null && Close(a, bTrimmed))
            || (aTrimmed is not null && bTrimmed is not null && Close(aTrimmed, bTrimmed));
    }

    private static bool IsSoftStart(char c) => c is 'a' or 'g' or 'v' or 'k';

    private static bool Close(string a, string b)
    {
        var n = Math.Min(Compared, Math.Min(a.Length, b.Length));
        if (n < 2)
            return false;
        if (a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, n)) && (n >= 3 || (a.Length == 2 && b.Length == 2)))
            return true;
        if (a.Length < 3 || b.Length < 3)
            return false;
        var x = a.AsSpan(0, Math.Min(Compared, a.Length));
        var y = b.AsSpan(0, Math.Min(Compared, b.Length));
        return x.Length >= 3 && y.Length >= 3 && Math.Min(x.Length, y.Length) >= 3 && EditDistanceAtMostOne(x, y) && x.Length + y.Length >= 7;
    }

    private static bool EditDistanceAtMostOne(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (Math.Abs(x.Length - y.Length) > 1)
            return false;
        var i = 0;
        while (i < x.Length && i < y.Length && x[i] == y[i])
            i++;
        if (i == x.Length || i == y.Length)
            return true;
        // One substitution, or one insertion on either side.
        return x[(i + 1)..].SequenceEqual(y[(i + 1)..]) || x[i..].SequenceEqual(y[(i + 1)..]) || x[(i + 1)..].SequenceEqual(y[i..]);
    }
}
