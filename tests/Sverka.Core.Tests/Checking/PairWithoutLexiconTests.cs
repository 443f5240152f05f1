using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// English and Icelandic have no lexicon between them, but English has one with Russian: it tells the name check
/// which capitalised English words are common words in a title ("Nordic Council"), translated rather than kept,
/// while a foreign name the translation drops is still reported.
/// </summary>
public sealed class PairWithoutLexiconTests
{
    private static readonly string[] s_english =
    [
        "The Nordic Council met in Helsinki on Monday to discuss fishing quotas.",
        "Ministers from Sweden spoke first.",
        "The meeting ended in the evening.",
    ];

    private static readonly string[] s_icelandic =
    [
        "Norræna ráðið fundaði í Helsinki á mánudag til að ræða fiskveiðikvóta.",
        "Ráðherrar frá Svíþjóð töluðu fyrst.",
        "Fundinum lauk um kvöldið.",
    ];

    // English words with Russian ones, as the shipped en-ru lexicon would give them: only the English side is read here.
    private static readonly Lexicon s_englishRussian = BuildEnglishRussian();

    private static IReadOnlyList<Finding> CheckNames(ILexiconSource lexicons, string[] english, string[] other, string otherLanguage = "is") =>
        new SverkaPipeline(new PipelineOptions(), lexicons)
            .Check(CheckBitext.OneToOne(english, "en", other, otherLanguage), new TranslationChecker(new CheckOptions(), [new NameCheck()]));

    [Fact]
    public void Common_english_words_in_a_title_are_not_names_when_english_has_a_lexicon_with_another_language()
    {
        Assert.Empty(CheckNames(new InMemoryLexiconSource(s_englishRussian), s_english, s_icelandic));
    }

    [Fact]
    public void With_no_lexicon_of_english_at_all_the_same_title_reads_as_names()
    {
        var findings = CheckNames(InMemoryLexiconSource.Empty, s_english, s_icelandic);

        Assert.Contains(findings, f => f.BeadIndex == 0 && f.Message.Contains("Council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_name_the_translation_drops_is_still_reported()
    {
        var icelandic = (string[])s_icelandic.Clone();
        icelandic[0] = "Norræna ráðið fundaði á mánudag til að ræða fiskveiðikvóta.";

        var finding = Assert.Single(CheckNames(new InMemoryLexiconSource(s_englishRussian), s_english, icelandic));

        Assert.Equal(0, finding.BeadIndex);
        Assert.Contains("Helsinki", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Council", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_whose_lexicon_cannot_stem_one_language_is_checked_as_if_it_had_none()
    {
        // FreeDict's Icelandic–English knows "ráð" and "fundur", not "ráðið" or "Fundinum", nor Sweden: weighed as
        // the pair's lexicon it made "Nordic Council" a name gone missing and "Svíþjóð" one put for "Sweden".
        var thinIcelandic = new Lexicon("is", "en", [("ráð", "council"), ("fundur", "meet"), ("ráðherra", "minist")]);

        Assert.Empty(CheckNames(new InMemoryLexiconSource(s_englishRussian, thinIcelandic), s_english, s_icelandic));
    }

    [Fact]
    public void A_pair_with_a_lexicon_of_its_own_is_read_with_that_one()
    {
        // The en-ru lexicon is the pair's own here, so it shows "Sweden" untranslated where the Russian names Norway:
        // one name put for another, which no vocabulary alone could tell.
        var findings = CheckNames(new InMemoryLexiconSource(s_englishRussian), ["Ministers from Sweden met in Helsinki on Monday."],
            ["Министры из Норвегии собрались в Хельсинки в понедельник."], otherLanguage: "ru");

        var finding = Assert.Single(findings);
        Assert.Contains("Sweden", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Норвегии", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_lexicon_of_a_language_is_found_in_either_direction()
    {
        var lexicons = new InMemoryLexiconSource(s_englishRussian);

        Assert.Equal(("en", "ru"), (lexicons.FindAnyFrom("en")!.SourceLanguage, lexicons.FindAnyFrom("en")!.TargetLanguage));
        Assert.Equal(("ru", "en"), (lexicons.FindAnyFrom("ru")!.SourceLanguage, lexicons.FindAnyFrom("ru")!.TargetLanguage));
        Assert.Null(lexicons.FindAnyFrom("is"));
    }

    private static Lexicon BuildEnglishRussian()
    {
        var english = WordStemmer.For("en");
        var russian = WordStemmer.For("ru");
        (string English, string Russian)[] words =
        [
            ("nordic", "северный"), ("council", "совет"), ("sweden", "швеция"), ("minister", "министр"), ("meeting", "встреча"),
            ("evening", "вечер"), ("met", "собрался"), ("spoke", "говорили"),
        ];
        return new Lexicon("en", "ru", words.Select(p => (english.Stem(p.English), russian.Stem(p.Russian))).ToList());
    }
}
