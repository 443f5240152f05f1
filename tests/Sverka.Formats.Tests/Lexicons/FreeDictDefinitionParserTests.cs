using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

/// <summary>The samples follow the layout of freedict-eng-rus.dict; the words are the tests' own.</summary>
public sealed class FreeDictDefinitionParserTests
{
    [Fact]
    public void Numbered_senses_give_their_translations_in_order()
    {
        var entry = FreeDictDefinitionParser.Parse("Canadian /kəˈneɪdiən/\n1. канадский\n2. канадец, канадка\n");

        Assert.NotNull(entry);
        Assert.Equal("canadian", entry.Headword);
        Assert.Equal(["канадский", "канадец", "канадка"], entry.Translations.Select(t => t.Word));
    }

    [Fact]
    public void A_single_sense_needs_no_number_and_unicode_hyphens_become_ascii()
    {
        var entry = FreeDictDefinitionParser.Parse("Bois‐le‐Duc /bwɑː lə djuːk/\nБуа‐ле‐Дюк, Хертогенбос\n");

        Assert.NotNull(entry);
        Assert.Equal("bois-le-duc", entry.Headword);
        Assert.Equal(["буа-ле-дюк", "хертогенбос"], entry.Translations.Select(t => t.Word));
    }

    [Fact]
    public void Two_word_translations_keep_their_content_words()
    {
        var entry = FreeDictDefinitionParser.Parse("abroad /əbrɔːd/\nза границей\n");

        Assert.NotNull(entry);
        Assert.Equal([new Translation("границей", FromPhrase: true)], entry.Translations);
    }

    [Theory]
    [InlineData("Adam's apple /ædəmz æpl/\nадамово яблоко\n")]
    [InlineData("UN /juːen/\nООН\n")]
    public void Phrases_and_acronyms_are_skipped(string definition)
    {
        Assert.Null(FreeDictDefinitionParser.Parse(definition));
    }
}
