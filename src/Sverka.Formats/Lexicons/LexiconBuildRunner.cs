using Sverka.Core.Text;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// Builds a lexicon file from dictd dictionaries: what <c>sverka lexicon build</c> does. The dictionaries are given
/// by base path (the <c>.index</c> and <c>.dict.dz</c> files without their extensions) and recognised by name:
/// Mueller's English–Russian (<c>mueller7</c>), FreeDict's English–Russian (<c>freedict-eng-rus</c>), and FreeDict's
/// WikDict pairs (<c>freedict-deu-fra</c>, <c>freedict-fra-deu</c>, …). The first dictionary sets the lexicon's
/// languages; the others must run the same way or the opposite one. Earlier dictionaries lead in each word's list
/// of translations, and a hand-written supplement (<see cref="LexiconSupplement"/>, a <c>.txt</c> file) follows them all.
/// </summary>
public static class LexiconBuildRunner
{
    // FreeDict names its dictionaries by ISO 639-3 codes; the pipeline knows languages by ISO 639-1. The languages
    // with a Snowball stemmer, and Icelandic, which has none: its lexicon meets only the forms a dictionary lists.
    private static readonly Dictionary<string, string> s_languageCodes = new(StringComparer.Ordinal)
    {
        ["eng"] = "en", ["rus"] = "ru", ["deu"] = "de", ["fra"] = "fr", ["spa"] = "es", ["ita"] = "it",
        ["por"] = "pt", ["nld"] = "nl", ["swe"] = "sv", ["dan"] = "da", ["nor"] = "no", ["nob"] = "nb",
        ["fin"] = "fi", ["hun"] = "hu", ["tur"] = "tr", ["ron"] = "ro", ["isl"] = "is",
    };

    // How FreeDict dictionaries state their licence in their 00-database-info entry, and its SPDX name.
    private static readonly (string Statement, string Licence)[] s_licenceStatements =
    [
        ("Creative Commons Attribution-ShareAlike 3.0", "CC-BY-SA-3.0"),
        ("GNU General Public License ver. 3.0 or any later version", "GPL-3.0-or-later"),
        ("GNU General Public License ver. 2.0 and any later version", "GPL-2.0-or-later"),
    ];

