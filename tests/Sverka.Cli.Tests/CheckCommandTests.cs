using System.Text.Json;

namespace Sverka.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string English = """
        Heavy rain flooded the town of Ashford on Monday, the council said.
        The river rose by 2 metres in six hours.
        About 1,200 people left their homes.
        The school will stay closed until December 7.
        """;

    private const string Russian = """
        В понедельник сильный дождь затопил город Эшфорд, сообщил совет.
        Уровень реки поднялся на 2 метра за шесть часов.
        Около 1 200 человек покинули свои дома.
        Школа будет закрыта до 7 декабря.
        """;

    private static (string English, string Russian) Write(ScratchFolder scratch, string english, string russian) =>
        (scratch.Write("en.txt", english), scratch.Write("ru.txt", russian));

    [Fact]
    public void Check_writes_one_json_finding_per_line_with_beads_spans_and_message()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian.Replace("7 декабря", "17 декабря", StringComparison.Ordinal));

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var findings = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var number = Assert.Single(findings, f => f.GetProperty("kind").GetString() == "number");
        Assert.Equal("error", number.GetProperty("severity").GetString());
        Assert.Equal([3], number.GetProperty("source").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([3], number.GetProperty("target").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("the English has December 7, the Russian has 17 декабря", number.GetProperty("message").GetString());
        var span = number.GetProperty("targetSpans")[0];
        var russianText = File.ReadAllText(ru).ReplaceLineEndings("\n");
        Assert.Equal("17 декабря", russianText.Substring(span[0].GetInt32(), span[1].GetInt32()));
        Assert.All(findings, f => Assert.True(f.TryGetProperty("sourceSpans", out _)));
    }

    private static List<(string Kind, int Bead)> Findings(SverkaRun run) =>
        [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(f => f.GetProperty("kind").GetString() != "low-confidence")
            .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("bead").GetInt32()))];

    [Fact]
    public void A_faithful_translation_of_a_briefing_gives_no_findings()
    {
        var run = SverkaRun.InProcess("check", Samples.Path("briefing.ru.txt"), Samples.Path("briefing.en.txt"), "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Findings(run));
    }

    [Fact]
    public void What_a_translator_of_the_briefing_changed_is_found_where_it_was_changed()
    {
        using var scratch = new ScratchFolder();
        var english = File.ReadAllText(Samples.Path("briefing.en.txt")).ReplaceLineEndings("\n");
        foreach (var (was, now) in (ReadOnlySpan<(string, string)>)[
            ("another 23 people", "another 32 people"),
            (", including two children,", ""),
            ("Egypt and Saudi Arabia", "Egypt and Qatar"),
            ("Over 40 residential buildings, two schools and a hospital have been damaged.\n", ""),
        ])
        {
            Assert.Contains(was, english, StringComparison.Ordinal);
            english = english.Replace(was, now, StringComparison.Ordinal);
        }
        var changed = scratch.Write("briefing.en.txt", english);

        var run = SverkaRun.InProcess("check", Samples.Path("briefing.ru.txt"), changed, "--format", "jsonl");

        // The casualties (23 and "двое детей"), the lost sentence on the damage, the country put for another.
        Assert.Equal([("number", 9), ("omission", 10), ("name", 16)], Findings(run));
    }

    [Fact]
    public void Check_as_html_is_the_report_with_the_findings_in_it()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian.Replace("7 декабря", "17 декабря", StringComparison.Ordinal));
        var path = scratch.File("report.html");

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "-f", "html", "-o", path);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the English has December 7, the Russian has 17 декабря", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_a_kind_that_was_found_exits_with_code_3()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian.Replace("Около 1 200 человек покинули свои дома.", "About 1,200 people left their homes.", StringComparison.Ordinal));

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "--fail-on", "number,untranslated");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("untranslated", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_a_kind_that_was_not_found_exits_with_code_0()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian);

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "--fail-on", "number,omission,untranslated");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("en → ru: 4 beads", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_has_a_summary_then_each_finding_with_its_sentences()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, string.Join('\n', Russian.Split('\n').Where(l => !l.Contains("Школа", StringComparison.Ordinal))));

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "--shapes", "1-1,1-0,0-1");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Matches(@"^en → ru: 4 beads, \d+ findings?: .*1 omission", lines[0]);
        Assert.Contains("#3  omission  error  en [3] ↔ ru []", run.Output, StringComparison.Ordinal);
        Assert.Contains("  en│ The school will stay closed until December 7.", run.Output, StringComparison.Ordinal);
        Assert.Contains("  ru│ —", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_file_leaves_stdout_empty()
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian);
        var path = scratch.File("findings.jsonl");

        var run = SverkaRun.InProcess("check", en, ru, "--presegmented", "-f", "jsonl", "-o", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("--fail-on", "numbers")]
    [InlineData("--format", "pdf")]
    public void A_bad_option_value_is_one_line_on_stderr_and_exit_code_2(string option, string value)
    {
        using var scratch = new ScratchFolder();
        var (en, ru) = Write(scratch, English, Russian);

        var run = SverkaRun.InProcess("check", en, ru, option, value);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("sverka: ", line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_on_stderr_and_exit_code_1()
    {
        using var scratch = new ScratchFolder();

        var run = SverkaRun.AsProcess("check", scratch.File("nope.en"), scratch.File("nope.ru"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Equal("", run.Output);
    }
}
