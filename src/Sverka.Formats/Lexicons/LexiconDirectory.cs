using System.Collections.Concurrent;
using Sverka.Core.Scoring;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Lexicons in a folder, named by their languages (<c>en-ru.lex.gz</c> serves en→ru and ru→en). Each file is
/// loaded the first time a language pair asks for it, once, however many threads ask.
/// </summary>
public sealed class LexiconDirectory : ILexiconSource
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, Lazy<Lexicon?>> _loaded = new(StringComparer.Ordinal);

    /// <summary>Serves the lexicons found in <paramref name="folder"/>; a missing folder serves none.</summary>
    public LexiconDirectory(string folder) => _folder = folder;

    /// <inheritdoc/>
    public Lexicon? Find(string sourceLanguage, string targetLanguage)
    {
        foreach (var (first, second) in new[] { (sourceLanguage, targetLanguage), (targetLanguage, sourceLanguage) })
        {
            var name = $"{first}-{second}.lex.gz";
            var lexicon = _loaded.GetOrAdd(name, n => new Lazy<Lexicon?>(() => Load(n))).Value;
            if (lexicon is null)
                continue;
            return lexicon.SourceLanguage == sourceLanguage ? lexicon : lexicon.Reversed();
        }
        return null;
    }

    /// <inheritdoc/>
    public Lexicon? FindAnyFrom(string language)
    {
        if (!Directory.Exists(_folder))
            return null;
        // In name order, so that the same lexicon answers on every machine.
        var names = Directory.GetFiles(_folder, "*-*.lex.gz").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var languages = name[..^".lex.gz".Length].Split('-');
            if (languages.Length != 2 || Array.IndexOf(languages, language) < 0)
                continue;
            var other = languages[0] == language ? languages[1] : languages[0];
            if (Find(language, other) is { } lexicon)
                return lexicon;
        }
        return null;
    }

    private Lexicon? Load(string name)
    {
        var path = Path.Combine(_folder, name);
        return File.Exists(path) ? LexiconFile.Read(path) : null;
    }
}
