using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// The omission or addition that the name and number checks show together with the length: a pair clearly short
/// that loses a name or a figure along with other words, or clearly long that names what the source does not. The
/// omission and addition checks themselves are replaced by ones that find nothing, so that what is found here comes
/// from the findings of the others.
/// </summary>
public sealed class CorroboratedBalanceTests
{
    /// <summary>Checks the faithful sentences and one more pair, with the check of <paramref name="silenced"/> finding nothing itself.</summary>
    private static IReadOnlyList<Finding> Check(string english, string russian, FindingKind silenced = FindingKind.Omission)
    {
        string[] englishLines = [.. CheckBitext.FaithfulEnglish()[..3], english];
        string[] russianLines = [.. CheckBitext.FaithfulRussian()[..3], russian];
        return new TranslationChecker(new CheckOptions(), [new NameCheck(), new NumberCheck(), new SilentCheck(silenced)])
            .Check(CheckBitext.Result(englishLines, russianLines), CheckBitext.Lexicon);
    }

    [Theory]
    [InlineData("Parents and teachers met the minister, and Kavanaugh closed the school for a week.", "Kavanaugh")]
    [InlineData("Parents and teachers met the minister, and 40 workers closed the school for a week.", "40")]
    public void A_short_pair_that_loses_a_name_or_a_figure_with_other_words_is_an_omission(string english, string lost)
    {
        var findings = Check(english, "Родители и учителя встретились с министром.");

        var omission = Assert.Single(findings, f => f.Kind == FindingKind.Omission);
        Assert.Equal(3, omission.BeadIndex);
        Assert.EndsWith($"has nothing for {lost}", omission.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_pair_that_loses_a_name_for_one_the_source_names_elsewhere_is_an_omission_too()
    {
        // "Петренко" is named in sentence 0 of both sides: put where Kavanaugh was, it adds nothing the source
        // lacks, and the pair has still lost a name with the clause around it.
        string[] englishLines = ["Heavy rain flooded the town, officer Petrenko said yesterday.", .. CheckBitext.FaithfulEnglish()[1..3],
            "Parents and teachers met the minister, and Kavanaugh closed the school for a week."];
        string[] russianLines = ["Вчера сильный дождь затопил город, сказал полицейский Петренко.", .. CheckBitext.FaithfulRussian()[1..3],
            "Родители и учителя встретились с Петренко."];

        var findings = new TranslationChecker(new CheckOptions(), [new NameCheck(), new NumberCheck(), new SilentCheck(FindingKind.Omission)])
            .Check(CheckBitext.Result(englishLines, russianLines), CheckBitext.Lexicon);

        Assert.Contains(findings, f => f.Kind == FindingKind.Name && f.BeadIndex == 3 && f.Message.EndsWith("Петренко instead", StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(findings, f => f.Kind == FindingKind.Omission).BeadIndex);
    }

    [Theory]
    [InlineData("Parents and teachers met Kavanaugh.", "Родители и учителя встретились.")]
    [InlineData("Parents and teachers met the minister, and Kavanaugh closed the school for a week.",
        "Родители и учителя встретились с министром, и тот закрыл школу на неделю.")]
    public void A_name_dropped_alone_or_from_a_pair_of_full_length_is_no_omission(string english, string russian)
    {
        var findings = Check(english, russian);

        Assert.Contains(findings, f => f.Kind == FindingKind.Name && f.TargetLacks);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Omission);
    }

    // Two names lost with words between them are a clause's worth even where the rest is rendered at length; two
    // side by side are one title, which a translator may render as words.
    [Theory]
    [InlineData("Parents say that Kavanaugh met workers in Phoenix to open a new school.", true)]
    [InlineData("Parents say that Kavanaugh and Phoenix met workers to open a new school.", false)]
    public void Two_names_lost_apart_make_an_omission_where_the_rest_is_rendered_at_length(string english, bool omitted)
    {
        var findings = Check(english, "Родители говорят, что скоро откроют новую большую школу.");

        var lost = Assert.Single(findings, f => f.Kind == FindingKind.Name && f.TargetLacks);
        Assert.Equal(2, lost.SourceSpans.Count);
        Assert.Equal(omitted, findings.Any(f => f.Kind == FindingKind.Omission && f.BeadIndex == 3));
    }

    [Fact]
    public void A_long_pair_that_names_what_the_source_does_not_has_gained_a_clause()
    {
        var findings = Check("Parents and teachers met the minister.",
            "Родители и учителя встретились с министром, а президент Сейнсбери закрыл мост на неделю.", FindingKind.Addition);

        var added = Assert.Single(findings, f => f.Kind == FindingKind.Name && f.SourceLacks);
        var addition = Assert.Single(findings, f => f.Kind == FindingKind.Addition);
        Assert.Equal(3, addition.BeadIndex);
        Assert.Equal(added.TargetSpans, addition.TargetSpans);
        Assert.EndsWith("the English has nothing for Сейнсбери", addition.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_of_the_usual_length_that_names_what_the_source_does_not_is_no_addition()
    {
        // "Сейнсбери, погода холодная" is a run of three words the English has nothing for, but the Russian is no
        // longer than the English predicts: a loose rendering that names someone, not a clause put in.
        var findings = Check("Parents and teachers met the minister, as everyone had hoped they eventually would.",
            "Родители и учителя встретились с министром Сейнсбери, погода холодная.", FindingKind.Addition);

        Assert.Contains(findings, f => f.Kind == FindingKind.Name && f.SourceLacks);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Addition);
    }

    /// <summary>Stands in for a check that finds nothing, so that only what the others corroborate is found.</summary>
    private sealed class SilentCheck(FindingKind kind) : ICheck
    {
        public FindingKind Kind => kind;

        public IEnumerable<Finding> Run(CheckContext context) => [];
    }
}
