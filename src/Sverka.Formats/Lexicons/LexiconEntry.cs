namespace Sverka.Formats.Lexicons;

/// <summary>
/// What one dictionary entry contributes to the lexicon: an English word, its Russian translations with the first
/// senses first, and the headwords the entry sends the reader to instead of translating ("went: past of go",
/// "booh = boo").
/// </summary>
/// <param name="Headword">The English word, lowercase.</param>
/// <param name="Translations">Russian words, most important first, without repeats.</param>
/// <param name="References">English headwords, lowercase, whose translations also serve this one.</param>
public sealed record LexiconEntry(string Headword, IReadOnlyList<Translation> Translations, IReadOnlyList<string> References)
{
    /// <summary>Whether the entry gives nothing to the lexicon.</summary>
    public bool IsEmpty => Translations.Count == 0 && References.Count == 0;

    /// <summary>
    /// Whether the dictionary marks the headword a verb, and its translations are verbs too; false where it does
    /// not say.
    /// </summary>
    public bool IsVerb { get; init; }
}

/// <summary>
/// One Russian word that translates a headword. A word taken from a two-word translation ("простой человек" for
/// "simpleton") is marked: such a word is often a generic head that many headwords share, which
/// <see cref="LexiconBuilder"/> then leaves out.
/// </summary>
/// <param name="Word">The word, lowercase.</param>
/// <param name="FromPhrase">Whether the word came from a two-word translation rather than standing alone.</param>
public readonly record struct Translation(string Word, bool FromPhrase);
