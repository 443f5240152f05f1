namespace Sverka.Core.Scoring;

/// <summary>
/// Where the pipeline gets its lexicons. Core does no I/O, so loading from disk lives in Formats; a source may
/// load lazily, and is asked from many threads.
/// </summary>
public interface ILexiconSource
{
    /// <summary>The lexicon that reads from <paramref name="sourceLanguage"/> to <paramref name="targetLanguage"/>, or null.</summary>
    Lexicon? Find(string sourceLanguage, string targetLanguage);

    /// <summary>
    /// A lexicon that reads from <paramref name="language"/> to any other, or null: for a pair with no lexicon of
    /// its own it still tells the language's common words ("Council", "Treaty") from names.
    /// </summary>
    Lexicon? FindAnyFrom(string language);
}

/// <summary>Lexicons already in memory; each one serves both directions.</summary>
public sealed class InMemoryLexiconSource(params IReadOnlyList<Lexicon> lexicons) : ILexiconSource
{
    /// <summary>A source with no lexicon at all.</summary>
    public static InMemoryLexiconSource Empty { get; } = new();

    /// <inheritdoc/>
    public Lexicon? Find(string sourceLanguage, string targetLanguage)
    {
        foreach (var lexicon in lexicons)
        {
            if (lexicon.SourceLanguage == sourceLanguage && lexicon.TargetLanguage == targetLanguage)
                return lexicon;
            if (lexicon.SourceLanguage == targetLanguage && lexicon.TargetLanguage == sourceLanguage)
                return lexicon.Reversed();
        }
        return null;
    }

    /// <inheritdoc/>
    public Lexicon? FindAnyFrom(string language)
    {
        foreach (var lexicon in lexicons)
        {
            if (lexicon.SourceLanguage == language || lexicon.TargetLanguage == language)
                return Find(language, lexicon.SourceLanguage == language ? lexicon.TargetLanguage : lexicon.SourceLanguage);
        }
        return null;
    }
}
