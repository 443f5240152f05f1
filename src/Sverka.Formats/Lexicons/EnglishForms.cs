namespace Sverka.Formats.Lexicons;

/// <summary>
/// The other spelling of an English headword, British or American ("neighbour" – "neighbor", "organize" –
/// "organise", "centre" – "center"), which a dictionary of one side does not list and the stemmer does not bring
/// back to it. The caller keeps only spellings that are no headword of their own, so "meter" stays a counter.
/// </summary>
internal static class EnglishForms
{
    /// <summary>The word in the other spelling, British or American, where a regular rule gives one.</summary>
    public static IEnumerable<string> SpellingVariants(string word)
    {
        if (word.Length >= 6 && word.EndsWith("our", StringComparison.Ordinal))
            yield return word[..^3] + "or";
        if (word.Length >= 6 && word.EndsWith("ize", StringComparison.Ordinal))
            yield return word[..^3] + "ise";
        if (word.Length >= 6 && word.EndsWith("ise", StringComparison.Ordinal))
            yield return word[..^3] + "ize";
        if (word.Length >= 6 && word.EndsWith("yse", StringComparison.Ordinal))
            yield return word[..^3] + "yze";
        if (word.Length >= 6 && word.EndsWith("ization", StringComparison.Ordinal))
            yield return word[..^7] + "isation";
        if (word.Length >= 6 && word.EndsWith("isation", StringComparison.Ordinal))
            yield return word[..^7] + "ization";
        if (word.Length >= 5 && word.EndsWith("tre", StringComparison.Ordinal))
            yield return word[..^3] + "ter";
    }
}
