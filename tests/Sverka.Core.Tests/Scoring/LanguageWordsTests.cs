using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

/// <summary>The function words, number words and months each language knows.</summary>
public sealed class LanguageWordsTests
{
    [Theory]
    [InlineData("after", "после")]
    [InlineData("me", "мне")]
    [InlineData("more", "более")]
    [InlineData("may", "может")]
    [InlineData("who", "кто")]
    [InlineData("told", "рассказал")]
    // The verbs a Russian translation reports "said" with, and the noun of "since" ("с тех пор").
    [InlineData("said", "утверждает")]
    [InlineData("said", "пояснил")]
    [InlineData("says", "подчеркнула")]
    [InlineData("since", "пор")]
    public void A_function_word_is_one_in_both_languages(string english, string russian)
    {
        // A word that is evidence on one side only would be counted there while its translation never is: the
        // Russian "после" would stand uncovered in every faithful translation of "after".
        Assert.True(LanguageWords.For("en").IsStopword(english));
        Assert.True(LanguageWords.For("ru").IsStopword(russian));
    }

    [Theory]
    [InlineData("en", "river")]
    [InlineData("ru", "река")]
    public void A_content_word_is_no_function_word(string language, string word) =>
        Assert.False(LanguageWords.For(language).IsStopword(word));
}
