using Sverka.Core.Text;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Builds the English–Russian lexicon file from dictd dictionaries: what <c>sverka lexicon build</c> does. The
/// dictionaries are given by base path (the <c>.index</c> and <c>.dict.dz</c> files without their extensions) and
/// recognised by name: Mueller's (<c>mueller7</c>) and FreeDict's (<c>freedict-eng-rus</c>) are the two it can
/// parse. Earlier dictionaries lead in each word's list of translations.
/// </summary>
public static class LexiconBuildRunner
{
    /// <summary>
    /// Reads the dictionaries, writes the lexicon to <paramref name="outputPath"/> (through a temporary file beside
    /// it, so an existing lexicon is never left half-written), reports counts on <paramref name="log"/>, and returns
    /// the exit code 0.
    /// </summary>
    /// <exception cref="SverkaInputException">A dictionary is missing, malformed or of a kind Sverka cannot parse.</exception>
    public static int Run(IReadOnlyList<string> dictBasePaths, string outputPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(dictBasePaths);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentNullException.ThrowIfNull(log);
        if (dictBasePaths.Count == 0)
            throw new SverkaInputException("lexicon build: no dictionaries given; pass base paths such as /usr/share/dictd/mueller7");

        var builder = new LexiconBuilder();
        var notes = new List<string>();
        foreach (var basePath in dictBasePaths)
        {
            var name = Path.GetFileName(basePath.TrimEnd('/', '\\'));
            var (parse, licence) = ParserFor(name);
            var entries = DictdReader.Read(basePath);
            var description = name;
            var useful = 0;
            foreach (var entry in entries)
            {
                if (entry.Headword.StartsWith("00", StringComparison.Ordinal))
                {
                    // dictd keeps the dictionary's own description under reserved "00-database-*" headwords.
                    if (entry.Headword is "00-database-short" or "00databaseshort")
                        description = FirstDescriptionLine(entry.Definition) ?? name;
                    continue;
                }
                var parsed = parse(entry.Definition);
                if (parsed is null || parsed.IsEmpty)
                    continue;
                builder.Add(parsed);
                useful++;
            }
            log.WriteLine($"{name}: {entries.Count} entries, {useful} single English words with translations");
            notes.Add($"source: {description} (dictd {name}), {licence}");
        }
        notes.Add("licence: GPL-2.0-or-later, as the dictionaries it is derived from; see LICENSE beside this file");

        var pairs = builder.Build();
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outputPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = File.Create(temporary))
                LexiconFile.Write(file, "en", "ru", notes, pairs);
            File.Move(temporary, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        var sourceStems = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i == 0 || pairs[i].SourceStem != pairs[i - 1].SourceStem)
                sourceStems++;
        }
        log.WriteLine(
            $"{outputPath}: {pairs.Count} stem pairs for {sourceStems} English stems from {builder.HeadwordCount} words, {new FileInfo(outputPath).Length} bytes");
        return 0;
    }

    private static (Func<string, LexiconEntry?> Parse, string Licence) ParserFor(string name)
    {
        if (name.Contains("mueller", StringComparison.OrdinalIgnoreCase))
            return (MuellerDefinitionParser.Parse, MuellerDefinitionParser.Licence);
        if (name.Contains("freedict-eng-rus", StringComparison.OrdinalIgnoreCase) ||
            name.Contains("eng-rus", StringComparison.OrdinalIgnoreCase))
            return (FreeDictDefinitionParser.Parse, FreeDictDefinitionParser.Licence);
        throw new SverkaInputException(
            $"{name}: not a dictionary Sverka can parse; it reads Mueller's English-Russian (mueller7) and FreeDict's (freedict-eng-rus)");
    }

    private static string? FirstDescriptionLine(string definition)
    {
        foreach (var range in definition.AsSpan().Split('\n'))
        {
            var line = definition.AsSpan(range).Trim();
            if (!line.IsEmpty && !line.StartsWith("00", StringComparison.Ordinal))
                return line.ToString();
        }
        return null;
    }
}
