using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Pipeline;

public sealed class MixedFileTests
{
    private static readonly SverkaPipeline s_pipeline = new(new PipelineOptions(), InMemoryLexiconSource.Empty);

    private static string Sample(string name) => File.ReadAllText(Path.Combine(TestDocuments.RepositoryRoot, "samples", name));

    [Fact]
    public void A_mixed_file_aligns_to_the_same_pairs_as_its_two_halves()
    {
        var mixed = s_pipeline.AlignMixed(new NamedText("news.mixed.txt", Sample("news.mixed.txt")));
        var separate = s_pipeline.Align(new NamedText("en", Sample("news.en.txt")), new NamedText("ru", Sample("news.ru.txt")));

        Assert.NotNull(mixed.Split);
        Assert.Equal("en", mixed.Split.FirstLanguage);
        Assert.Equal("ru", mixed.Split.SecondLanguage);
        var mixedPairs = Pairs(mixed);
        var separatePairs = Pairs(separate);
        // The chrome line is an unpaired English sentence in the mixed file; every real pair is the same.
        Assert.Contains(mixed.Alignment.Beads.ToArray(), b => b.TargetCount == 0 && mixed.SourceText(b) == "Russian version below");
        Assert.Equal(separatePairs, mixedPairs);
    }

    [Fact]
    public void The_heading_between_the_versions_is_no_omission_error_but_the_same_line_elsewhere_is()
    {
        var mixed = s_pipeline.AlignMixed(new NamedText("news.mixed.txt", Sample("news.mixed.txt")));
        var separate = s_pipeline.Align(new NamedText("en", Sample("news.en.txt") + "\nRussian version below\n"), new NamedText("ru", Sample("news.ru.txt")));

        var inMixed = Assert.Single(s_pipeline.Check(mixed, new TranslationChecker()), new Predicate<Finding>(IsAboutDivider(mixed)));
        var inSeparate = Assert.Single(s_pipeline.Check(separate, new TranslationChecker()), new Predicate<Finding>(IsAboutDivider(separate)));

        Assert.Equal((FindingKind.Omission, FindingSeverity.Info), (inMixed.Kind, inMixed.Severity));
        Assert.Contains("heading between them", inMixed.Message, StringComparison.Ordinal);
        Assert.Equal((FindingKind.Omission, FindingSeverity.Error), (inSeparate.Kind, inSeparate.Severity));

        static Func<Finding, bool> IsAboutDivider(AlignmentResult result) => f =>
            f.Kind == FindingKind.Omission && f.TargetSpans.Count == 0
            && result.SourceText(result.Alignment.Beads[f.BeadIndex]) == "Russian version below";
    }

    [Fact]
    public void The_split_survives_latin_lines_inside_the_russian_version_and_either_order()
    {
        var russian = "Президент провёл совещание с членами правительства.\n\nSource – Russian Kremlin\n\nОбсуждались вопросы экономики и бюджета на следующий год.\n";
        var english = "The President held a meeting with members of the Government.\n\nThe economy and next year's budget were discussed.\n";
        foreach (var (text, first) in new[] { (english + "\n" + russian, "en"), (russian + "\n" + english, "ru") })
        {
            var units = Sverka.Core.Segmentation.DocumentSegmenter.SplitUnits(text, presegmented: false);
            Assert.True(Sverka.Core.Languages.BilingualSplitter.TrySplit(text, units, out var split, out var reason), reason);
            Assert.Equal(first, split.FirstLanguage);
            var firstPart = text[..split.Offset];
            Assert.DoesNotContain(first == "en" ? "Президент" : "The President", firstPart, StringComparison.Ordinal);
            Assert.Contains(first == "en" ? "The President" : "Source – Russian Kremlin", firstPart, StringComparison.Ordinal);
        }
    }

    // Two paragraphs of a story and their translation, which the tests of where a file's versions meet put beside
    // headings, licences and closings.
    private const string EnglishStory = "The President held a meeting with members of the Government.\n\nThe economy and next year's budget were discussed.\n";
    private const string RussianStory = "Президент провёл совещание с членами правительства.\n\nОбсуждались вопросы экономики и бюджета на следующий год.\n";

    [Fact]
    public void A_passage_the_translation_left_in_the_original_does_not_pull_the_cut_past_the_second_versions_heading()
    {
        const string Licence = "Permission is granted to make and distribute verbatim copies of this document provided the copyright notice is kept.";
        var english = "Meeting at the Kremlin\n\n" + Licence + "\n\n" + EnglishStory;
        var russian = "Совещание в Кремле\n\n" + Licence + "\n\n" + RussianStory;

        Assert.Equal(english.Length + 1, CutOfJoined(english, russian));
    }

    [Fact]
    public void A_heading_of_the_russian_version_with_more_latin_letters_than_cyrillic_ones_stays_with_it()
    {
        var english = "Copyright 2021 Software in the Public Interest\n\n" + EnglishStory;
        var russian = "Авторские права 2021 Software in the Public Interest\n\n" + RussianStory;

        Assert.Equal(english.Length + 1, CutOfJoined(english, russian));
    }

