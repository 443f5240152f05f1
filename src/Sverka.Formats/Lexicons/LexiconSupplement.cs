using Sverka.Core.Text;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// A hand-written list of translations that the dictionaries lack: a plain text file whose header names its
/// languages (<c># languages: en ru</c>), then one headword per line, a tab, and its translations separated by
/// spaces, each in its dictionary form. Lines starting with <c>#</c> are comments. A lexicon build reads it after the
/// dictionaries, so its words join theirs and are stemmed and inflected as theirs are.
/// </summary>
public static class LexiconSupplement
{
    /// <summary>Whether <paramref name="path"/> names a supplement rather than a dictd dictionary's base path.</summary>
    public static bool IsSupplement(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the supplement at <paramref name="path"/>: its languages and its entries.</summary>
    /// <exception cref="SverkaInputException">The file is missing, names no languages, or has a line it cannot read.</exception>
    public static (string HeadLanguage, string TranslationLanguage, IReadOnlyList<LexiconEntry> Entries) Read(string path)
    {
        if (!File.Exists(path))
            throw new SverkaInputException($"{path}: no such supplement");
        var name = Path.GetFileName(path);
        string? head = null, translation = null;
        var entries = new List<LexiconEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                if (line.StartsWith("# languages:", StringComparison.Ordinal)
                    && line["# languages:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var from, var to])
                    (head, translation) = (from, to);
                continue;
            }
            if (head is null)
                throw new SverkaInputException($"{name}: line {number} comes before the header names the languages (\"# languages: en ru\")");
            var fields = line.Split('\t');
            var words = fields.Length == 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (fields[0].Length == 0 || fields[0].Contains(' ', StringComparison.Ordinal) || words.Length == 0)
                throw new SverkaInputException($"{name}: line {number} is not a word, a tab and its translations separated by spaces");
            var translations = new List<Translation>(words.Length);
            foreach (var word in words)
                TranslationWords.Add(translations, new Translation(word.ToLowerInvariant(), FromPhrase: false));
            entries.Add(new LexiconEntry(fields[0].ToLowerInvariant(), translations, []));
        }
        if (head is null || translation is null)
            throw new SverkaInputException($"{name}: names no languages; start it with \"# languages: en ru\"");
        return (head, translation, entries);
    }
}
