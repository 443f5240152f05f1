using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Languages;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class HtmlReportWriterTests
{
    /// <summary>The report, which is well-formed XML by design, parsed so that tests can look at elements.</summary>
    internal static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }

    internal static string Render(AlignmentResult result, IReadOnlyList<Finding>? findings)
    {
        using var output = new Samples.Utf8StringWriter();
        HtmlReportWriter.Write(result, findings, output);
        return output.ToString();
    }

    private static bool HasClass(XElement element, string name) =>
        (element.Attribute("class")?.Value ?? "").Split(' ').Contains(name);

    private static IEnumerable<XElement> WithClass(XDocument page, string name) =>
        page.Descendants().Where(e => HasClass(e, name));

    private static XElement Sentence(XDocument page, int bead, int side, int sentence) =>
        page.Descendants().Single(e => e.Attribute("id")?.Value == $"b{bead}")
            .Elements("div").Where(e => HasClass(e, "side")).ElementAt(side)
            .Descendants("span").Single(e => e.Attribute("data-n")?.Value == sentence.ToString());

    /// <summary>A finding on characters found by their text in one side's document.</summary>
    private static Finding On(Document document, string text, FindingKind kind, int bead, bool source, string message, int from = 0)
    {
        var start = document.Text.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' not in the document");
        TextSpan[] spans = [new(start, text.Length)];
        return new Finding(kind, FindingSeverity.Warning, bead, source ? spans : [], source ? [] : spans, message);
    }

    [Fact]
    public void The_report_of_the_sample_matches_the_golden_file_byte_for_byte()
    {
        var story = Samples.Story(new BilingualSplit(1234, 57, 12, "en", "ru"));
        Finding[] findings =
        [
            On(story.Source, "hot", FindingKind.Number, 0, source: true, "\"hot\" has no number") with { Severity = FindingSeverity.Info },
            On(story.Target, "Солнце взошло", FindingKind.Number, 0, source: false, "a"),
            On(story.Target, "взошло, было", FindingKind.Name, 0, source: false, "b"),
            On(story.Target, "Лишняя фраза.", FindingKind.Addition, 2, source: false, "no source <at all>") with { Severity = FindingSeverity.Error },
        ];
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "sample.html");
        AtomicFileWriter.Write(path, output => HtmlReportWriter.Write(story, findings, output));
        // The golden file holds a placeholder for the version, so that a release does not have to touch it.
        var version = $"content=\"Sverka {TmxAlignmentWriter.ToolVersion}\"";
        const string placeholder = "content=\"Sverka VERSION\"";
        if (Environment.GetEnvironmentVariable("SVERKA_UPDATE_GOLDEN") == "1")
            File.WriteAllText(GoldenSource("sample.html"), File.ReadAllText(path).Replace(version, placeholder, StringComparison.Ordinal));
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "sample.html"))
            .Replace(placeholder, version, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(golden), File.ReadAllBytes(path));
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("sverka-html-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>The golden file in the source tree, which SVERKA_UPDATE_GOLDEN=1 rewrites for review in the diff.</summary>
    private static string GoldenSource(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "..", "Golden", name);

    [Fact]
    public void Text_is_escaped_and_controls_become_spaces()
    {
        var html = Render(Samples.Story(), null);

        Assert.Contains("The old man said: &quot;Go &amp; see &lt;now&gt;.&quot;", html);
        Assert.DoesNotContain("<now>", html);
        Assert.Contains("«Иди и  смотри»", html);
        Assert.DoesNotContain("\u0007", html);
    }

    [Fact]
    public void Messages_languages_and_titles_are_escaped_too()
    {
        var story = Samples.Story();
        var source = new Document(story.Source.Text, "x\"><script>alert(1)</script>", story.Source.Sentences.ToArray());
        var result = new AlignmentResult(source, story.Target, story.Alignment, null);
        var finding = On(story.Source, "hot", FindingKind.Number, 0, source: true, "<b>'7' & \"seven\"</b>");

        var html = Render(result, [finding]);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;b&gt;&#39;7&#39; &amp; &quot;seven&quot;&lt;/b&gt;", html);
        Parse(html); // still well-formed, attributes included
    }

    [Fact]
    public void Every_bead_is_present_exactly_once_in_order()
    {
        var page = Parse(Render(Samples.Story(), null));

        var rows = WithClass(page, "bead").ToList();
        Assert.Equal(["b0", "b1", "b2", "b3"], rows.Select(r => r.Attribute("id")!.Value));
        Assert.Equal(["2-1", "1-1", "0-1", "1-1"], rows.Select(r => WithClass(new XDocument(r), "shape").Single().Value));
        Assert.Equal(["0.950", "0.813", "0.300", "0.900"], rows.Select(r => WithClass(new XDocument(r), "conf").Single().Value));
        // Every sentence of each side once, in order: source 0-3, target 0-3.
        var numbers = rows.SelectMany(r => r.Descendants("span").Where(s => HasClass(s, "s")).Select(s => s.Attribute("data-n")!.Value));
        Assert.Equal(["0", "1", "0", "2", "1", "2", "3", "3"], numbers);
    }

    [Fact]
    public void An_unpaired_bead_is_marked_and_its_empty_side_says_so()
    {
        var page = Parse(Render(Samples.Story(), null));

        var unpaired = WithClass(page, "unpaired").Single();
        Assert.Equal("b2", unpaired.Attribute("id")!.Value);
        Assert.Single(WithClass(new XDocument(unpaired), "none"));
    }

    [Fact]
    public void Paragraph_breaks_inside_a_bead_are_kept_and_a_new_paragraph_widens_the_gap()
    {
        // Source: "The sun rose." and "It was hot." are in one paragraph; "The old man said" starts another.
        var page = Parse(Render(Samples.Story(), null));

        Assert.False(HasClass(WithClass(page, "bead").First(), "para"));
        Assert.True(HasClass(page.Descendants().Single(e => e.Attribute("id")?.Value == "b1"), "para"));

        var story = Samples.Story();
        var twoParagraphs = Samples.Build("en", ["First.", "Second."], ["", "\n\n"]);
        var beads = new Sverka.Core.Alignment.SentenceAlignment([new(0, 2, 0, 1, 0.9f)], 2, 1);
        var html = Render(new AlignmentResult(twoParagraphs, Samples.Build("ru", ["Одно."], []), beads, null), null);
        Assert.Contains("First.</span></p><p><span", html);

        // A paragraph that starts on one side only is marked on that side.
        var source = Samples.Build("en", ["One.", "Two."], ["", " "]);
        var target = Samples.Build("ru", ["Один.", "Два."], ["", "\n\n"]);
        var uneven = Parse(Render(new AlignmentResult(source, target, new([new(0, 1, 0, 1, 0.9f), new(1, 1, 1, 1, 0.9f)], 2, 2), null), null));
        var second = uneven.Descendants().Single(e => e.Attribute("id")?.Value == "b1");
        Assert.True(HasClass(second, "para"));
        Assert.Equal([false, true], second.Elements("div").Where(e => HasClass(e, "side")).Select(e => HasClass(e, "ps")));
    }

    [Fact]
    public void A_cyrillic_span_is_highlighted_at_exactly_its_characters()
    {
        var story = Samples.Story();
        var finding = On(story.Target, "Иди", FindingKind.Untranslated, 1, source: false, "left in English");

        var page = Parse(Render(story, [finding]));

        var sentence = Sentence(page, bead: 1, side: 1, sentence: 1);
        var mark = Assert.Single(sentence.Elements("mark"));
        Assert.Equal("Иди", mark.Value);
        Assert.Equal("k-untranslated", mark.Attribute("class")!.Value);
        Assert.Equal("untranslated: left in English", mark.Attribute("title")!.Value);
        Assert.Equal("Старик сказал:\u00A0«", ((XText)mark.PreviousNode!).Value);
        Assert.Equal(" и  смотри».", ((XText)mark.NextNode!).Value);
    }

    [Fact]
    public void A_span_in_the_second_sentence_of_a_two_to_one_bead_is_highlighted_there()
    {
        var story = Samples.Story();
        var finding = On(story.Source, "hot", FindingKind.Number, 0, source: true, "no number");

        var page = Parse(Render(story, [finding]));

        Assert.Empty(Sentence(page, 0, 0, 0).Elements("mark"));
        var second = Sentence(page, 0, 0, 1);
        Assert.Equal("It was <mark>hot</mark>.", string.Concat(second.Nodes().Select(n => n is XElement e ? $"<mark>{e.Value}</mark>" : n.ToString())));
        Assert.Empty(Sentence(page, 0, 1, 0).Elements("mark"));
    }

    [Fact]
    public void Overlapping_spans_are_cut_so_that_marks_never_nest()
    {
        var story = Samples.Story();
        var number = On(story.Target, "Солнце взошло", FindingKind.Number, 0, source: false, "a");
        var name = On(story.Target, "взошло, было", FindingKind.Name, 0, source: false, "b");

        var page = Parse(Render(story, [number, name]));

        var marks = Sentence(page, 0, 1, 0).Elements("mark").ToList();
        Assert.Equal("number: a\nname: b", marks[1].Attribute("title")!.Value.ReplaceLineEndings("\n"));
        Assert.Equal(["Солнце ", "взошло", ", было"], marks.Select(m => m.Value));
        Assert.Equal(["k-number", "k-number k-name", "k-name"], marks.Select(m => m.Attribute("class")!.Value));
        Assert.Empty(marks.SelectMany(m => m.Elements()));
    }

    [Fact]
    public void A_span_reaching_past_the_bead_is_cut_to_the_bead()
    {
        var story = Samples.Story();
        // From "hot." in bead 0 across the paragraph break into "The old man" of bead 1.
        var start = story.Source.Text.IndexOf("hot.", StringComparison.Ordinal);
        var end = story.Source.Text.IndexOf(" man", StringComparison.Ordinal);
        var finding = new Finding(FindingKind.Omission, FindingSeverity.Error, 0, [TextSpan.FromBounds(start, end)], [], "lost");

        var page = Parse(Render(story, [finding]));

        Assert.Equal(["hot."], page.Descendants("mark").Select(m => m.Value));
    }

    [Fact]
    public void Each_finding_is_listed_with_its_bead_and_counted_in_the_summary()
    {
        var story = Samples.Story();
        Finding[] findings =
        [
            On(story.Source, "hot", FindingKind.Number, 0, source: true, "a"),
            On(story.Target, "Лишняя", FindingKind.Addition, 2, source: false, "b") with { Severity = FindingSeverity.Error },
            On(story.Target, "Никто", FindingKind.Number, 3, source: false, "c") with { Severity = FindingSeverity.Info },
        ];

        var page = Parse(Render(story, findings));

        var notes = WithClass(page, "bead").Select(r => WithClass(new XDocument(r), "notes").SelectMany(n => n.Elements("li")).Select(li => li.Value).ToArray()).ToList();
        Assert.Equal([["number warning a"], [], ["addition error b"], ["number info c"]], notes);
        Assert.True(HasClass(page.Descendants().Single(e => e.Attribute("id")?.Value == "b2"), "has-addition"));
        Assert.Equal("3 findings in 3 beads 1 error 1 warning 1 info", page.Descendants("h2").Single().Value);
        var chips = page.Descendants("label").Select(l => l.Value.Trim()).ToList();
        Assert.Equal(["addition 1", "number 2"], chips);
    }

    [Fact]
    public void Without_findings_there_is_a_summary_but_no_filter_and_no_script()
    {
        var html = Render(Samples.Story(new BilingualSplit(1234, 57, 12, "en", "ru")), null);
        var page = Parse(html);

        var facts = page.Descendants("dt").Zip(page.Descendants("dd"), (t, d) => $"{t.Value}: {d.Value}").ToList();
        Assert.Equal(
            ["Source: en · 4 sentences", "Target: ru · 4 sentences", "Beads: 4 · 1 unpaired", "Mean confidence: 0.822",
             "One file: split at line 57: en before, ru after"],
            facts);
        Assert.Empty(page.Descendants("fieldset"));
        Assert.Empty(page.Descendants("script"));
        Assert.Equal(html, Samples.Render(new HtmlReportWriter(), Samples.Story(new BilingualSplit(1234, 57, 12, "en", "ru"))));
    }

    [Fact]
    public void Texts_the_aligner_finds_unrelated_are_said_to_be_so_in_the_summary()
    {
        var story = Samples.Story();
        var unrelated = new AlignmentResult(story.Source, story.Target,
            new SentenceAlignment(story.Alignment.Beads.ToArray(), 4, 4) { LooksUnrelated = true }, null);

        var facts = Parse(Render(unrelated, null)).Descendants("dt").Select(t => t.Value).ToList();

        Assert.Equal("Warning", facts[^1]);
        Assert.DoesNotContain("Warning", Parse(Render(story, null)).Descendants("dt").Select(t => t.Value));
    }

    [Fact]
    public void An_empty_list_of_findings_says_that_nothing_was_found()
    {
        var page = Parse(Render(Samples.Story(), []));

        Assert.Equal("No findings", page.Descendants("h2").Single().Value);
        Assert.Empty(page.Descendants("fieldset"));
    }

    [Fact]
    public void A_finding_on_a_bead_that_does_not_exist_is_refused()
    {
        var finding = new Finding(FindingKind.Name, FindingSeverity.Info, 4, [], [], "x");

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Render(Samples.Story(), [finding]));
        Assert.Contains("finding 0 (name) names bead 4, but the alignment has 4 beads", e.Message);
    }

    [Fact]
    public void The_page_loads_nothing_and_allows_only_its_own_style_and_script()
    {
        var story = Samples.Story();
        var html = Render(story, [On(story.Source, "hot", FindingKind.Number, 0, source: true, "a")]);
        var page = Parse(html);

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null);
        Assert.Empty(page.Descendants("link"));
        Assert.All(page.Descendants("a"), a => Assert.StartsWith("#", a.Attribute("href")!.Value));

        // The policy's hashes are those of the inline style and script, or the browser would refuse them.
        var policy = page.Descendants("meta").Single(m => m.Attribute("http-equiv")?.Value == "Content-Security-Policy").Attribute("content")!.Value;
        Assert.StartsWith("default-src 'none';", policy);
        static string Hash(string text) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";
        Assert.Contains("style-src " + Hash(page.Descendants("style").Single().Value) + ";", policy);
        Assert.Contains("script-src " + Hash(page.Descendants("script").Single().Value) + ";", policy);
    }

    [Fact]
    public void HtmlText_keeps_one_character_for_one_and_lets_surrogate_pairs_through()
    {
        Assert.Equal("a&lt;b&amp;c&gt;d&quot;e&#39;f", HtmlText.Escape("a<b&c>d\"e'f"));
        Assert.Equal("x y\u00A0z\tw\n", HtmlText.Escape("x\u0001y\u00A0z\tw\n"));
        Assert.Equal("😀 \uFFFD \uFFFD \uFFFD", HtmlText.Escape("😀 \uD800 \uDC00 \uFFFE"));
    }
}
