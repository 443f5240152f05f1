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
    // "a" is English's commonest word as well as a Portuguese, Italian and Czech one.
    [InlineData("Half a million people came. A quarter of a million people signed.", "en")]
    [InlineData("A third of a billion dollars was spent on a new road.", "en")]
    [InlineData("O governo anunciou que a economia cresceu mais do que o esperado.", "pt")]
    [InlineData("Il governo ha annunciato che la crescita è stata più forte del previsto.", "it")]
    [InlineData("Vláda oznámila, že ekonomika a průmysl rostly rychleji, než se čekalo.", "cs")]
    public void Short_latin_texts_are_told_apart_by_their_commonest_words(string text, string language)
    {
        Assert.Equal(language, LanguageIdentifier.Identify(text).Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7/12/2021 — 52,3% (2019).")]
    public void A_text_with_no_letters_has_no_language(string text)
    {
        Assert.Equal(new LanguageGuess(LanguageIdentifier.Undetermined, 0), LanguageIdentifier.Identify(text));
    }
}
