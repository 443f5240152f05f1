namespace Sverka.Formats.Lexicons;

/// <summary>
/// The other spelling of an English headword, British or American ("neighbour" – "neighbor", "organize" –
/// "organise", "centre" – "center"), which a dictionary of one side does not list and the stemmer does not bring
/// back to it. The caller keeps only spellings that are no headword of their own, so "meter" stays a counter.
/// </summary>
internal static class EnglishForms
{
    // Ending, the other side's ending, and the shortest word the rule applies to: shorter words with these endings
    // are other words ("four", "hour", "rise"), not spellings.
    private static readonly (string Ending, string Other, int MinLength)[] s_spellings =
    [
        ("our", "or", 6),
        ("ize", "ise", 6),
        ("ise", "ize", 6),
        ("yse", "yze", 6),
        ("ization", "isation", 6),
        ("isation", "ization", 6),
        ("tre", "ter", 5),
    ];

    // Suffixes after which a British -our- stays -or- in American spelling: "neighbourhood", "favourite",
    // "colourful", "behavioural", "honourable", "labourer".
    private static readonly string[] s_ourSuffixes =
        ["hood", "hoods", "ite", "ites", "able", "ably", "ful", "fully", "less", "ing", "ed", "er", "ers", "al", "ally", "ism", "ist", "ists", "y", "s", "ship"];

    /// <summary>The word in the other spelling, British or American, where a regular rule gives one.</summary>
    public static IEnumerable<string> SpellingVariants(string word)
    {
        foreach (var (ending, other, minLength) in s_spellings)
        {
            if (word.Length >= minLength && word.EndsWith(ending, StringComparison.Ordinal))
                yield return string.Concat(word.AsSpan(0, word.Length - ending.Length), other);
        }
        // The -our rule inside a derived word, its root as long as the rule asks of a whole word ("pouring",
        // "tourist" keep theirs).
        foreach (var suffix in s_ourSuffixes)
        {
            var root = word.Length - suffix.Length;
            if (root >= 6 && word.EndsWith(suffix, StringComparison.Ordinal) && word.AsSpan(0, root).EndsWith("our", StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, root - 3), "or", word.AsSpan(root));
                yield break;
            }
        }
    }
}
