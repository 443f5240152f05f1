using System.Text;
using System.Xml.Linq;

namespace Sverka.Cli.Tests;

public sealed class AlignCommandTests
{
    static AlignCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static void AssertTiles(IReadOnlyList<(int[] Source, int[] Target)> beads, int sourceCount, int targetCount)
    {
        Assert.Equal(Enumerable.Range(0, sourceCount), beads.SelectMany(b => b.Source));
        Assert.Equal(Enumerable.Range(0, targetCount), beads.SelectMany(b => b.Target));
        Assert.All(beads, b => Assert.True(b.Source.Length + b.Target.Length > 0));
    }

    [Fact]
    public void The_readme_first_command_aligns_the_mixed_sample_and_reports_the_split()
    {
        var run = SverkaRun.InProcess("align", Samples.Path("news.mixed.txt"), "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("split at line 40", run.Error);
        Assert.Contains("first version en, second ru", run.Error);
        Assert.Contains("Police arrest man, 32", run.Output);
        Assert.Contains("Полиция арестовала 32-летнего мужчину", run.Output);
    }

    [Fact]
    public void The_mixed_sample_gives_the_same_pairs_as_its_two_halves()
    {
        var mixed = SverkaRun.InProcess("align", Samples.Path("news.mixed.txt"), "--format", "tsv");
        var halves = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), Samples.Path("news.ru.txt"), "--format", "tsv");

