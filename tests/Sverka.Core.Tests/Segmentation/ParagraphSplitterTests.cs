using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Segmentation;

public sealed class ParagraphSplitterTests
{
    private static string[] Paragraphs(string text)
    {
        var spans = new List<TextSpan>();
        ParagraphSplitter.Split(text, new TextSpan(0, text.Length), spans);
        return [.. spans.Select(s => text.Substring(s.Start, s.Length))];
    }

    [Fact]
    public void A_table_of_contents_without_blank_lines_is_one_paragraph_per_entry()
    {
        const string text = "Contents\n\n4. Required files\n    4.1. control\n    4.2. copyright\n        4.2.1. Upstream\n5. Other files\n";

        Assert.Equal(["Contents", "4. Required files", "4.1. control", "4.2. copyright", "4.2.1. Upstream", "5. Other files"], Paragraphs(text));
    }

    [Fact]
    public void A_list_item_keeps_its_wrapped_lines_and_bullets_start_items()
    {
        // A text with blank lines between its paragraphs, where a line break inside one is a wrapped line.
        const string text = "Tools:\n\n* gfortran - the GNU Fortran 95 compiler,\n  necessary for Fortran.\n* bison - a parser generator.\n2) The last item.\n";

        Assert.Equal(["Tools:", "* gfortran - the GNU Fortran 95 compiler,\n  necessary for Fortran.", "* bison - a parser generator.", "2) The last item."], Paragraphs(text));
    }

    [Theory]
    [InlineData("He was born in\n1990. Two years later he moved.\n\nNext.")]
    [InlineData("The council met on\n15. May was chosen, as section\n4.2. says.\n\nNext.")]
    [InlineData("The number is\n3.5 and not more.\n\nNext.")]
    public void A_wrapped_paragraph_that_does_not_open_with_a_list_mark_stays_whole(string text)
    {
        Assert.Equal(2, Paragraphs(text).Length);
    }

    [Fact]
    public void An_underlined_heading_is_a_paragraph_of_its_own_without_blank_lines_around_it()
    {
        // Two files joined with cat: the Russian's title comes right under the English's last line.
        const string text = "This lets you examine a package.\nDebian Developer's Reference\n****************************\n\nРуководство.\nРаздел\n------\nТекст раздела.\n";

        Assert.Equal(
            ["This lets you examine a package.", "Debian Developer's Reference\n****************************", "Руководство.", "Раздел\n------", "Текст раздела."],
            Paragraphs(text));
    }

    [Theory]
    [InlineData("Name   Value\n=====  =====\nfoo    1\n\nNext.")]
    [InlineData("A wrapped line\n-- a dash\n\nNext.")]
    public void A_line_of_mixed_marks_or_spaces_underlines_nothing(string text)
    {
        Assert.Equal(2, Paragraphs(text).Length);
    }
}
