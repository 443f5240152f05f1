using CsCheck;
using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

/// <summary>The samples follow the layout of FreeDict's WikDict dictionaries (freedict-deu-fra.dict); the words are the tests' own.</summary>
public sealed class WikDictDefinitionParserTests
{
    private static readonly WikDictDefinitionParser s_germanToFrench = new("fr");
    private static readonly WikDictDefinitionParser s_frenchToGerman = new("de");

    [Fact]
    public void The_explanation_under_a_sense_is_not_read_as_translations()
    {
        var entry = s_germanToFrench.Parse("Gletscher /ˈɡlɛtʃɐ/ <n, masc>\nglacier\nEismasse, die langsam ins Tal fließt\n");

        Assert.NotNull(entry);
        Assert.Equal("gletscher", entry.Headword);
        Assert.Equal(["glacier"], entry.Translations.Select(t => t.Word));
    }

    [Fact]
    public void Numbered_senses_each_give_their_translations()
    {
        var entry = s_germanToFrench.Parse(
            "steigen /ˈʃtaɪ̯ɡn̩/ <v>\n1. monter, grimpen\nsich nach oben bewegen\n2. augmenter\nmehr werden, zunehmen\n");

        Assert.NotNull(entry);
        Assert.Equal(["monter", "grimpen", "augmenter"], entry.Translations.Select(t => t.Word));
    }

    [Theory]
    [InlineData("steigen /ˈʃtaɪ̯ɡn̩/ <v>\nmonter\n", true)]
    [InlineData("steigen <v, intr>\nmonter\n", true)]
    [InlineData("Gletscher /ˈɡlɛtʃɐ/ <n, masc>\nglacier\n", false)]
    [InlineData("vif <adj>\nlebhaft\n", false)]
    public void The_part_of_speech_says_whether_the_headword_is_a_verb(string definition, bool verb)
    {
        Assert.Equal(verb, s_germanToFrench.Parse(definition)!.IsVerb);
    }

    [Fact]
    public void A_sense_number_that_trails_a_line_or_stands_alone_opens_a_sense_with_only_an_explanation()
    {
        var entry = s_frenchToGerman.Parse(
            "alpin /al.pɛ̃/ <adj>\nalpin, Alpen 2.\nRelatif aux sommets, 3 ou 4 mots\n 3.\nQui concerne l'alpinisme\n");

        Assert.NotNull(entry);
        Assert.Equal(["alpin", "alpen"], entry.Translations.Select(t => t.Word));
    }

    [Fact]
    public void A_phrase_gives_its_content_words_without_articles_or_elision()
    {
        var entry = s_germanToFrench.Parse("Seeufer /ˈzeːˌʔuːfɐ/ <n, neut>\nrive d'un lac, bord du lac (de montagne)\n");

        Assert.NotNull(entry);
        Assert.Equal(
            [new Translation("rive", FromPhrase: true), new Translation("lac", FromPhrase: true), new Translation("bord", FromPhrase: true)],
            entry.Translations);
    }

    [Fact]
    public void A_translation_of_many_content_words_explains_and_gives_nothing()
    {
        var entry = s_germanToFrench.Parse("abzüglich /ˈapt͡syːklɪç/ <preposition>\ndéduction faite totale, moins\n");

        Assert.NotNull(entry);
        Assert.Equal(["moins"], entry.Translations.Select(t => t.Word));
    }

    [Theory]
    [InlineData("Große Mauer /ˈɡʁoːsə ˈmaʊ̯ɐ/ <n>\nGrande Muraille\n")]
    [InlineData("SNCF <n>\nDB\n")]
    [InlineData("ẞ /ˈɛstsɛt/ <letter>\nẞ\n")]
    [InlineData("Zenit /t͡seˈniːt/ <n>\n\nhöchster Punkt\n")]
    public void Phrases_acronyms_letters_and_entries_without_translations_give_nothing(string definition)
    {
        Assert.Null(s_germanToFrench.Parse(definition));
    }

    [Fact]
    public void Any_text_parses_to_an_entry_of_lowercase_words_or_to_nothing_without_throwing()
    {
        // Lines of the characters an entry is made of: letters, digits, the numbering's dots, separators, brackets.
        var line = Gen.String[Gen.Char["aBcÄé1 2.,;()'/<>-"], 0, 30];
        line.Array[1, 6].Sample(lines =>
        {
            var entry = s_germanToFrench.Parse(string.Join('\n', lines));
            if (entry is null)
                return;
            Assert.All(entry.Translations.Select(t => t.Word).Append(entry.Headword), word =>
            {
                Assert.True(word.Length >= 2);
                Assert.Equal(word.ToLowerInvariant(), word);
                Assert.DoesNotContain(' ', word);
            });
        }, iter: 5_000);
    }
}
