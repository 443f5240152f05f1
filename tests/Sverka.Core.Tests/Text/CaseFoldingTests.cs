using CsCheck;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Text;

public sealed class CaseFoldingTests
{
    // Latin, Russian and the rest of Cyrillic with its old letters, Greek, German, Turkish dotted capitals, and
    // anything at all, so that both the direct mapping and the fallback are exercised.
    private static readonly Gen<char> s_letter = Gen.OneOf(
        Gen.Char['A', 'z'], Gen.Char['\u0400', '\u04FF'], Gen.Char['\u0370', '\u03FF'], Gen.Char["ÄÖÜẞßİıÉé"], Gen.Char);

    [Fact]
    public void Lower_case_is_the_same_as_the_invariant_culture_gives()
    {
        s_letter.Array[0, 30].Sample(chars =>
        {
            var word = new string(chars);
            Span<char> lower = stackalloc char[64];
            var length = CaseFolding.ToLower(word, lower);
            Assert.Equal(word.ToLowerInvariant(), new string(lower[..length]));
        }, iter: 20_000);
    }

    [Fact]
    public void One_character_lowers_as_the_invariant_culture_lowers_it()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant(c), CaseFolding.ToLower(c));
    }

    [Fact]
    public void A_word_longer_than_the_destination_is_refused()
    {
        Span<char> lower = stackalloc char[4];
        Assert.Equal(-1, CaseFolding.ToLower("Москва", lower));
        Assert.Equal(4, CaseFolding.ToLower("МИД!", lower));
        Assert.Equal("мид!", new string(lower));
    }
}
