using Sverka.Core.Languages;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class TextAlignmentWriterTests
{
    [Fact]
    public void The_listing_shows_each_bead_with_its_shape_confidence_and_labelled_sentences()
    {
        var text = Samples.Render(new TextAlignmentWriter(), Samples.Story());
        var expected = """
            en → ru: 4 beads, 1 unpaired, mean confidence 0.822

            #0  2-1  0.950
              en│ The sun rose.
              en│ It was hot.
              ru│ Солнце взошло, было жарко.

            #1  1-1  0.813
              en│ The old man said: "Go & see <now>."
              ru│ Старик сказал:{nbsp}«Иди и{bel} смотри».

            #2  0-1  0.300
              en│ —
              ru│ Лишняя фраза.

            #3  1-1  0.900
              en│ Nobody answered.
              ru│ Никто не ответил.

            """
            .Replace("{nbsp}", "\u00A0", StringComparison.Ordinal) // kept as it is
            .Replace("{bel}", " ", StringComparison.Ordinal); // a control character, shown as a space
        Assert.Equal(expected, text);
    }

    [Fact]
    public void A_split_file_says_where_it_was_split()
    {
        var text = Samples.Render(new TextAlignmentWriter(), Samples.Story(new BilingualSplit(1234, 57, 12, "en", "ru")));
        Assert.Contains("\none file split at line 57: en before, ru after\n\n#0", text);
    }

    [Fact]
    public void Sides_in_the_same_language_are_labelled_source_and_target()
    {
        var story = Samples.Story();
        var english = Samples.Build("en", ["One.", "Two.", "Three.", "Four."], []);
        var same = new Sverka.Core.Pipeline.AlignmentResult(story.Source, english, story.Alignment, null);
        var text = Samples.Render(new TextAlignmentWriter(), same);
        Assert.Contains("  src│ The sun rose.\n", text);
        Assert.Contains("  tgt│ Two.\n", text);
    }
}
