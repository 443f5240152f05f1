using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

public sealed class EnglishFormsTests
{
    [Theory]
    [InlineData("neighbour", "neighbor")]
    [InlineData("labour", "labor")]
    [InlineData("organize", "organise")]
    [InlineData("criticise", "criticize")]
    [InlineData("analyse", "analyze")]
    [InlineData("organization", "organisation")]
    [InlineData("centre", "center")]
    [InlineData("neighbourhood", "neighborhood")]
    [InlineData("favourite", "favorite")]
    [InlineData("behavioural", "behavioral")]
    public void A_british_or_american_spelling_gives_the_other(string word, string other)
    {
        Assert.Contains(other, EnglishForms.SpellingVariants(word));
    }

    [Theory]
    [InlineData("four")]
    [InlineData("hour")]
    [InlineData("rise")]
    [InlineData("house")]
    [InlineData("pouring")]
    [InlineData("tourist")]
    public void A_short_word_keeps_its_one_spelling(string word)
    {
        Assert.Empty(EnglishForms.SpellingVariants(word));
    }

    [Fact]
    public void The_builder_lets_the_other_spelling_meet_the_translation_unless_it_is_a_headword_of_its_own()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(new LexiconEntry("neighbour", [new Translation("сосед", FromPhrase: false)], []));
        builder.Add(new LexiconEntry("metre", [new Translation("метр", FromPhrase: false)], []));
        builder.Add(new LexiconEntry("meter", [new Translation("счётчик", FromPhrase: false)], []));

        var pairs = builder.Build();

        Assert.Contains(("neighbor", "сосед"), pairs);
        Assert.Contains(("neighbour", "сосед"), pairs);
        Assert.DoesNotContain(("meter", "метр"), pairs);
    }
}
