using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// German capitalises every noun, so a capital there does not mark a name: a German noun the French translates is
/// no name gone missing, while a name the French writes elsewhere in the document still is.
/// </summary>
public sealed class NounCapitalisingLanguageTests
{
    private static readonly string[] s_german =
    [
        "Die Lawine traf das Dorf am Montag.",
        "Der Bergführer Zimmermann stieg mit drei Trägern auf.",
        "Das Wetter blieb eine Woche lang schlecht.",
        "Die Expedition erreichte das Lager am Abend.",
    ];

    private static readonly string[] s_french =
    [
        "L'avalanche a frappé le village lundi.",
        "Le guide Zimmermann est monté avec trois porteurs.",
        "Le temps est resté mauvais pendant une semaine.",
        "L'expédition a atteint le camp le soir.",
    ];

    private static IReadOnlyList<Finding> Check(string[] german, string[] french) =>
        new TranslationChecker(new CheckOptions(), [new NameCheck()]).Check(CheckBitext.OneToOne(german, "de", french, "fr"), lexicon: null);

    [Fact]
    public void Translated_german_nouns_are_not_names_gone_missing()
    {
        Assert.Empty(Check(s_german, s_french));
    }

    [Fact]
    public void A_name_the_french_writes_elsewhere_is_still_reported_where_it_is_dropped()
    {
        var german = (string[])s_german.Clone();
        german[3] = "Am Abend erreichte Zimmermann das Lager.";

        var finding = Assert.Single(Check(german, s_french));

        Assert.Equal(3, finding.BeadIndex);
        Assert.Contains("Zimmermann", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_french_makes_an_adjective_of_is_not_missing()
    {
        var german = (string[])s_german.Clone();
        var french = (string[])s_french.Clone();
        german[2] = "Das Wetter blieb im Himalaya eine Woche lang schlecht.";
        french[2] = "Le temps est resté mauvais dans l'Himalaya pendant une semaine.";
        german[3] = "Die Expedition erreichte das Lager im Himalaya am Abend.";
        french[3] = "L'expédition himalayenne a atteint le camp le soir.";

        Assert.Empty(Check(german, french));
    }

    [Fact]
    public void A_name_after_an_elided_article_is_a_name_of_the_french()
    {
        // The French writes the name only as "l'Annapurna": read with its article, it has no capital, and the
        // German noun would be taken for a common one the French translates.
        var german = (string[])s_german.Clone();
        var french = (string[])s_french.Clone();
        german[2] = "Das Wetter blieb am Annapurna eine Woche lang schlecht.";
        french[2] = "Le temps est resté mauvais sur l'Annapurna pendant une semaine.";
        german[3] = "Die Expedition erreichte das Lager am Annapurna am Abend.";

        var finding = Assert.Single(Check(german, french));

        Assert.Equal(3, finding.BeadIndex);
        Assert.Contains("Annapurna", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_german_noun_the_french_writes_only_in_a_german_title_is_no_name()
    {
        // The French cites a German book by its title: its nouns have capitals, but in German, not as names.
        var german = s_german.Append("Quelle: Albert Eggler, Gipfel über den Wolken, Bern 1956.").ToArray();
        var french = s_french.Append("Albert Eggler, Gipfel über den Wolken, Berne 1956.").ToArray();
        german[3] = "Die Expedition erreichte das Lager am Abend unter dichten Wolken.";
        french[3] = "L'expédition a atteint le camp le soir sous d'épais nuages.";

        Assert.Empty(Check(german, french));
    }
}
