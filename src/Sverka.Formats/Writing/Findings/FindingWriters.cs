using Sverka.Core.Text;

namespace Sverka.Formats.Writing.Findings;

/// <summary>The finding output formats by name, for <c>sverka check --format</c>.</summary>
public static class FindingWriters
{
    /// <summary>The format names <see cref="For"/> knows, in the order help should list them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "jsonl", "html"];

    /// <summary>The writer for a format name, in any case.</summary>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <exception cref="SverkaInputException">The name is not one of <see cref="Formats"/>.</exception>
    public static IFindingWriter For(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Trim().ToLowerInvariant() switch
        {
            "text" => new TextFindingWriter(),
            "jsonl" => new JsonlFindingWriter(),
            "html" => new HtmlFindingWriter(),
            _ => throw new SverkaInputException($"unknown check output format '{format}' (valid: {string.Join(", ", Formats)})"),
        };
    }
}
