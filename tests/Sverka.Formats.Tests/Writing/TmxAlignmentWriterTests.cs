using System.Xml.Linq;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class TmxAlignmentWriterTests : IDisposable
{
    private static readonly DateTimeOffset s_created = new(2025, 3, 14, 15, 9, 26, TimeSpan.FromHours(3));
    private static readonly XNamespace s_xml = XNamespace.Xml;

    private readonly string _folder = Directory.CreateTempSubdirectory("sverka-tmx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_tmx_of_the_sample_matches_the_golden_file_byte_for_byte()
    {
        var path = Path.Combine(_folder, "sample.tmx");
        AtomicFileWriter.Write(path, output => new TmxAlignmentWriter(s_created).Write(Samples.Story(), output));
        // The golden file holds a placeholder for the version, so that a release does not have to touch it.
        var version = $"creationtoolversion=\"{TmxAlignmentWriter.ToolVersion}\"";
        if (Environment.GetEnvironmentVariable("SVERKA_UPDATE_GOLDEN") == "1")
            File.WriteAllText(GoldenSource("sample.tmx"), File.ReadAllText(path).Replace(version, Placeholder, StringComparison.Ordinal));
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "sample.tmx"))
            .Replace(Placeholder, version, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(golden), File.ReadAllBytes(path));
    }

    private const string Placeholder = "creationtoolversion=\"VERSION\"";

    /// <summary>The golden file in the source tree, which SVERKA_UPDATE_GOLDEN=1 rewrites for review in the diff.</summary>
    private static string GoldenSource(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden", name);

    [Fact]
    public void Only_beads_with_both_sides_become_translation_units_and_the_rest_are_counted()
    {
        var tmx = XDocument.Parse(Samples.Render(new TmxAlignmentWriter(s_created), Samples.Story()));
        var header = tmx.Root!.Element("header")!;
        Assert.Equal("en", header.Attribute("srclang")!.Value);
        Assert.Equal("20250314T120926Z", header.Attribute("creationdate")!.Value);
        Assert.Equal("1 unpaired bead left out: 1 ru sentence with no counterpart.", header.Element("note")!.Value);

        var units = tmx.Root.Element("body")!.Elements("tu").ToArray();
        Assert.Equal(["0", "1", "3"], units.Select(tu => tu.Attribute("tuid")!.Value));
        Assert.Equal("0.950", units[0].Element("prop")!.Value);
        Assert.Equal("x-sverka-confidence", units[0].Element("prop")!.Attribute("type")!.Value);
        var variants = units[0].Elements("tuv").ToArray();
        Assert.Equal(["en", "ru"], variants.Select(tuv => tuv.Attribute(s_xml + "lang")!.Value));
        Assert.Equal("The sun rose. It was hot.", variants[0].Element("seg")!.Value);
    }

    [Fact]
    public void Xml_specials_are_escaped_and_control_characters_dropped()
    {
        var text = Samples.Render(new TmxAlignmentWriter(s_created), Samples.Story());
        Assert.Contains("Go &amp; see &lt;now&gt;.", text);
        Assert.DoesNotContain('\u0007', text);
        var tmx = XDocument.Parse(text);
        var segments = tmx.Descendants("seg").Select(seg => seg.Value).ToArray();
        // A line break inside a sentence is a wrapped line's: one space, as a translation memory matches it.
        Assert.Contains("The old man said: \"Go & see <now>.\"", segments);
        Assert.Contains("Старик сказал:\u00A0«Иди и смотри».", segments);
    }

    [Fact]
    public void Without_unpaired_beads_there_is_no_note()
    {
        var story = Samples.Story();
        var paired = new Sverka.Core.Pipeline.AlignmentResult(story.Source, story.Target,
            new Sverka.Core.Alignment.SentenceAlignment([new(0, 4, 0, 4, 0.5f)], 4, 4), null);
        var tmx = XDocument.Parse(Samples.Render(new TmxAlignmentWriter(s_created), paired));
        Assert.Null(tmx.Root!.Element("header")!.Element("note"));
        Assert.Single(tmx.Descendants("tu"));
    }

    [Fact]
    public void The_tool_version_has_no_build_metadata()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", TmxAlignmentWriter.ToolVersion);
    }
}