    /// <summary>
    /// Reads the dictionaries, writes the lexicon to <paramref name="outputPath"/> (through a temporary file beside
    /// it, so an existing lexicon is never left half-written), reports counts on <paramref name="log"/>, and returns
    /// the exit code 0.
    /// </summary>
    /// <exception cref="SverkaInputException">A dictionary is missing, malformed, of a kind Sverka cannot parse, or of
    /// another pair of languages than the first.</exception>
    public static int Run(IReadOnlyList<string> sources, string outputPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentNullException.ThrowIfNull(log);
        if (sources.Count == 0)
            throw new SverkaInputException("lexicon build: no dictionaries given; pass base paths such as /usr/share/dictd/mueller7");

        var supplements = sources.Where(LexiconSupplement.IsSupplement).ToList();
        var dictBasePaths = sources.Where(p => !LexiconSupplement.IsSupplement(p)).ToList();
        if (dictBasePaths.Count == 0)
            throw new SverkaInputException("lexicon build: a supplement adds to dictionaries; pass one at least, such as /usr/share/dictd/mueller7");
        var kinds = new List<(string Name, DictionaryKind Kind)>(dictBasePaths.Count);
        foreach (var basePath in dictBasePaths)
        {
            var name = Path.GetFileName(basePath.TrimEnd('/', '\\'));
            kinds.Add((name, KindOf(name)));
        }
        var (sourceLanguage, targetLanguage) = (kinds[0].Kind.HeadLanguage, kinds[0].Kind.TranslationLanguage);
        foreach (var (name, kind) in kinds)
        {
            if (!kind.Serves(sourceLanguage, targetLanguage))
                throw new SverkaInputException(
                    $"{name}: the dictionary is {kind.HeadLanguage}-{kind.TranslationLanguage} and cannot go into a {sourceLanguage}-{targetLanguage} lexicon");
        }

        var builder = new LexiconBuilder(sourceLanguage, targetLanguage);
        var notes = new List<string>();
        var licences = new List<string>();
        for (var d = 0; d < dictBasePaths.Count; d++)
        {
            var (name, kind) = kinds[d];
            var entries = DictdReader.Read(dictBasePaths[d]);
            var inverse = kind.HeadLanguage != sourceLanguage;
            var description = name;
            var licence = kind.Licence;
            var useful = 0;
            foreach (var entry in entries)
            {
                if (entry.Headword.StartsWith("00", StringComparison.Ordinal))
                {
                    // dictd keeps the dictionary's own description under reserved "00-database-*" headwords.
                    if (entry.Headword is "00-database-short" or "00databaseshort")
                        description = FirstDescriptionLine(entry.Definition) ?? name;
                    else if (entry.Headword is "00-database-info" or "00databaseinfo")
                        licence = StatedLicence(entry.Definition) ?? licence;
                    continue;
                }
                var parsed = kind.Parse(entry.Definition);
                if (parsed is null || parsed.IsEmpty)
                    continue;
                if (inverse)
                    builder.AddInverse(parsed);
                else
                    builder.Add(parsed);
                useful++;
            }
            log.WriteLine($"{name}: {entries.Count} entries, {useful} single words with translations");
            notes.Add($"source: {description} (dictd {name}), {licence}");
            if (!licences.Contains(licence))
                licences.Add(licence);
        }
        foreach (var path in supplements)
        {
            var name = Path.GetFileName(path);
            var (head, translation, entries) = LexiconSupplement.Read(path);
            if (head != sourceLanguage || translation != targetLanguage)
                throw new SverkaInputException($"{name}: the supplement is {head}-{translation} and cannot go into a {sourceLanguage}-{targetLanguage} lexicon");
            foreach (var entry in entries)
                builder.Add(entry);
            log.WriteLine($"{name}: {entries.Count} words");
            notes.Add($"source: Sverka's own supplement ({name}), Apache-2.0");
        }
        notes.Add($"licence: {string.Join(" and ", licences)}, as the dictionaries it is derived from; see LICENSE beside this file");

        var pairs = builder.Build();
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outputPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = File.Create(temporary))
                LexiconFile.Write(file, sourceLanguage, targetLanguage, notes, pairs);
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
            $"{outputPath}: {pairs.Count} stem pairs for {sourceStems} {sourceLanguage} stems from {builder.HeadwordCount} words, {new FileInfo(outputPath).Length} bytes");
        return 0;
    }

    private static DictionaryKind KindOf(string name)
    {
        if (name.Contains("mueller", StringComparison.OrdinalIgnoreCase))
            return new DictionaryKind("en", "ru", MuellerDefinitionParser.Parse, MuellerDefinitionParser.Licence);
        if (name.Contains("eng-rus", StringComparison.OrdinalIgnoreCase))
            return new DictionaryKind("en", "ru", FreeDictDefinitionParser.Parse, FreeDictDefinitionParser.Licence);
        // FreeDict's other pairs are WikDict's: "freedict-deu-fra".
        var parts = name.Split('-');
        if (parts.Length == 3 && parts[0] == "freedict" &&
            s_languageCodes.TryGetValue(parts[1], out var head) && s_languageCodes.TryGetValue(parts[2], out var translation))
            return new DictionaryKind(head, translation, new WikDictDefinitionParser(translation).Parse, WikDictDefinitionParser.Licence);
        throw new SverkaInputException(
            $"{name}: not a dictionary Sverka can parse; it reads Mueller's English-Russian (mueller7) and FreeDict's (freedict-eng-rus, freedict-deu-fra, …)");
    }

    private sealed record DictionaryKind(string HeadLanguage, string TranslationLanguage, Func<string, LexiconEntry?> Parse, string Licence)
    {
        /// <summary>Whether the dictionary runs from source to target, or from target to source.</summary>
        public bool Serves(string source, string target) =>
            (HeadLanguage == source && TranslationLanguage == target) || (HeadLanguage == target && TranslationLanguage == source);
    }
    /// <summary>The licence a dictionary's description states, or null when it states none Sverka knows.</summary>
    internal static string? StatedLicence(string description)
    {
        var text = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var (statement, licence) in s_licenceStatements)
        {
            if (text.Contains(statement, StringComparison.Ordinal))
                return licence;
        }
        return null;
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
