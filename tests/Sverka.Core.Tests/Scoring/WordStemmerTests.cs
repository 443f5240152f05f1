using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Scoring;

public sealed class WordStemmerTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("ru", true)]
    [InlineData("de", true)]
    [InlineData("nb", true)]
    [InlineData("is", false)]
    [InlineData("", false)]
    public void A_language_is_covered_exactly_when_its_stemmer_stems(string language, bool covered)
    {
        Assert.Equal(covered, WordStemmer.Covers(language));
        Assert.Equal(!covered, WordStemmer.For(language).IsIdentity);
    }

    [Fact]
    public void A_stemmer_brings_inflected_forms_to_one_stem_and_the_identity_keeps_them()
    {
        var russian = WordStemmer.For("ru");
        Assert.Equal(russian.Stem("переговоры"), russian.Stem("переговорах"));
        Assert.Equal("hringsins", WordStemmer.For("is").Stem("hringsins"));
    }
}
