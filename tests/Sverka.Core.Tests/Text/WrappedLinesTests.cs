using System.Text;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Text;

public sealed class WrappedLinesTests
{
    [Theory]
    [InlineData("copies of\n    this document", "copies of this document")]
    [InlineData("copies of \n\u00A0\u00A0\u00A0 this document", "copies of this document")]
    [InlineData("one\n\ntwo\r\nthree", "one two three")]
    [InlineData("kept  as  written", "kept  as  written")]
    [InlineData("ends at a break\n", "ends at a break")]
    [InlineData("", "")]
    public void Every_run_of_spaces_with_a_line_break_is_one_space(string text, string expected)
    {
        Assert.Equal(expected, WrappedLines.Unwrap(text));

        var builder = new StringBuilder("[");
        WrappedLines.AppendUnwrapped(builder, text);
        Assert.Equal($"[{expected}", builder.ToString());
    }

    [Theory]
    [InlineData(" ", true)]
    [InlineData("\n", true)]
    [InlineData(" \n        ", true)]
    [InlineData("\r\n\u00A0\u00A0", true)]
    [InlineData("  ", false)]
    [InlineData("\t", false)]
    [InlineData("\n\n", false)]
    [InlineData(" - ", false)]
    [InlineData("", false)]
    public void Between_two_words_one_space_or_a_wrapped_lines_break_reads_as_one_space(string gap, bool oneSpace)
    {
        Assert.Equal(oneSpace, WrappedLines.IsOneSpace(gap));
    }

    [Fact]
    public void Unwrapping_never_leaves_a_line_break_or_touches_the_words()
    {
        var random = new Random(7);
        string[] pieces = ["word", "слово", " ", "  ", "\n", "\u00A0", "\t", ".", "\r\n", "\u2028"];
        for (var trial = 0; trial < 500; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)]));

            var unwrapped = WrappedLines.Unwrap(text);

            Assert.False(WrappedLines.HasLineBreak(unwrapped), $"a break is left in {unwrapped}");
            Assert.Equal(Words(text), Words(unwrapped));
        }
    }

    private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0', '\u2028'], StringSplitOptions.RemoveEmptyEntries);
}