    [Fact]
    public void The_original_of_a_passage_left_untranslated_still_votes_for_its_own_version()
    {
        const string Closing = "This document was written using the DocBook XML DTD and can be read as HTML, plain text or PDF.";
        var english = EnglishStory + "\n" + Closing + "\n";
        var russian = RussianStory + "\n" + Closing + "\n";

        Assert.Equal(english.Length + 1, CutOfJoined(english, russian));
    }

    [Fact]
    public void A_line_of_the_english_whose_function_words_look_like_another_latin_language_stays_english()
    {
        // "I" is the Polish for "and": the line was guessed Polish, costs as much on either side, and went to the Russian.
        var english = EnglishStory + "\nI don't see anything new changing.\n";
        var russian = RussianStory + "\nНичего нового я не вижу.\n";

        Assert.Equal(english.Length + 1, CutOfJoined(english, russian));
    }

    [Fact]
    public void Two_files_joined_without_a_blank_line_are_cut_at_the_second_ones_underlined_title()
    {
        // The Russian keeps the English title, so only the title's underline tells it from the English's last line.
        var english = "Developer's Reference\n=====================\n\n" + EnglishStory.Replace("\n\n", "\n", StringComparison.Ordinal);
        var russian = "Developer's Reference\n=====================\n\n" + RussianStory.Replace("\n\n", "\n", StringComparison.Ordinal);

        Assert.Equal(english.Length, CutOfJoined(english, russian, separator: ""));
    }

    /// <summary>
    /// Where the splitter cuts the two versions joined by <paramref name="separator"/> (a blank line unless told), as
    /// an offset into the joined text.
    /// </summary>
    private static int CutOfJoined(string first, string second, string separator = "\n")
    {
        var text = first + separator + second;
        var units = Sverka.Core.Segmentation.DocumentSegmenter.SplitUnits(text, presegmented: false);

        Assert.True(Sverka.Core.Languages.BilingualSplitter.TrySplit(text, units, out var split, out var reason), reason);
        return split.Offset;
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void A_file_of_single_lines_is_split_however_it_ends(string ending)
    {
        // A paragraph a line, no blank line between them, as text pasted from a word processor comes; the empty
        // line after the final newline must not make the whole file one paragraph in one language.
        var text = "Die Expedition erreichte am Abend das Lager am Fuss des Berges.\nDer Gipfel wurde am nächsten Tag bei schönem Wetter erreicht.\n"
            + "L'expédition atteignit le soir le camp au pied de la montagne.\nLe sommet fut atteint le lendemain par beau temps." + ending;

        var units = Sverka.Core.Segmentation.DocumentSegmenter.SplitUnits(text, presegmented: false);

        Assert.Equal(4, units.Count);
        Assert.True(Sverka.Core.Languages.BilingualSplitter.TrySplit(text, units, out var split, out var reason), reason);
        Assert.Equal((3, "de", "fr"), (split.Line, split.FirstLanguage, split.SecondLanguage));
    }

    [Fact]
    public void A_file_in_one_language_is_refused_with_a_clear_message()
    {
        var exception = Assert.Throws<SverkaInputException>(() =>
            s_pipeline.AlignMixed(new NamedText("en.txt", Sample("news.en.txt"))));
        Assert.StartsWith("en.txt: holds only one language (en)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapping_the_inputs_mirrors_the_alignment()
    {
        var pipeline = new SverkaPipeline(new PipelineOptions { Presegmented = true }, InMemoryLexiconSource.Empty);
        var english = new NamedText("en", Sample("news.en.lines"));
        var russian = new NamedText("ru", Sample("news.ru.lines"));
        var forward = pipeline.Align(english, russian).Alignment.Beads.ToArray();
        var backward = pipeline.Align(russian, english).Alignment.Beads.ToArray();
        var mirrored = backward.Select(b => (b.Target, b.TargetCount, b.Source, b.SourceCount)).ToArray();
        Assert.Equal(forward.Select(b => (b.Source, b.SourceCount, b.Target, b.TargetCount)).ToArray(), mirrored);
    }

    [Fact]
    public void Presegmented_input_is_never_resplit()
    {
        var pipeline = new SverkaPipeline(new PipelineOptions { Presegmented = true }, InMemoryLexiconSource.Empty);
        var lines = Sample("news.ru.lines");
        var result = pipeline.Align(new NamedText("en", Sample("news.en.lines")), new NamedText("ru", lines));
        var expected = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, result.Target.SentenceCount);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], result.Target.SentenceText(i));
    }

    [Fact]
    public void A_gigantic_sentence_is_refused_naming_the_line()
    {
        var pipeline = new SverkaPipeline(new PipelineOptions { MaxSentenceLength = 1000 }, InMemoryLexiconSource.Empty);
        var huge = "Short line.\n\n" + new string('x', 5000);
        var exception = Assert.Throws<SverkaInputException>(() =>
            pipeline.Align(new NamedText("en.txt", huge), new NamedText("ru.txt", "Короткая строка.")));
        Assert.Contains("en.txt: line 3", exception.Message, StringComparison.Ordinal);
    }

    private static List<(string Source, string Target)> Pairs(AlignmentResult result) =>
        result.Alignment.Beads.ToArray().Where(b => !b.IsUnpaired).Select(b => (result.SourceText(b), result.TargetText(b))).ToList();
}
