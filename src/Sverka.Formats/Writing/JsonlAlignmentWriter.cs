using System.Text.Encodings.Web;
using System.Text.Json;
using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>
/// JSON Lines, one object per bead:
/// <c>{"source":[3,4],"target":[3],"sourceText":"…","targetText":"…","confidence":0.912,"shape":"2-1",
/// "sourceSpans":[[120,31],[152,40]],"targetSpans":[[98,64]]}</c>. <c>source</c> and <c>target</c> are 0-based
/// sentence indices; a span is the <c>[start, length]</c> of one sentence in its document's text, in UTF-16
/// characters after line breaks were normalised to LF. Text is written unescaped beyond what JSON requires, so
/// Cyrillic stays readable.
/// </summary>
/// <remarks>
/// When one file holding both versions was split, the first line is <c>{"split":{"offset":…,"line":…,
/// "paragraphIndex":…,"firstLanguage":"en","secondLanguage":"ru"}}</c>. Consumers should skip every line that has
/// no <c>source</c> field: later versions may add other such lines.
/// </remarks>
public sealed class JsonlAlignmentWriter : IAlignmentWriter
{
    // Relaxed escaping is unsafe only inside HTML; a JSON Lines file is read by JSON parsers.
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var line = new JsonLine(output, s_options);
        if (result.Split is { } split)
            WritePreamble(split, line);
        foreach (var bead in result.Alignment.Beads)
            WriteBead(result, bead, line);
        output.Flush();
    }

    private static void WritePreamble(BilingualSplit split, JsonLine line)
    {
        var json = line.Start();
        json.WriteStartObject();
        json.WriteStartObject("split");
        json.WriteNumber("offset", split.Offset);
        json.WriteNumber("line", split.Line);
        json.WriteNumber("paragraphIndex", split.ParagraphIndex);
        json.WriteString("firstLanguage", split.FirstLanguage);
        json.WriteString("secondLanguage", split.SecondLanguage);
        json.WriteEndObject();
        json.WriteEndObject();
        line.End();
    }

    private static void WriteBead(AlignmentResult result, Bead bead, JsonLine line)
    {
        var json = line.Start();
        json.WriteStartObject();
        WriteIndices(json, "source", bead.Source, bead.SourceCount);
        WriteIndices(json, "target", bead.Target, bead.TargetCount);
        json.WriteString("sourceText", result.SourceText(bead));
        json.WriteString("targetText", result.TargetText(bead));
        // The float's own digits (0.949999988) are noise; three decimals, rounded as the other formats round.
        json.WriteNumber("confidence", OutputText.RoundConfidence(bead.Confidence));
        json.WriteString("shape", bead.ShapeName);
        WriteSpans(json, "sourceSpans", result.Source, bead.Source, bead.SourceCount);
        WriteSpans(json, "targetSpans", result.Target, bead.Target, bead.TargetCount);
        json.WriteEndObject();
        line.End();
    }

    /// <summary>A bead side as the array of its 0-based sentence indices; the finding lines share it.</summary>
    internal static void WriteIndices(Utf8JsonWriter json, string name, int first, int count)
    {
        json.WriteStartArray(name);
        for (var i = first; i < first + count; i++)
            json.WriteNumberValue(i);
        json.WriteEndArray();
    }

    private static void WriteSpans(Utf8JsonWriter json, string name, Document document, int first, int count)
    {
        json.WriteStartArray(name);
        var sentences = document.Sentences;
        for (var i = first; i < first + count; i++)
        {
            json.WriteStartArray();
            json.WriteNumberValue(sentences[i].Span.Start);
            json.WriteNumberValue(sentences[i].Span.Length);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
