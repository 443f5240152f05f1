using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// A translation that cut a clause out of a sentence: the pair stays 1-1, the target is far shorter than the
/// document's ratio predicts, and a run of source words has no counterpart while every word the target does have
/// is accounted for by the source. The other way round, a target that spells out a little more than the source
/// says is how translators work, and only a clause of its own that makes it far longer is an addition.
/// </summary>
public sealed class DroppedClauseTests
{
    private static readonly string[] s_english = CheckBitext.ClausesEnglish();

    private static readonly string[] s_russian = CheckBitext.ClausesRussian();

    private const string OneToOne = "0:0 1:1 2:2 3:3 4:4 5:5";

    [Fact]
    public void A_faithful_translation_is_quiet()
    {
        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, s_russian, OneToOne));
        Assert.Empty(CheckBitext.Check(new AdditionCheck(), s_english, s_russian, OneToOne));
    }

    [Fact]
    public void A_clause_cut_out_of_a_translated_sentence_is_an_omission_of_that_clause()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, OneToOne);

        var finding = Assert.Single(findings);
        Assert.Equal(1, finding.BeadIndex);
        var quoted = CheckBitext.TextOf(CheckBitext.Result(s_english, russian, OneToOne).Source, finding.SourceSpans[0]);
        Assert.Contains("river", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("police", quoted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the river\n\u00A0\u00A0\u00A0 flooded the village", "the river flooded the village")]
    [InlineData("the river  flooded\n    the village and the fields and the roads and the bridges and the town hall, all of it",
        "the river  flooded the village and the fields and the roads and the bridges and…")]
    public void A_clause_is_quoted_on_one_line_and_cut_to_eighty_characters(string clause, string quoted)
    {
        var document = new Sverka.Core.Text.Document(clause, "en", [new Sverka.Core.Text.Sentence(new Sverka.Core.Text.TextSpan(0, clause.Length), 0)]);

        Assert.Equal(quoted, ContentBalance.Quote(document, new Sverka.Core.Text.TextSpan(0, clause.Length)));
    }

    [Theory]
    [InlineData("and 320 homes were hit", 1)]
    [InlineData("and three homes were hit", 0)]
    public void A_figure_in_digits_the_translation_lacks_speaks_for_a_cut_clause_where_a_number_word_does_not(string clause, int expected)
    {
        // The same cut, the number word making the pair shorter still: a figure is kept by every faithful
        // translation, so its absence adds to the evidence; "three" ("many", "Saturday") is rephrased or dropped as
        // a matter of course.
        var english = (string[])s_english.Clone();
        english[1] = $"The police arrested a man near the bridge, {clause}.";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";

        var findings = CheckBitext.Check(new OmissionCheck(), english, russian, OneToOne);

        Assert.Equal(expected, findings.Count);
    }

    [Fact]
    public void A_pair_cut_to_under_half_its_expected_length_is_an_omission_though_no_long_run_of_words_is_missing()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция задержала мужчину.";

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, OneToOne);

        Assert.Equal(1, Assert.Single(findings).BeadIndex);
    }

    [Theory]
    [InlineData("The police arrested a man near the bridge, and the river flooded the village.", "Полиция задержала мужчину.", 1)]
    [InlineData("Well, the police arrested him.", "Задержали.", 0)]
    public void A_short_sentence_rendered_shorter_still_is_no_omission_where_a_long_one_would_be(string english1, string russian1, int expected)
    {
        // A short sentence's length ratio varies more, so its shortfall counts for less: "Задержали." renders "Well,
        // the police arrested him." as translators do, though it is as much shorter as the cut sentence above.
        var english = (string[])s_english.Clone();
        english[1] = english1;
        var russian = (string[])s_russian.Clone();
        russian[1] = russian1;

        Assert.Equal(expected, CheckBitext.Check(new OmissionCheck(), english, russian, OneToOne).Count);
    }

    [Fact]
    public void A_translation_that_says_nothing_the_source_does_not_and_drops_a_short_clause_is_an_omission()
    {
        // Only two English words in a row are missing ("flooded the village"), but every counted Russian word is
        // in the English and the pair is a third short: the translation is faithful where it speaks and silent
        // where the clause was.
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция задержала мужчину, гулявшего у реки.";

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, OneToOne);

        Assert.Equal(1, Assert.Single(findings).BeadIndex);
    }

    [Fact]
    public void A_translation_condensed_without_leaving_any_word_out_is_no_omission()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину у моста, река затопила деревню.";

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, russian, OneToOne));
    }

    [Fact]
    public void Without_a_lexicon_a_pair_half_as_long_is_no_omission_and_one_cut_by_two_thirds_is()
    {
        // With no lexicon no word is measured, so nothing excuses or explains the shortfall: length alone decides.
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину у реки.";
        Assert.Empty(CheckWithoutLexicon(s_english, russian));

        russian[1] = "Полиция арестовала мужчину.";
        Assert.Equal(1, Assert.Single(CheckWithoutLexicon(s_english, russian)).BeadIndex);
    }

    private static IReadOnlyList<Finding> CheckWithoutLexicon(string[] english, string[] russian) =>
        new TranslationChecker(new CheckOptions(), [new OmissionCheck()]).Check(CheckBitext.Result(english, russian, OneToOne), lexicon: null);

    [Fact]
    public void A_target_that_names_people_and_figures_the_source_does_not_carries_more()
    {
        // Three quarters longer than usual is within what translators write, but the source has no 1985, no Smith
        // and no Jones; a target as long that only spells the place out says nothing new.
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge.";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста, который в 1985 году построили Смит и Джонс.";
        var spelledOut = (string[])russian.Clone();
        spelledOut[1] = "Полиция арестовала мужчину возле моста, который когда-то давно построили здесь.";

        Assert.Equal(1, Assert.Single(CheckBitext.Check(new AdditionCheck(), english, russian, OneToOne)).BeadIndex);
        Assert.Empty(CheckBitext.Check(new AdditionCheck(), english, spelledOut, OneToOne));
    }

    [Fact]
    public void A_clause_appended_to_a_translated_sentence_is_an_addition_of_that_clause()
    {
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge.";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста, а школа была закрыта на неделю, и родители и учителя встретились с министром.";

        var findings = CheckBitext.Check(new AdditionCheck(), english, russian, OneToOne);

        var finding = Assert.Single(findings);
        Assert.Equal(1, finding.BeadIndex);
        var quoted = CheckBitext.TextOf(CheckBitext.Result(english, russian, OneToOne).Target, finding.TargetSpans[0]);
        Assert.Contains("школа", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("Полиция", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_that_says_more_is_no_addition_where_a_sentence_would_be()
    {
        // The pair of the test above as a headline, with no full stop on either side: a translator writes a
        // headline anew, spelling out what its few words imply.
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста, а школа была закрыта на неделю, и родители и учителя встретились с министром";

        Assert.Empty(CheckBitext.Check(new AdditionCheck(), english, russian, OneToOne));
        Assert.Single(CheckBitext.Check(new AdditionCheck(), english, [.. russian.Select((r, i) => i == 1 ? r + "." : r)], OneToOne));
    }

    [Fact]
    public void A_headline_that_says_less_is_no_omission_where_a_sentence_would_be()
    {
        // The other way round: a translator condenses a headline as freely as another spells one out.
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge, and the school was closed for a week, and parents and teachers met the minister";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста";

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), english, russian, OneToOne));
        Assert.Single(CheckBitext.Check(new OmissionCheck(), [.. english.Select((e, i) => i == 1 ? e + "." : e)],
            [.. russian.Select((r, i) => i == 1 ? r + "." : r)], OneToOne));
    }

    [Fact]
    public void A_clause_with_nothing_in_the_source_that_ends_the_target_is_an_addition_where_the_same_words_spread_through_it_are_not()
    {
        // The same eight words the source has nothing for, and the same length: appended as a clause of their own,
        // they are something the translation adds; spread among the translated words they read as a loose translation.
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge on Sunday.";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста, дети, родители и учителя встретились с министром.";
        var spread = (string[])russian.Clone();
        spread[1] = "Дети полиция, родители арестовала, учителя мужчину, встретились возле моста с министром.";

        Assert.Equal(1, Assert.Single(CheckBitext.Check(new AdditionCheck(), english, russian, OneToOne)).BeadIndex);
        Assert.Empty(CheckBitext.Check(new AdditionCheck(), english, spread, OneToOne));
    }

    [Fact]
    public void A_target_that_spells_out_more_than_the_source_is_no_addition()
    {
        // The mirror of the dropped clause: the English is all in the Russian, and the Russian says more.
        var english = (string[])s_english.Clone();
        english[1] = "The police arrested a man near the bridge.";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Вчера вечером сотрудники полиции в штатском арестовали какого-то мужчину возле самого моста.";

        var findings = CheckBitext.Check(new AdditionCheck(), english, russian, OneToOne);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_clause_cut_out_of_a_pair_the_aligner_joined_with_its_neighbour_is_an_omission_of_that_clause()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";
        const string JoinedWithNext = "0:0 1,2:1,2 3:3 4:4 5:5";

        var finding = Assert.Single(CheckBitext.Check(new OmissionCheck(), s_english, russian, JoinedWithNext));

        Assert.Equal(1, finding.BeadIndex);
        var quoted = CheckBitext.TextOf(CheckBitext.Result(s_english, russian, JoinedWithNext).Source, finding.SourceSpans[0]);
        Assert.Contains("river", quoted, StringComparison.Ordinal);
    }

    // The aligner drawn one sentence off around the pair that lost its clause: 1-2, then 2-1.
    private const string ShiftedByOne = "0:0,1 1,2:2 3:3 4:4 5:5";

    [Fact]
    public void A_clause_cut_out_of_a_pair_the_aligner_drew_one_sentence_off_is_an_omission_of_that_clause()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";

        var finding = Assert.Single(CheckBitext.Check(new OmissionCheck(), s_english, russian, ShiftedByOne));

        Assert.Equal(1, finding.BeadIndex);
        var result = CheckBitext.Result(s_english, russian, ShiftedByOne);
        Assert.Contains("river", CheckBitext.TextOf(result.Source, finding.SourceSpans[0]), StringComparison.Ordinal);
        Assert.Equal("Полиция арестовала мужчину возле моста.", CheckBitext.TextOf(result.Target, Assert.Single(finding.TargetSpans)));
    }

    [Fact]
    public void A_block_of_one_to_two_and_two_to_one_as_long_as_it_should_be_is_weighed_as_the_aligner_drew_it()
    {
        // The translator put the first sentence over two and the next two into one.
        string[] russian = ["Вчера шёл сильный дождь.", "Он затопил город.", "Полиция арестовала мужчину возле моста, а река затопила деревню, и школа была закрыта на неделю.",
            .. s_russian[3..]];

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, russian, ShiftedByOne));
    }

    [Fact]
    public void A_short_block_whose_other_sentences_are_no_pairs_one_by_one_is_weighed_as_the_aligner_drew_it()
    {
        // Two sentences for the first, which says two things, and one for the next two, in fewer words: the pairs a
        // sentence off would put "The school was closed." against "Река затопила деревню.".
        string[] english = ["The police arrested a man near the bridge, and the river flooded the village.", "The school was closed.", "Parents and teachers met the minister.",
            .. s_english[3..]];
        string[] russian = ["Полиция арестовала мужчину возле моста.", "Река затопила деревню.", "Школа была закрыта, родители и учителя встретились с министром.",
            .. s_russian[3..]];

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), english, russian, ShiftedByOne));
    }

    [Fact]
    public void A_clause_cut_out_of_a_story_s_first_sentence_joined_with_its_spelt_out_headline_is_an_omission_of_that_clause()
    {
        string[] english = ["Rain floods town", "The police arrested a man near the bridge, and the river flooded the village.", "The school was closed for a week.",
            "Parents and teachers met the minister.", "The talks ended yesterday."];
        string[] russian = ["Сильный дождь затопил город у моста", "Полиция арестовала мужчину возле моста.", "Школа была закрыта на неделю.",
            "Родители и учителя встретились с министром.", "Переговоры завершились вчера."];
        const string HeadlineJoinedWithStory = "0,1:0,1 2:2 3:3 4:4";

        var finding = Assert.Single(CheckBitext.Check(new OmissionCheck(), english, russian, HeadlineJoinedWithStory));

        var quoted = CheckBitext.TextOf(CheckBitext.Result(english, russian, HeadlineJoinedWithStory).Source, finding.SourceSpans[0]);
        Assert.Contains("river", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_moved_from_one_sentence_of_a_two_by_two_bead_to_the_other_is_no_omission()
    {
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";
        russian[2] = "Река затопила деревню, и поэтому школа была закрыта на целую неделю.";
        const string JoinedWithNext = "0:0 1,2:1,2 3:3 4:4 5:5";

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, russian, JoinedWithNext));
        Assert.Empty(CheckBitext.Check(new AdditionCheck(), s_english, russian, JoinedWithNext));
    }

    [Fact]
    public void A_clause_moved_into_a_sentence_the_segmenter_cut_at_a_semicolon_is_no_omission_either()
    {
        var english = (string[])s_english.Clone();
        english[2] = "The school was closed for a week;";
        var russian = (string[])s_russian.Clone();
        russian[1] = "Полиция арестовала мужчину возле моста.";
        russian[2] = "Река затопила деревню, и поэтому школа была закрыта на целую неделю;";
        const string JoinedWithNext = "0:0 1,2:1,2 3:3 4:4 5:5";

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), english, russian, JoinedWithNext));
    }
}
