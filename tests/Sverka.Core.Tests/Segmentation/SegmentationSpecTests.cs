using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Segmentation;

/// <summary>Runs every example of the spec files <c>Specs/segmentation.xx.md</c>.</summary>
public sealed class SegmentationSpecTests
{
    private const int MinExamplesPerLanguage = 45;

    public static TheoryData<string, string, string, string[]> Examples()
    {
        var data = new TheoryData<string, string, string, string[]>();
        foreach (var example in SegmentationSpec.ReadAll())
            data.Add(example.Where, example.Language, example.Paragraph, example.Sentences);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_spec_example_splits_into_the_sentences_it_lists(string where, string language, string paragraph, string[] sentences)
    {
        var spans = new List<TextSpan>();
        SentenceSegmenter.ForLanguage(language).Segment(paragraph, new TextSpan(0, paragraph.Length), spans);

        var actual = spans.Select(s => SegmentationSpec.Show(paragraph.Substring(s.Start, s.Length))).ToArray();
        var expected = sentences.Select(SegmentationSpec.Show).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            $"{where}: expected\n    {string.Join("\n    ", expected)}\nbut the segmenter gave\n    {string.Join("\n    ", actual)}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Each_language_has_a_spec_with_enough_examples(string language)
    {
        var examples = SegmentationSpec.Read(Path.Combine(SegmentationSpec.Directory, $"segmentation.{language}.md"));

        Assert.True(examples.Count >= MinExamplesPerLanguage,
            $"segmentation.{language}.md has {examples.Count} examples; the spec asks for at least {MinExamplesPerLanguage}.");
    }
}
