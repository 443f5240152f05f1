using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml;
using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;

namespace Sverka.Formats.Writing;

/// <summary>
/// A translation memory in TMX 1.4b: one <c>&lt;tu&gt;</c> per bead that has sentences on both sides, holding the
/// bead's confidence as <c>&lt;prop type="x-sverka-confidence"&gt;</c> and a <c>&lt;tuv&gt;</c> per language.
/// Beads with an empty side are not translation units; a header <c>&lt;note&gt;</c> counts them. The
/// <c>tuid</c> is the 0-based bead index, as in the other formats. Characters XML 1.0 forbids are dropped.
/// </summary>
public sealed class TmxAlignmentWriter : IAlignmentWriter
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    private readonly DateTimeOffset? _creationDate;

    /// <summary>Creates a writer that stamps the header with the time it writes, or with a fixed time.</summary>
    /// <param name="creationDate">The header's <c>creationdate</c>; null for the current time. Tests fix it so
    /// that output is the same on every run.</param>
    public TmxAlignmentWriter(DateTimeOffset? creationDate = null)
    {
        _creationDate = creationDate;
    }

    /// <summary>The version written as <c>creationtoolversion</c>: the informational version without build metadata.</summary>
    internal static string ToolVersion { get; } = ReadToolVersion();

    /// <inheritdoc/>
    public void Write(AlignmentResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sourceLanguage = XmlText.Valid(result.Source.Language);
        var targetLanguage = XmlText.Valid(result.Target.Language);
        using (var xml = XmlWriter.Create(output, s_settings))
        {
            WritePreamble(result, sourceLanguage, targetLanguage, xml);
            var beads = result.Alignment.Beads;
            for (var k = 0; k < beads.Length; k++)
            {
                if (!beads[k].IsUnpaired)
                    WriteBead(result, k, beads[k], sourceLanguage, targetLanguage, xml);
            }
            WritePostamble(xml);
        }
        output.Write('\n');
        output.Flush();
    }

    private void WritePreamble(AlignmentResult result, string sourceLanguage, string targetLanguage, XmlWriter xml)
    {
        var created = (_creationDate ?? DateTimeOffset.UtcNow).UtcDateTime;
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "Sverka");
        xml.WriteAttributeString("creationtoolversion", ToolVersion);
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("o-tmf", "Sverka");
        xml.WriteAttributeString("adminlang", "en");
        xml.WriteAttributeString("srclang", sourceLanguage);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteAttributeString("creationdate", created.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        if (UnpairedNote(result, sourceLanguage, targetLanguage) is { } note)
            xml.WriteElementString("note", note);
        xml.WriteEndElement();
        xml.WriteStartElement("body");
    }

    private static void WriteBead(AlignmentResult result, int index, Bead bead, string sourceLanguage, string targetLanguage, XmlWriter xml)
    {
        xml.WriteStartElement("tu");
        xml.WriteAttributeString("tuid", index.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("prop");
        xml.WriteAttributeString("type", "x-sverka-confidence");
        xml.WriteString(OutputText.FormatConfidence(bead.Confidence));
        xml.WriteEndElement();
        WriteVariant(xml, sourceLanguage, result.SourceText(bead));
        WriteVariant(xml, targetLanguage, result.TargetText(bead));
        xml.WriteEndElement();
    }

    private static void WritePostamble(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteVariant(XmlWriter xml, string language, string text)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteElementString("seg", XmlText.Valid(text));
        xml.WriteEndElement();
    }

    private static string? UnpairedNote(AlignmentResult result, string sourceLanguage, string targetLanguage)
    {
        int beads = 0, sourceSentences = 0, targetSentences = 0;
        foreach (var bead in result.Alignment.Beads)
        {
            if (!bead.IsUnpaired)
                continue;
            beads++;
            sourceSentences += bead.SourceCount;
            targetSentences += bead.TargetCount;
        }
        if (beads == 0)
            return null;
        var note = new StringBuilder();
        note.Append(CultureInfo.InvariantCulture, $"{beads} unpaired {Plural(beads, "bead")} left out: ");
        if (sourceSentences > 0)
            note.Append(CultureInfo.InvariantCulture, $"{sourceSentences} {sourceLanguage} {Plural(sourceSentences, "sentence")}");
        if (sourceSentences > 0 && targetSentences > 0)
            note.Append(" and ");
        if (targetSentences > 0)
            note.Append(CultureInfo.InvariantCulture, $"{targetSentences} {targetLanguage} {Plural(targetSentences, "sentence")}");
        note.Append(" with no counterpart.");
        return note.ToString();
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    private static string ReadToolVersion()
    {
        var version = typeof(TmxAlignmentWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(TmxAlignmentWriter).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
