namespace Sverka.Core.Tests.Segmentation;

/// <summary>One example of a spec file: a paragraph and the sentences it must split into.</summary>
internal sealed record SegmentationExample(string Where, string Language, string Paragraph, string[] Sentences);

/// <summary>
/// Reads the spec files <c>Specs/segmentation.xx.md</c>: Markdown prose with blocks fenced as <c>```example</c>, each
/// holding the input paragraph, a line <c>---</c>, and one expected sentence per line. The format is described in
/// the files themselves, for the linguists who edit them.
/// </summary>
internal static class SegmentationSpec
{
    private const string FilePrefix = "segmentation.";
    private const string FileSuffix = ".md";
    private const string ExampleFence = "```example";
    private const string Fence = "```";
    private const string Separator = "---";

    // Written out so that a reviewer can see it; the spec files say so.
    private const string NoBreakSpaceMark = "{nbsp}";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SegmentationExample> ReadAll() =>
        System.IO.Directory.EnumerateFiles(Directory, FilePrefix + "*" + FileSuffix)
            .Order(StringComparer.Ordinal)
            .SelectMany(Read);

    public static List<SegmentationExample> Read(string path)
    {
        var file = Path.GetFileName(path);
        var language = file[FilePrefix.Length..^FileSuffix.Length];
        var lines = File.ReadAllLines(path);
        var examples = new List<SegmentationExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != ExampleFence)
                continue;
            var opened = i + 1;
            var paragraph = new List<string>();
            var sentences = new List<string>();
            var seenSeparator = false;
            for (i++; ; i++)
            {
                if (i == lines.Length)
                    throw new InvalidDataException($"{file}: line {opened}: the example is not closed with {Fence}.");
                var line = lines[i];
                if (line.TrimEnd() == Fence)
                    break;
                if (line.TrimEnd() == Separator && !seenSeparator)
                {
                    seenSeparator = true;
                    continue;
                }
                if (seenSeparator && line.Trim().Length == 0)
                    throw new InvalidDataException($"{file}: line {i + 1}: an expected sentence is empty.");
                (seenSeparator ? sentences : paragraph).Add(Unescape(line));
            }
            if (!seenSeparator)
                throw new InvalidDataException($"{file}: line {opened}: the example has no {Separator} line before its sentences.");
            examples.Add(new SegmentationExample($"{file}:{opened}", language, string.Join('\n', paragraph), [.. sentences]));
        }
        return examples;
    }

    /// <summary>How a sentence is written in a spec file: line breaks as spaces, no-break spaces marked.</summary>
    public static string Show(string sentence) =>
        sentence.Replace('\n', ' ').Replace("\u00A0", NoBreakSpaceMark, StringComparison.Ordinal);

    private static string Unescape(string line) => line.Replace(NoBreakSpaceMark, "\u00A0", StringComparison.Ordinal);
}
