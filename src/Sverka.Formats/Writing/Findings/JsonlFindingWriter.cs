using System.Text.Encodings.Web;
using System.Text.Json;
using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing.Findings;

/// <summary>
/// JSON Lines, one object per finding:
/// <c>{"kind":"number","severity":"error","bead":12,"source":[12],"target":[12],"message":"…",
/// "sourceSpans":[[1200,14]],"targetSpans":[[1304,9]],"sourceText":"…","targetText":"…","confidence":0.93}</c>.
/// <c>source</c> and <c>target</c> are the 0-based sentence indices of the finding's bead; spans are the
/// <c>[start, length]</c> of what the finding is about (a number, a name, a sentence) in each document's text, in
/// UTF-16 characters after line breaks were normalised to LF, as the alignment JSONL writes them. The texts are
/// the bead's sentences joined with a space.
/// </summary>
public sealed class JsonlFindingWriter : IFindingWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <inheritdoc/>
    public void Write(AlignmentResult result, IReadOnlyList<Finding> findings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        using var line = new JsonLine(output, s_options);
        foreach (var finding in findings)
            WriteFinding(result, finding, line);
        output.Flush();
    }

    private static void WriteFinding(AlignmentResult result, Finding finding, JsonLine line)
    {
        var bead = result.Alignment[finding.BeadIndex];
        var json = line.Start();
        json.WriteStartObject();
        json.WriteString("kind", finding.KindName);
        json.WriteString("severity", SeverityNames.Name(finding.Severity));
        json.WriteNumber("bead", finding.BeadIndex);
        JsonlAlignmentWriter.WriteIndices(json, "source", bead.Source, bead.SourceCount);
        JsonlAlignmentWriter.WriteIndices(json, "target", bead.Target, bead.TargetCount);
        json.WriteString("message", finding.Message);
        WriteSpans(json, "sourceSpans", finding.SourceSpans);
        WriteSpans(json, "targetSpans", finding.TargetSpans);
        json.WriteString("sourceText", result.SourceText(bead));
        json.WriteString("targetText", result.TargetText(bead));
        json.WriteNumber("confidence", OutputText.RoundConfidence(bead.Confidence));
        json.WriteEndObject();
        line.End();
    }

    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartArray();
            json.WriteNumberValue(span.Start);
            json.WriteNumberValue(span.Length);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
