using Sverka.Core.Languages;
using Xunit;

namespace Sverka.Core.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The vote is on Monday.", "en", 17)]
    [InlineData("Голосование пройдёт в понедельник.", "ru", 30)]
    // More spaces, digits and punctuation than letters: the letters still decide.
    [InlineData("The vote is on 7/12/2021.", "en", 11)]
    [InlineData("Итог: 52,3% (2019), 48,1% (2020).", "ru", 4)]
    // No function word: English, as names and headings most often are; the "s" after the apostrophe is no Czech "s".
    [InlineData("Debian Developer's Reference ****************************", "en", 25)]
    [InlineData("Le développeur va à l'école.", "fr", 22)]
    public void The_script_with_the_most_letters_decides_however_many_other_characters_there_are(string text, string language, int letters)
    {
        Assert.Equal(new LanguageGuess(language, letters), LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7/12/2021 — 52,3% (2019).")]
    public void A_text_with_no_letters_has_no_language(string text)
    {
        Assert.Equal(new LanguageGuess(LanguageIdentifier.Undetermined, 0), LanguageIdentifier.Identify(text));
    }
}
