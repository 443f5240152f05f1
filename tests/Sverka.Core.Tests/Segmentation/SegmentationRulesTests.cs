using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Segmentation;

/// <summary>The rules file format and the choice of rules per language, apart from any language's lists.</summary>
public sealed class SegmentationRulesTests
{
    [Theory]
    [InlineData("en", "en", "en")]
    [InlineData("EN-gb", "en", "en")]
    [InlineData("ru_RU", "ru", "ru")]
    [InlineData(" ru ", "ru", "ru")]
    [InlineData("fr", "fr", "generic")]
    [InlineData("zh-Hans", "zh", "generic")]
    [InlineData("", "und", "generic")]
    [InlineData("x", "und", "generic")]
    [InlineData("../en", "und", "generic")]
    public void A_language_code_is_reduced_to_its_subtag_and_falls_back_to_the_generic_rules(string asked, string language, string rules)
    {
        var segmenter = SentenceSegmenter.ForLanguage(asked);

        Assert.Equal(language, segmenter.Language);
        Assert.Equal(rules, segmenter.RulesName);
        Assert.Same(segmenter, SentenceSegmenter.ForLanguage(language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("generic")]
    public void Each_embedded_rules_file_loads(string name)
    {
        var rules = SegmentationRules.ForLanguage(name);

        Assert.Equal(name, rules.Name);
        Assert.True(rules.AbbreviationCount > 0);
    }

    [Theory]
    [InlineData("Mr.\n", 1, "before any section")]
    [InlineData("[never-end]\n[sometimes]\n", 2, "unknown section [sometimes]")]
    [InlineData("[never-end\n", 1, "unknown section")]
    [InlineData("[never-end]\nMr\n", 2, "'Mr' is not an abbreviation")]
    [InlineData("[never-end]\n.5.\n", 2, "is not an abbreviation")]
    [InlineData("[may-end]\netc.\n\n[never-end]\nMr., etc.\n", 5, "'etc.' is already listed on line 2")]
    [InlineData("[never-end]\nт.е.\nт. е.\n", 3, "'т.е.' is already listed on line 2")]
    [InlineData("[date-prepositions]\nв 1961\n", 2, "not a single word")]
    [InlineData("[reporting-verbs]\nsaid,\ntold reporters\n", 3, "[reporting-verbs] lists words of letters only")]
    [InlineData("[continuing-words]\nET, ET\n", 2, "'ET' is already listed on line 2")]
    public void A_broken_rules_file_is_reported_with_its_name_and_line(string content, int line, string cause)
    {
        var error = Assert.Throws<SverkaInputException>(() => SegmentationRules.Parse("test", content));

        Assert.StartsWith($"test.rules: line {line}: ", error.Message);
        Assert.Contains(cause, error.Message);
    }

    [Fact]
    public void Comments_blank_lines_and_trailing_commas_are_ignored()
    {
        var rules = SegmentationRules.Parse("test", "# heading\n\n[never-end]   # titles\nMr., Dr.,  # more to come\n\nSt.\n");

        Assert.Equal(3, rules.AbbreviationCount);
    }

    [Theory]
    [InlineData("see Mr. Smith", "Mr.", "NeverEnds")]
    [InlineData("see mr. Smith", "mr.", "None")]
    [InlineData("so i.e. this", "i.e.", "NeverEnds")]
    [InlineData("so i. e. this", "i. e.", "NeverEnds")]
    [InlineData("I.e. this", "I.e.", "NeverEnds")]
    [InlineData("so i.  e. this", "i.  e.", "NeverEnds")]
    [InlineData("so xi.e. this", "i.e.", "None")]
    [InlineData("a 5 ft. wall", "ft.", "AfterNumber")]
    [InlineData("a 5ft. wall", "ft.", "AfterNumber")]
    [InlineData("the raft. Then", "raft.", "None")]
    [InlineData("and et al. Then", "et al.", "MayEnd")]
    [InlineData("and al. Then", "al.", "NeverEnds")]
    [InlineData("see p. 5", "p.", "NotBeforeNumber")]
    [InlineData("see P. 5", "P.", "None")]
    public void An_entry_matches_its_spellings_and_the_longest_entry_wins(string text, string word, string kind)
    {
        var rules = SegmentationRules.Parse("test",
            "[never-end]\nMr., i.e., al.\n[may-end]\net al.\n[not-before-number]\np.\n[after-number]\nft.\n");
        var start = text.IndexOf(word, StringComparison.Ordinal);
        var period = start + word.Length - 1;

        var found = rules.Match(text, 0, period, out var matchStart);

        Assert.Equal(Enum.Parse<AbbreviationKind>(kind), found);
        if (found != AbbreviationKind.None)
            Assert.Equal(start, matchStart);
    }

    [Theory]
    [InlineData("В 1961 г. Гагарин", true)]
    [InlineData("— В конце XIX в. Россия", true)]
    [InlineData("между 1990 и 2000 гг. Россия", true)]
    [InlineData("Он родился в 1961 г. Через", false)]
    [InlineData("В самом начале далёкого 1961 г. Гагарин", false)]
    [InlineData("Вот 1961 г. Гагарин", false)]
    public void A_date_phrase_opens_with_a_listed_preposition_and_a_few_words(string text, bool opens)
    {
        var rules = SegmentationRules.Parse("test", "[after-number]\nг., в., гг.\n[date-prepositions]\nв, между\n");
        var abbreviation = text.LastIndexOf(' ', text.LastIndexOf('.')) + 1;

        Assert.Equal(opens, rules.OpensWithDatePhrase(text, 0, abbreviation));
    }

    [Fact]
    public void Rules_of_ones_own_drive_the_segmenter()
    {
        var rules = SegmentationRules.Parse("test", "[never-end]\nzz.\n");
        var segmenter = new SentenceSegmenter("xx", rules);
        const string Text = "Ab zz. Cd. Ef.";
        var sentences = new List<TextSpan>();

        segmenter.Segment(Text, new TextSpan(0, Text.Length), sentences);

        Assert.Equal(["Ab zz. Cd.", "Ef."], sentences.Select(s => Text.Substring(s.Start, s.Length)));
    }
}