        static string[] Pairs(SverkaRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t')).Where(f => f[0].Length > 0 && f[1].Length > 0)
            .Select(f => f[0] + "\t" + f[1]).ToArray();

        Assert.Equal(0, mixed.ExitCode);
        Assert.Equal(0, halves.ExitCode);
        Assert.NotEmpty(Pairs(halves));
        Assert.Equal(Pairs(halves), Pairs(mixed));
        // The furniture line between the versions is kept, on its own, never paired.
        Assert.Contains(mixed.Output.Split('\n'), line => line.StartsWith("Russian version below\t\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Presegmented_ladder_covers_every_line_once_in_order()
    {
        var run = SverkaRun.InProcess("align", "--presegmented", "-f", "ladder",
            Samples.Path("news.en.lines"), Samples.Path("news.ru.lines"));

        Assert.Equal(0, run.ExitCode);
        var source = File.ReadAllLines(Samples.Path("news.en.lines")).Count(l => l.Trim().Length > 0);
        var target = File.ReadAllLines(Samples.Path("news.ru.lines")).Count(l => l.Trim().Length > 0);
        AssertTiles(run.Ladder(), source, target);
        Assert.Equal(
            Enumerable.Range(0, source).Select(i => $"[{i}]:[{i}]"),
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_full_matrix_finds_the_same_ladder_as_the_band_on_a_document_long_enough_for_a_band()
    {
        // 30 copies of the sample, numbered so that copies differ, with every seventh Russian line left out:
        // 540 lines a side is past the size searched whole.
        using var scratch = new ScratchFolder();
        var english = File.ReadAllLines(Samples.Path("news.en.lines")).Where(l => l.Trim().Length > 0).ToArray();
        var russian = File.ReadAllLines(Samples.Path("news.ru.lines")).Where(l => l.Trim().Length > 0).ToArray();
        var source = scratch.File("long.en");
        var target = scratch.File("long.ru");
        File.WriteAllLines(source, Enumerable.Range(0, 30).SelectMany(copy => english.Select((line, i) => $"{copy * 100 + i}. {line}")));
        File.WriteAllLines(target, Enumerable.Range(0, 30).SelectMany(copy => russian.Select((line, i) => (copy * 100 + i, line)))
            .Where(p => p.Item1 % 7 != 3).Select(p => $"{p.Item1}. {p.line}"));

        var band = SverkaRun.InProcess("align", "--presegmented", "-f", "ladder", source, target);
        var full = SverkaRun.InProcess("align", "--presegmented", "-f", "ladder", "--full-matrix", source, target);

        Assert.Equal(0, band.ExitCode);
        Assert.Equal(0, full.ExitCode);
        AssertTiles(band.Ladder(), 30 * english.Length, File.ReadAllLines(target).Length);
        Assert.Equal(full.Output, band.Output);
    }

    [Fact]
    public void Every_format_writes_something_that_parses()
    {
        using var scratch = new ScratchFolder();
        foreach (var format in new[] { "text", "tsv", "jsonl", "tmx", "ladder", "html" })
        {
            var path = scratch.File("out." + format);
            var run = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), Samples.Path("news.ru.txt"), "-f", format, "-o", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.True(new FileInfo(path).Length > 0, format);
        }

        var tmx = XDocument.Load(scratch.File("out.tmx"));
        var units = tmx.Descendants("tu").ToList();
        Assert.NotEmpty(units);
        XNamespace xml = XNamespace.Xml;
        Assert.All(units, tu => Assert.Equal(["en", "ru"], tu.Elements("tuv").Select(t => (string?)t.Attribute(xml + "lang"))));

        foreach (var line in File.ReadAllLines(scratch.File("out.jsonl")))
            System.Text.Json.JsonDocument.Parse(line).Dispose();

        // The report is well-formed XML by design; one row per line of the ladder.
        var ladder = File.ReadAllLines(scratch.File("out.ladder"));
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore };
        using var html = System.Xml.XmlReader.Create(scratch.File("out.html"), settings);
        var rows = XDocument.Load(html).Descendants("div").Count(d => d.Attribute("class")?.Value.StartsWith("row bead", StringComparison.Ordinal) == true);
        Assert.Equal(ladder.Length, rows);
    }

    [Fact]
    public void A_windows_1251_file_aligns_like_its_utf8_original_without_being_told()
    {
        using var scratch = new ScratchFolder();
        var russian = File.ReadAllText(Samples.Path("news.ru.txt"));
        var legacy = scratch.Write("ru-1251.txt", Encoding.GetEncoding(1251).GetBytes(russian));

        var utf8 = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), Samples.Path("news.ru.txt"), "-f", "tsv");
        Assert.Equal(utf8.Output, SverkaRun.InProcess("align", Samples.Path("news.en.txt"), legacy, "-f", "tsv").Output);
    }

    [Fact]
    public void An_empty_file_is_refused_in_one_line()
    {
        using var scratch = new ScratchFolder();
        var empty = scratch.Write("empty.txt", "");

        var run = SverkaRun.InProcess("align", empty, Samples.Path("news.ru.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("sverka: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("empty.txt", run.Error);
    }

    [Fact]
    public void A_binary_file_is_refused_in_one_line_by_the_real_process()
    {
        using var scratch = new ScratchFolder();
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var binary = scratch.Write("image.bin", bytes);

        var run = SverkaRun.AsProcess("align", binary, Samples.Path("news.ru.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("sverka: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_single_file_in_one_language_is_refused_with_the_reason()
    {
        var run = SverkaRun.InProcess("align", Samples.Path("news.en.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("one language", run.Error);
    }

    [Fact]
    public void A_missing_file_is_refused_in_one_line()
    {
        var run = SverkaRun.InProcess("align", "no-such-file.txt", Samples.Path("news.ru.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("no-such-file.txt", run.Error);
    }

    [Fact]
    public void Bad_usage_exits_2_in_one_line()
    {
        var run = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), Samples.Path("news.ru.txt"), "--format", "pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Bad_input_leaves_an_existing_output_file_as_it_was()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.Write("memory.tmx", "<tmx>what the translator already had</tmx>");
        var empty = scratch.Write("empty.txt", "\n\n");

        var run = SverkaRun.InProcess("align", empty, Samples.Path("news.ru.txt"), "-f", "tmx", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("<tmx>what the translator already had</tmx>", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(scratch.Path, "memory*"));
    }

    [Fact]
    public void A_one_megabyte_line_of_prose_is_segmented_and_aligned_without_loss()
    {
        using var scratch = new ScratchFolder();
        const int Sentences = 12_000;
        var english = string.Join(' ', Enumerable.Range(0, Sentences).Select(i => $"The committee met on day {i} and agreed."));
        var russian = string.Join(' ', Enumerable.Range(0, Sentences).Select(i => $"Комитет собрался в день {i} и согласился."));
        Assert.True(english.Length > 500_000 && russian.Length > 500_000);
        var source = scratch.Write("book.en", english);
        var target = scratch.Write("book.ru", russian);

        var run = SverkaRun.InProcess("align", "-f", "ladder", source, target);

        Assert.Equal(0, run.ExitCode);
        var beads = run.Ladder();
        AssertTiles(beads, Sentences, Sentences);
        Assert.All(beads, b => Assert.Equal(b.Source, b.Target));
    }

    [Fact]
    public void A_one_megabyte_line_with_no_sentence_end_is_refused_in_one_line()
    {
        using var scratch = new ScratchFolder();
        var words = string.Join(' ', Enumerable.Range(0, 110_000).Select(i => "word" + (i % 97)));
        var source = scratch.Write("big.en", "A short first sentence.\n" + words + "\nA last sentence.\n");
        var target = scratch.Write("big.ru", "Короткое первое предложение.\nПоследнее предложение.\n");

        var run = SverkaRun.InProcess("align", "--presegmented", "-f", "ladder", source, target);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("big.en: line 2", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Two_unrelated_documents_are_flagged_as_low_confidence()
    {
        using var scratch = new ScratchFolder();
        var unrelated = scratch.Write("recipe.ru", """
            Возьмите три стакана муки и просейте её через сито.

            Добавьте щепотку соли, немного сахара и тёплое молоко.

            Замесите тесто и оставьте его в тёплом месте на час.

            Разогрейте духовку до двухсот градусов.

            Выпекайте хлеб сорок минут, пока корочка не станет золотистой.

            Дайте ему остыть на решётке, прежде чем резать.
            """);

        var run = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), unrelated, "-f", "ladder");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("low confidence", run.Error);
        AssertTiles(run.Ladder(), 18, 6);
    }

    [Fact]
    public void A_translation_whose_sentences_come_in_another_order_is_flagged_though_every_word_is_there()
    {
        // The same story told backwards: its words are all in the other text, and a pair taken at random shares
        // as many of them as a pair on the path does.
        using var scratch = new ScratchFolder();
        var backwards = scratch.Write("backwards.ru", string.Join('\n', File.ReadAllLines(Samples.Path("news.ru.lines")).Reverse()));

        var run = SverkaRun.InProcess("align", "--presegmented", Samples.Path("news.en.lines"), backwards, "-f", "ladder");
        var forwards = SverkaRun.InProcess("align", "--presegmented", Samples.Path("news.en.lines"), Samples.Path("news.ru.lines"), "-f", "ladder");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("may not be translations of each other", run.Error);
        Assert.DoesNotContain("warning", forwards.Error);
    }

    [Fact]
    public void Version_and_help_answer_without_aligning()
    {
        // In process the entry assembly is the test host, so the version is asked of the real executable.
        var version = SverkaRun.AsProcess("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("0.1.0", version.Output, StringComparison.Ordinal);

        var help = SverkaRun.InProcess("align", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Examples:", help.Output);
        Assert.Contains("--presegmented", help.Output);
        Assert.Contains("html", help.Output);
    }

    [Fact]
    public void Swapping_the_files_mirrors_the_ladder()
    {
        var forward = SverkaRun.InProcess("align", Samples.Path("news.en.txt"), Samples.Path("news.ru.txt"), "-f", "ladder").Ladder();
        var backward = SverkaRun.InProcess("align", Samples.Path("news.ru.txt"), Samples.Path("news.en.txt"), "-f", "ladder").Ladder();

        Assert.Equal(forward.Select(b => (string.Join(',', b.Source), string.Join(',', b.Target))),
            backward.Select(b => (string.Join(',', b.Target), string.Join(',', b.Source))));
    }
}
