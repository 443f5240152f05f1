using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class TsvAlignmentWriterTests
{
    [Fact]
    public void Each_bead_is_source_tab_target_tab_confidence_with_breaks_and_tabs_flattened()
    {
        var tsv = Samples.Render(new TsvAlignmentWriter(), Samples.Story());
        var expected =
            "The sun rose. It was hot.\tСолнце взошло, было жарко.\t0.950\n" +
            "The old man said: \"Go & see <now>.\"\tСтарик сказал:\u00A0«Иди и\u0007 смотри».\t0.813\n" +
            "\tЛишняя фраза.\t0.300\n" +
            "Nobody answered.\tНикто не ответил.\t0.900\n";
        Assert.Equal(expected, tsv);
    }

    [Fact]
    public void A_wrapped_lines_break_and_indentation_are_one_space_and_other_spaces_stay()
    {
        var tsv = Samples.Render(new TsvAlignmentWriter(), Samples.Wrapped());

        Assert.Equal("Permission is granted to copy this document  as it is.\tРазрешается копировать этот документ  как есть.\t0.900\n", tsv);
    }

    [Fact]
    public void Every_line_has_exactly_three_fields()
    {
        var lines = Samples.Render(new TsvAlignmentWriter(), Samples.Story()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Equal(3, line.Split('\t').Length));
    }
}
