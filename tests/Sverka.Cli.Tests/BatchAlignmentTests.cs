namespace Sverka.Cli.Tests;

public sealed class BatchAlignmentTests
{
    [Fact]
    public void A_bad_pair_is_reported_by_its_line_and_the_others_are_written()
    {
        using var scratch = new ScratchFolder();
        var empty = scratch.Write("empty.txt", "");
        var list = scratch.Write("pairs.tsv", string.Join('\n',
            $"{Samples.Path("news.en.lines")}\t{Samples.Path("news.ru.lines")}\t{scratch.File("first.ladder")}",
            "# a comment line",
            $"{empty}\t{Samples.Path("news.ru.lines")}\t{scratch.File("broken.ladder")}",
            $"{Samples.Path("news.ru.lines")}\t{Samples.Path("news.en.lines")}\t{scratch.File("mirrored.ladder")}",
            ""));

        var run = SverkaRun.InProcess("align", "--batch", list, "--presegmented", "-f", "ladder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("sverka: pairs.tsv:3: ", StringComparison.Ordinal) && line.Contains("empty.txt"));
        Assert.Contains("2 of 3 pairs aligned", run.Error);
        Assert.False(File.Exists(scratch.File("broken.ladder")));
        var single = SverkaRun.InProcess("align", "--presegmented", "-f", "ladder", Samples.Path("news.en.lines"), Samples.Path("news.ru.lines"));
        Assert.Equal(single.Output, File.ReadAllText(scratch.File("first.ladder")));
        Assert.Equal(File.ReadAllLines(scratch.File("first.ladder")).Length, File.ReadAllLines(scratch.File("mirrored.ladder")).Length);
    }

    [Fact]
    public void A_pair_that_may_not_be_a_translation_is_written_and_warned_of_by_its_line()
    {
        using var scratch = new ScratchFolder();
        var backwards = scratch.Write("backwards.ru", string.Join('\n', File.ReadAllLines(Samples.Path("news.ru.lines")).Reverse()));
        var list = scratch.Write("pairs.tsv", string.Join('\n',
            $"{Samples.Path("news.en.lines")}\t{Samples.Path("news.ru.lines")}\t{scratch.File("first.ladder")}",
            $"{Samples.Path("news.en.lines")}\t{backwards}\t{scratch.File("backwards.ladder")}",
            ""));

        var run = SverkaRun.InProcess("align", "--batch", list, "--presegmented", "-f", "ladder");

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.ErrorLines, line => line.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("sverka: pairs.tsv:2: warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("may not be translations", warning, StringComparison.Ordinal);
        Assert.Contains("2 of 2 pairs aligned", run.Error);
        Assert.Contains("1 may not be translations", run.Error);
        Assert.True(File.Exists(scratch.File("backwards.ladder")));
    }

    [Fact]
    public void A_malformed_list_is_refused_before_anything_is_aligned()
    {
        using var scratch = new ScratchFolder();
        var list = scratch.Write("pairs.tsv", $"{Samples.Path("news.en.lines")} {Samples.Path("news.ru.lines")}\n");

        var run = SverkaRun.InProcess("align", "--batch", list);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("pairs.tsv:1: expected source<TAB>target<TAB>output", run.Error);
    }

    [Fact]
    public void Batch_and_file_arguments_do_not_mix()
    {
        using var scratch = new ScratchFolder();
        var list = scratch.Write("pairs.tsv", $"{Samples.Path("news.en.lines")}\t{Samples.Path("news.ru.lines")}\t{scratch.File("x")}\n");

        var run = SverkaRun.InProcess("align", "--batch", list, Samples.Path("news.en.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(File.Exists(scratch.File("x")));
    }
}
