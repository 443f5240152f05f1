using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// Places the translation renders by their own Russian names ("China", "Китай"), which a sound rule cannot see and
/// the lexicon knows as words ("china", "фарфор"; "Япония"): one written once and dropped or put for another must
/// be reported, in either direction, and the usual renderings of a place must not. So must an organisation's
/// acronym put for another.
/// </summary>
public sealed class PlaceNameTests
{
    private const string EnglishAboutChina = "Parents and teachers from China met the minister.";

    private static IReadOnlyList<Finding> Check(string english, string russian)
    {
        string[] englishLines = [.. CheckBitext.FaithfulEnglish()[..3], english];
        string[] russianLines = [.. CheckBitext.FaithfulRussian()[..3], russian];
        return CheckBitext.Check(new NameCheck(), englishLines, russianLines);
    }

    [Fact]
    public void A_place_the_lexicon_knows_put_for_another_is_one_name_for_another()
    {
        var finding = Assert.Single(Check(EnglishAboutChina, "Родители и учителя из Японии встретились с министром."));

        Assert.Equal("the English has China, the Russian has Японии instead", finding.Message);
    }

    [Fact]
    public void A_place_the_lexicon_knows_dropped_is_reported()
    {
        var finding = Assert.Single(Check(EnglishAboutChina, "Родители и учителя встретились с министром."));

        Assert.Equal("the English names China, the Russian has no such name", finding.Message);
    }

    [Theory]
    [InlineData(EnglishAboutChina, "Родители и учителя из Китая встретились с министром.")]
    [InlineData(EnglishAboutChina, "Китайские родители и учителя встретились с министром.")]
    [InlineData("Parents and teachers met Korea's minister.", "Родители и учителя встретились с северокорейским министром.")]
    [InlineData("Parents and teachers met the minister in Germany.", "Родители и учителя встретились с немецким министром.")]
    public void A_place_rendered_by_its_name_its_adjective_or_a_compound_is_not_reported(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Fact]
    public void A_capital_dropped_is_reported_though_its_country_is_named()
    {
        var finding = Assert.Single(Check("Parents and teachers from the US met the minister in Washington.", "Родители и учителя из США встретились с министром."));

        Assert.Equal("the English names Washington, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_place_put_for_another_is_reported_when_russian_is_the_original()
    {
        string[] russian = [.. CheckBitext.FaithfulRussian()[..3], "Родители и учителя из Китая встретились с министром."];
        string[] english = [.. CheckBitext.FaithfulEnglish()[..3], "Parents and teachers from Japan met the minister."];
        var bitext = CheckBitext.OneToOne(russian, "ru", english, "en");

        var finding = Assert.Single(new TranslationChecker(new CheckOptions(), [new NameCheck()]).Check(bitext, CheckBitext.Lexicon.Reversed()));

        Assert.Equal("the Russian has Китая, the English has Japan instead", finding.Message);
    }

    [Fact]
    public void A_function_word_that_opens_a_sentence_is_no_place_with_an_ending()
    {
        var finding = Assert.Single(Check("The storm hit Florida on Sunday.", "В воскресенье шторм обрушился на Техас."));

        Assert.Equal("the English has Florida, the Russian has Техас instead", finding.Message);
    }

    [Fact]
    public void A_month_is_no_name_to_pair_with_a_place_the_translation_adds()
    {
        // Japan is a place the English never mentions, worth a look; February is no place it was put for.
        var finding = Assert.Single(Check("Parents and teachers met the minister after February's rain.", "Родители и учителя встретились с министром Японии после февральского дождя."));

        Assert.Equal("the Russian names Японии, which the English never mentions", finding.Message);
    }

    [Fact]
    public void An_acronym_put_for_another_is_one_organisation_for_another()
    {
        var finding = Assert.Single(Check("NATO met the minister.", "ООН встретилась с министром."));

        Assert.Equal("the English has NATO, the Russian has ООН instead", finding.Message);
    }

    [Theory]
    [InlineData("NATO met the minister.", "НАТО встретилось с министром.")]
    [InlineData("NATO met the minister.", "Альянс встретился с министром.")]
    [InlineData("NATO met the minister.", "Министр встретился с представителями.")]
    [InlineData("American parents met the minister.", "Родители из США встретились с министром.")]
    [InlineData("The EU met the minister.", "Евросоюз встретился с министром.")]
    public void An_acronym_kept_spelt_out_or_left_out_is_not_reported(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Theory]
    [InlineData("Canada", true)]
    [InlineData("Britain's", true)]
    [InlineData("Chad", false)]
    [InlineData("British", false)]
    public void Only_places_are_on_the_list_not_first_names_or_adjectives(string english, bool expected)
    {
        Assert.Equal(expected, PlaceNames.IsPlace(english.ToLowerInvariant()));
    }
}
