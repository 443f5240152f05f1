using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class AlignmentWritersTests
{
    [Theory]
    [InlineData("text", typeof(TextAlignmentWriter))]
    [InlineData("tsv", typeof(TsvAlignmentWriter))]
    [InlineData("jsonl", typeof(JsonlAlignmentWriter))]
    [InlineData("tmx", typeof(TmxAlignmentWriter))]
    [InlineData("ladder", typeof(LadderAlignmentWriter))]
    [InlineData("html", typeof(HtmlReportWriter))]
    [InlineData(" TMX ", typeof(TmxAlignmentWriter))]
    public void Each_format_name_gives_its_writer(string format, Type writer)
    {
        Assert.IsType(writer, AlignmentWriters.For(format));
    }

    [Fact]
    public void Every_listed_format_has_a_writer()
    {
        Assert.All(AlignmentWriters.Formats, format => Assert.NotNull(AlignmentWriters.For(format)));
    }

    [Fact]
    public void An_unknown_format_is_refused_with_the_valid_ones()
    {
        var e = Assert.Throws<SverkaInputException>(() => AlignmentWriters.For("xlsx"));
        Assert.Equal("unknown output format 'xlsx' (valid: text, tsv, jsonl, tmx, ladder, html)", e.Message);
    }

    private static readonly (int Source, int Target)[] s_shapes = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1)];

    /// <summary>
    /// Random tilings over sentences of any characters at all: controls, lone surrogates, line breaks. Twelve beads
    /// of at most four sentences need 48 texts.
    /// </summary>
    private static readonly Gen<AlignmentResult> s_bitexts =
        Gen.Select(Gen.Int[0, s_shapes.Length - 1].Array[0, 12], Gen.Char.Array[1, 12].Array[48], Gen.Float[0, 1])
            .Select((shapes, texts, confidence) =>
            {
                var beads = new Bead[shapes.Length];
                int source = 0, target = 0;
                for (var k = 0; k < shapes.Length; k++)
                {
                    var (s, t) = s_shapes[shapes[k]];
                    beads[k] = new Bead(source, s, target, t, confidence);
                    source += s;
                    target += t;
                }
                var sentences = texts.Select(chars => new string(chars)).ToArray();
                var sourceDocument = Samples.Build("en", sentences[..source], []);
                var targetDocument = Samples.Build("ru", sentences[source..(source + target)], []);
                return new AlignmentResult(sourceDocument, targetDocument, new SentenceAlignment(beads, source, target), null);
            });

    [Fact]
    public void Every_writer_keeps_its_format_well_formed_whatever_the_text()
    {
        s_bitexts.Sample(result =>
        {
            var beads = result.Alignment.Beads.ToArray();

            var ladder = LadderAlignmentWriterTests.Parse(Samples.Render(new LadderAlignmentWriter(), result));
            Assert.Equal(beads.Select(b => (b.Source, b.SourceCount, b.Target, b.TargetCount)), ladder);

            var tsv = Samples.Render(new TsvAlignmentWriter(), result).Split('\n');
            Assert.Equal(beads.Length + 1, tsv.Length);
            Assert.All(tsv[..^1], line => Assert.Equal(3, line.Split('\t').Length));

            var jsonl = Samples.Render(new JsonlAlignmentWriter(), result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(beads.Length, jsonl.Length);
            for (var k = 0; k < beads.Length; k++)
            {
                using var line = JsonDocument.Parse(jsonl[k]);
                Assert.Equal(beads[k].SourceCount, line.RootElement.GetProperty("source").GetArrayLength());
            }

            var tmx = XDocument.Parse(Samples.Render(new TmxAlignmentWriter(), result));
            Assert.Equal(beads.Count(b => !b.IsUnpaired), tmx.Descendants("tu").Count());

            var html = HtmlReportWriterTests.Parse(Samples.Render(new HtmlReportWriter(), result));
            Assert.Equal(
                Enumerable.Range(0, beads.Length).Select(k => $"b{k}"),
                html.Descendants("div").Where(d => d.Attribute("class")?.Value.StartsWith("row bead", StringComparison.Ordinal) == true).Select(d => d.Attribute("id")!.Value));

            var text = Samples.Render(new TextAlignmentWriter(), result).Split('\n');
            var expectedLines = 1 + beads.Sum(b => 2 + Math.Max(1, b.SourceCount) + Math.Max(1, b.TargetCount)) + 1;
            Assert.Equal(expectedLines, text.Length);
        });
    }

    [Fact]
    public void Output_is_the_same_on_every_run()
    {
        var fixedTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        IAlignmentWriter[] writers =
            [new TextAlignmentWriter(), new TsvAlignmentWriter(), new JsonlAlignmentWriter(), new TmxAlignmentWriter(fixedTime), new LadderAlignmentWriter(), new HtmlReportWriter()];
        foreach (var writer in writers)
            Assert.Equal(Samples.Render(writer, Samples.Story()), Samples.Render(writer, Samples.Story()));
    }
}
