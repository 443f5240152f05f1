using System.Text.Json;
using Sverka.Core.Languages;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class JsonlAlignmentWriterTests
{
    private static JsonElement[] Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();

    [Fact]
    public void Each_bead_is_one_object_with_indices_texts_confidence_shape_and_spans()
    {
        var jsonl = Samples.Render(new JsonlAlignmentWriter(), Samples.Story());
        Assert.EndsWith("\n", jsonl);
        var lines = Lines(jsonl);
        Assert.Equal(4, lines.Length);

        var first = lines[0];
        Assert.Equal([0, 1], first.GetProperty("source").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([0], first.GetProperty("target").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("The sun rose. It was hot.", first.GetProperty("sourceText").GetString());
        Assert.Equal("Солнце взошло, было жарко.", first.GetProperty("targetText").GetString());
        Assert.Equal(0.95, first.GetProperty("confidence").GetDouble());
        Assert.Equal("2-1", first.GetProperty("shape").GetString());
        Assert.Equal("[[0,13],[14,11]]", first.GetProperty("sourceSpans").GetRawText());
        Assert.Equal("[[0,26]]", first.GetProperty("targetSpans").GetRawText());

        Assert.Equal(0.813, lines[1].GetProperty("confidence").GetDouble());
        Assert.Equal("The old man said: \"Go & see <now>.\"", lines[1].GetProperty("sourceText").GetString());

        var unpaired = lines[2];
        Assert.Empty(unpaired.GetProperty("source").EnumerateArray());
        Assert.Equal("", unpaired.GetProperty("sourceText").GetString());
        Assert.Equal("[]", unpaired.GetProperty("sourceSpans").GetRawText());
        Assert.Equal("0-1", unpaired.GetProperty("shape").GetString());
    }

    [Fact]
    public void Spans_point_at_each_sentence_in_its_document()
    {
        var result = Samples.Story();
        foreach (var line in Lines(Samples.Render(new JsonlAlignmentWriter(), result)))
        {
            var sources = line.GetProperty("source").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var spans = line.GetProperty("sourceSpans").EnumerateArray().ToArray();
            Assert.Equal(sources.Length, spans.Length);
            for (var i = 0; i < sources.Length; i++)
            {
                var start = spans[i][0].GetInt32();
                var length = spans[i][1].GetInt32();
                Assert.Equal(result.Source.SentenceText(sources[i]), result.Source.Text.Substring(start, length));
            }
        }
    }

    [Fact]
    public void A_wrapped_lines_break_and_indentation_are_one_space_in_the_text_but_spans_keep_the_document()
    {
        var line = Lines(Samples.Render(new JsonlAlignmentWriter(), Samples.Wrapped()))[0];

        Assert.Equal("Permission is granted to copy this document  as it is.", line.GetProperty("sourceText").GetString());
        Assert.Equal("Разрешается копировать этот документ  как есть.", line.GetProperty("targetText").GetString());
        Assert.Equal("[[0,58]]", line.GetProperty("sourceSpans").GetRawText());
    }

    [Fact]
    public void Cyrillic_stays_readable_and_only_what_json_requires_is_escaped()
    {
        var jsonl = Samples.Render(new JsonlAlignmentWriter(), Samples.Story());
        Assert.Contains("\"targetText\":\"Солнце взошло, было жарко.\"", jsonl);
        Assert.Contains("<now>", jsonl);
        Assert.Contains("\\u0007", jsonl);
    }

    [Fact]
    public void A_split_file_gets_a_first_line_that_consumers_recognise_by_its_missing_source()
    {
        var split = new BilingualSplit(1234, 57, 12, "en", "ru");
        var lines = Lines(Samples.Render(new JsonlAlignmentWriter(), Samples.Story(split)));
        Assert.Equal(5, lines.Length);
        Assert.Equal(
            """{"split":{"offset":1234,"line":57,"paragraphIndex":12,"firstLanguage":"en","secondLanguage":"ru"}}""",
            lines[0].GetRawText());
        Assert.False(lines[0].TryGetProperty("source", out _));
        Assert.All(lines[1..], line => Assert.True(line.TryGetProperty("source", out _)));
    }

    [Fact]
    public void Two_files_get_no_split_line()
    {
        var lines = Lines(Samples.Render(new JsonlAlignmentWriter(), Samples.Story()));
        Assert.All(lines, line => Assert.True(line.TryGetProperty("source", out _)));
    }
}
