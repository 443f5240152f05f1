using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>The output formats by name, for the command line's <c>--format</c>.</summary>
public static class AlignmentWriters
{
    /// <summary>The format names <see cref="For"/> knows, in the order help should list them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "tsv", "jsonl", "tmx", "ladder", "html"];

    /// <summary>The writer for a format name, in any case.</summary>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <returns>A new writer; a TMX writer stamps the time it writes at.</returns>
    /// <exception cref="SverkaInputException">The name is not one of <see cref="Formats"/>.</exception>
    public static IAlignmentWriter For(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Trim().ToLowerInvariant() switch
        {
            "text" => new TextAlignmentWriter(),
            "tsv" => new TsvAlignmentWriter(),
            "jsonl" => new JsonlAlignmentWriter(),
            "tmx" => new TmxAlignmentWriter(),
            "ladder" => new LadderAlignmentWriter(),
            "html" => new HtmlReportWriter(),
            _ => throw new SverkaInputException($"unknown output format '{format}' (valid: {string.Join(", ", Formats)})"),
        };
    }
}
