using System.IO.Compression;
using System.Text;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// The lexicon file: gzip-compressed UTF-8 text, a header of <c>#</c> lines, then one line per source stem.
/// </summary>
/// <remarks>
/// <code>
/// # sverka-lexicon 1
/// # languages: en ru
/// # stemmer: snowball
/// # source: ...
/// presid&#9;председател президент ректор
/// </code>
/// The first line names the format and its version; <c>languages</c> and <c>stemmer</c> must come before the first
/// stem line; other <c>#</c> lines (sources, licence) are for people. A stem line is the source stem, a tab, and the
/// target stems separated by single spaces. Lines are sorted ordinally by source stem and each source stem has one
/// line, so that the file diffs well and a reader can check it in passing. Stems are lowercase and contain no
/// whitespace.
/// </remarks>
public static class LexiconFile
{
    /// <summary>The first line of every lexicon file of this version.</summary>
    public const string Signature = "# sverka-lexicon 1";

    private const string FormatPrefix = "# sverka-lexicon ";
    private const string LanguagesKey = "# languages:";
    private const string StemmerKey = "# stemmer:";
    private const string Stemmer = "snowball";

    /// <summary>
    /// Writes a lexicon: the header, each note as a <c>#</c> line, then the pairs grouped by source stem, with
    /// repeats dropped and everything sorted ordinally. The stream is left open.
    /// </summary>
    /// <param name="stream">Where the gzip-compressed file goes.</param>
    /// <param name="sourceLanguage">The language code of the source stems, such as "en".</param>
    /// <param name="targetLanguage">The language code of the target stems, such as "ru".</param>
    /// <param name="notes">Lines for people (sources, licence), written after "# "; each must be one line.</param>
    /// <param name="pairs">The stem pairs; stems must be non-empty and hold no whitespace.</param>
    public static void Write(
        Stream stream,
        string sourceLanguage,
        string targetLanguage,
        IEnumerable<string> notes,
        IEnumerable<(string SourceStem, string TargetStem)> pairs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(pairs);
        CheckToken(sourceLanguage, nameof(sourceLanguage));
        CheckToken(targetLanguage, nameof(targetLanguage));

        var grouped = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (source, target) in pairs)
        {
            CheckToken(source, nameof(pairs));
            CheckToken(target, nameof(pairs));
            if (source[0] == '#')
                throw new ArgumentException($"The source stem '{source}' starts with '#', which marks a header line.", nameof(pairs));
            if (!grouped.TryGetValue(source, out var targets))
            {
                targets = new SortedSet<string>(StringComparer.Ordinal);
                grouped.Add(source, targets);
            }
            targets.Add(target);
        }

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        writer.NewLine = "\n";
        writer.WriteLine(Signature);
        writer.WriteLine($"{LanguagesKey} {sourceLanguage} {targetLanguage}");
        writer.WriteLine($"{StemmerKey} {Stemmer}");
        foreach (var note in notes)
        {
            if (note.AsSpan().IndexOfAny('\n', '\r') >= 0)
                throw new ArgumentException("A note must be a single line.", nameof(notes));
            writer.Write("# ");
            writer.WriteLine(note);
        }
        foreach (var (source, targets) in grouped)
        {
            writer.Write(source);
            writer.Write('\t');
            var first = true;
            foreach (var target in targets)
            {
                if (!first)
                    writer.Write(' ');
                writer.Write(target);
                first = false;
            }
            writer.WriteLine();
        }
    }

    /// <summary>
    /// Reads a lexicon file. <paramref name="name"/> names it in error messages, such as its file name.
    /// </summary>
    /// <exception cref="SverkaInputException">The stream is not a lexicon file of this version, or a line is malformed.</exception>
    public static Lexicon Read(Stream stream, string name = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16);
            return Read(reader, name);
        }
        catch (InvalidDataException e)
        {
            throw new SverkaInputException($"{name}: not a gzip-compressed lexicon file ({e.Message})", e);
        }
    }

    /// <summary>Reads a lexicon file from disk.</summary>
    /// <exception cref="SverkaInputException">The file is missing, or is not a lexicon file of this version.</exception>
    public static Lexicon Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SverkaInputException($"{path}: no such lexicon file", e);
        }
        using (file)
            return Read(file, Path.GetFileName(path));
    }

    private static Lexicon Read(StreamReader reader, string name)
    {
        var first = reader.ReadLine();
        if (first is null || !first.StartsWith(FormatPrefix, StringComparison.Ordinal))
            throw new SverkaInputException($"{name}: line 1 is not '{Signature}'; this is not a Sverka lexicon file");
        if (first != Signature)
            throw new SverkaInputException(
                $"{name}: line 1 declares format version '{first[FormatPrefix.Length..]}'; this Sverka reads version 1 only");

        string? sourceLanguage = null;
        string? targetLanguage = null;
        var stemmerSeen = false;
        // Target stems repeat across lines (a Russian stem serves many English ones): one string each.
        var targetPool = new Dictionary<string, string>(StringComparer.Ordinal);
        var targetLookup = targetPool.GetAlternateLookup<ReadOnlySpan<char>>();
        var pairs = new List<(string SourceStem, string TargetStem)>(1 << 16);
        string? previousSource = null;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] == '#')
            {
                if (line.StartsWith(LanguagesKey, StringComparison.Ordinal))
                    (sourceLanguage, targetLanguage) = ReadLanguages(line, name, lineNumber);
                else if (line.StartsWith(StemmerKey, StringComparison.Ordinal))
                    stemmerSeen = ReadStemmer(line, name, lineNumber);
                continue;
            }
            if (sourceLanguage is null || !stemmerSeen)
            {
                throw new SverkaInputException(
                    $"{name}: line {lineNumber} starts the stems before the header has given '{(sourceLanguage is null ? LanguagesKey : StemmerKey)}'");
            }

            var span = line.AsSpan();
            var tab = span.IndexOf('\t');
            if (tab <= 0)
                throw Malformed(name, lineNumber, tab == 0 ? "has an empty source stem" : "has no tab between the source stem and its translations");
            var sourceSpan = span[..tab];
            if (sourceSpan.IndexOf(' ') >= 0)
                throw Malformed(name, lineNumber, "has a space in its source stem");
            var source = sourceSpan.ToString();
            if (previousSource is not null && string.CompareOrdinal(previousSource, source) >= 0)
                throw Malformed(name, lineNumber, $"has the source stem '{source}' out of order or repeated (after '{previousSource}')");
            previousSource = source;

            var targets = span[(tab + 1)..];
            if (targets.IsEmpty)
                throw Malformed(name, lineNumber, "has no target stems after the tab");
            if (targets.IndexOf('\t') >= 0)
                throw Malformed(name, lineNumber, "has more than one tab");
            while (!targets.IsEmpty)
            {
                var space = targets.IndexOf(' ');
                var target = space < 0 ? targets : targets[..space];
                if (target.IsEmpty)
                    throw Malformed(name, lineNumber, "has an empty target stem (two spaces in a row, or a space at an end)");
                if (!targetLookup.TryGetValue(target, out var pooled))
                {
                    pooled = target.ToString();
                    targetPool.Add(pooled, pooled);
                }
                pairs.Add((source, pooled));
                targets = space < 0 ? [] : targets[(space + 1)..];
                if (space >= 0 && targets.IsEmpty)
                    throw Malformed(name, lineNumber, "has an empty target stem (two spaces in a row, or a space at an end)");
            }
        }
        if (sourceLanguage is null || targetLanguage is null)
            throw new SverkaInputException($"{name}: the header has no '{LanguagesKey}' line");
        return new Lexicon(sourceLanguage, targetLanguage, pairs);
    }

    private static (string Source, string Target) ReadLanguages(string line, string name, int lineNumber)
    {
        var value = line.AsSpan(LanguagesKey.Length).Trim();
        var space = value.IndexOf(' ');
        if (space <= 0 || value[(space + 1)..].Trim().IsEmpty || value[(space + 1)..].Trim().IndexOf(' ') >= 0)
            throw Malformed(name, lineNumber, $"should be '{LanguagesKey} SOURCE TARGET', two language codes");
        return (value[..space].ToString(), value[(space + 1)..].Trim().ToString());
    }

    private static bool ReadStemmer(string line, string name, int lineNumber)
    {
        var value = line.AsSpan(StemmerKey.Length).Trim();
        // The aligner stems text with Snowball; stems made any other way would silently never meet.
        if (!value.SequenceEqual(Stemmer))
            throw Malformed(name, lineNumber, $"names the stemmer '{value}'; Sverka stems with '{Stemmer}'");
        return true;
    }

    private static SverkaInputException Malformed(string name, int lineNumber, string cause) =>
        new($"{name}: line {lineNumber} {cause}");

    private static void CheckToken(string token, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(token, parameter);
        foreach (var c in token)
        {
            if (char.IsWhiteSpace(c))
                throw new ArgumentException($"'{token}' contains whitespace, which the lexicon file uses as a separator.", parameter);
        }
    }
}
