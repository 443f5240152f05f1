using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// A translation that lost a sentence often reaches the checks as a merged bead (2-1 rather than 1-0 and 1-1),
/// and an added sentence as a 1-2: the lost or added one must still be found, and a true merge left alone.
/// </summary>
public sealed class MergedBeadTests
{
    // A document long enough for its own length ratio and coverage rate; each pair is a faithful 1-1.
    private static readonly string[] s_english =
    [
        "Heavy rain flooded the town yesterday.",
        "The police arrested a man near the bridge.",
        "The school was closed for a week.",
        "Parents and teachers met the minister.",
        "The talks ended yesterday.",
        "The company hired workers for the bridge.",
        "The river flooded the village.",
    ];

    private static readonly string[] s_russian =
    [
        "Вчера сильный дождь затопил город.",
        "Полиция арестовала мужчину возле моста.",
        "Школа была закрыта на неделю.",
        "Родители и учителя встретились с министром.",
        "Переговоры завершились вчера.",
        "Компания наняла рабочих для моста.",
        "Река затопила деревню.",
    ];

    private const string OneToOne = "0:0 1:1 2:2 3:3 4:4 5:5 6:6";

    [Fact]
    public void A_sentence_lost_inside_a_two_to_one_bead_is_an_omission_of_that_sentence()
    {
        // The Russian for sentence 2 is gone; the aligner paired sentences 2 and 3 with what was the Russian 3.
        var russian = s_russian.Where((_, i) => i != 2).ToArray();
        const string Ladder = "0:0 1:1 2,3:2 4:3 5:4 6:5";

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, Ladder);

        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.BeadIndex);
        var lost = CheckBitext.Result(s_english, russian, Ladder).Source.Sentences[2].Span;
        Assert.Equal([lost], finding.SourceSpans);
    }

    [Fact]
    public void A_sentence_added_beside_a_condensed_translation_the_lexicon_covers_poorly_is_still_an_addition()
    {
        // The translation of sentence 1 is condensed and shares no word the lexicon pairs with it ("firm" is not
        // "компания", and it adds "моста"), so by words it looks hardly more translated than the added sentence;
        // but alone it makes the Russian of the bead as long as sentence 1 needs, and the added one alone would
        // leave it far too short.
        var english = s_english.Take(1)
            .Append("The firm took on many new engineers, designers and managers for its growing offices in the old centre of the capital.")
            .Concat(s_english.Skip(2)).ToArray();
        var russian = s_russian.Take(1)
            .Append("Погода была холодной.")
            .Append("Компания наняла множество новых сотрудников для офисов в центре столицы, возле моста.")
            .Concat(s_russian.Skip(2)).ToArray();
        const string Ladder = "0:0 1:1,2 2:3 3:4 4:5 5:6 6:7";

        var finding = Assert.Single(CheckBitext.Check(new AdditionCheck(), english, russian, Ladder));

        Assert.Equal(1, finding.BeadIndex);
        var added = CheckBitext.Result(english, russian, Ladder).Target.Sentences[1].Span;
        Assert.Equal([added], finding.TargetSpans);
    }

    [Fact]
    public void A_sentence_added_inside_a_one_to_two_bead_is_an_addition_of_that_sentence()
    {
        var russian = s_russian.Take(4).Append("Погода была холодной всю неделю, и дети остались дома.").Concat(s_russian.Skip(4)).ToArray();
        const string Ladder = "0:0 1:1 2:2 3:3,4 4:5 5:6 6:7";

        var findings = CheckBitext.Check(new AdditionCheck(), s_english, russian, Ladder);

        var finding = Assert.Single(findings);
        Assert.Equal(3, finding.BeadIndex);
        var added = CheckBitext.Result(s_english, russian, Ladder).Target.Sentences[4].Span;
        Assert.Equal([added], finding.TargetSpans);
    }

    [Fact]
    public void Two_sentences_the_translator_joined_into_one_raise_nothing()
    {
        var russian = s_russian.Take(2).Append("Школа была закрыта на неделю, и родители и учителя встретились с министром.").Concat(s_russian.Skip(4)).ToArray();
        const string Ladder = "0:0 1:1 2,3:2 4:3 5:4 6:5";

        var findings = CheckBitext.Check(s_english, russian, Ladder);

        Assert.DoesNotContain(findings, f => f.Kind is FindingKind.Omission or FindingKind.Addition);
    }

    [Fact]
    public void A_merged_sentence_whose_number_is_on_the_other_side_is_not_lost()
    {
        var english = s_english.Take(2).Append("The school was closed for 12 days.").Concat(s_english.Skip(3)).ToArray();
        // A loose translation of sentence 2: none of its words, but its number.
        var russian = s_russian.Take(2).Append("Родители и учителя встретились с министром: 12 дней без уроков.").Concat(s_russian.Skip(4)).ToArray();
        const string Ladder = "0:0 1:1 2,3:2 4:3 5:4 6:5";

        var findings = CheckBitext.Check(new OmissionCheck(), english, russian, Ladder);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_half_spelled_out_in_a_sentence_of_its_own_is_not_lost_when_it_carries_the_sources_year()
    {
        // A translator who split the sentence in two and spelled its first half out: the bead is far longer than
        // the English explains and the spelled-out half shares few words with it, but it has the English's year,
        // which the other half does not. What it spells out may be reported; the sentence is not lost whole.
        var english = s_english.Take(1).Append("In 2012 a farmer was hurt, and the police arrested a man near the bridge.").Concat(s_english.Skip(2)).ToArray();
        var russian = s_russian.Take(1)
            .Append("В 2012 году в деревне в холодную погоду пострадал фермер, и дети и родители видели это.")
            .Append("Полиция арестовала мужчину возле моста.")
            .Concat(s_russian.Skip(2)).ToArray();
        const string Ladder = "0:0 1:1,2 2:3 3:4 4:5 5:6 6:7";
        var spelledOut = CheckBitext.Result(english, russian, Ladder).Target.Sentences[1].Span;

        var findings = CheckBitext.Check(new AdditionCheck(), english, russian, Ladder);

        Assert.DoesNotContain(findings, f => f.TargetSpans.Contains(spelledOut));
    }

    [Fact]
    public void A_lost_headline_that_repeats_the_next_sentence_is_an_omission_though_its_words_are_all_there()
    {
        // The Russian translates the story's first sentence only; the headline's words are in it, but for the story.
        var english = s_english.Take(1).Append("Police arrested a man near the bridge").Concat(s_english.Skip(1)).ToArray();
        const string Ladder = "0:0 1,2:1 3:2 4:3 5:4 6:5 7:6";

        var findings = CheckBitext.Check(new OmissionCheck(), english, s_russian, Ladder);

        var finding = Assert.Single(findings);
        var headline = CheckBitext.Result(english, s_russian, Ladder).Source.Sentences[1].Span;
        Assert.Equal([headline], finding.SourceSpans);
    }

    [Fact]
    public void A_lost_headline_is_an_omission_though_the_story_repeats_its_figure()
    {
        var english = s_english.Take(5).Append("Company hired 300 workers").Append("The company hired 300 workers for the bridge.").Concat(s_english.Skip(6)).ToArray();
        var russian = s_russian.Take(5).Append("Компания наняла 300 рабочих для моста.").Concat(s_russian.Skip(6)).ToArray();
        const string Ladder = "0:0 1:1 2:2 3:3 4:4 5,6:5 7:6";

        var findings = CheckBitext.Check(new OmissionCheck(), english, russian, Ladder);

        var finding = Assert.Single(findings);
        var headline = CheckBitext.Result(english, russian, Ladder).Source.Sentences[5].Span;
        Assert.Equal([headline], finding.SourceSpans);
    }

    [Fact]
    public void A_short_lost_sentence_is_an_omission_though_without_it_the_translation_runs_long()
    {
        // The Russian for sentence 5 says more than the English; the lost sentence after it barely moves the length.
        var english = s_english.Take(6).Append("The minister met the children.").Concat(s_english.Skip(6)).ToArray();
        var russian = s_russian.Take(5).Append("Компания наняла рабочих для строительства нового моста.").Concat(s_russian.Skip(6)).ToArray();
        const string Ladder = "0:0 1:1 2:2 3:3 4:4 5,6:5 7:6";

        var findings = CheckBitext.Check(new OmissionCheck(), english, russian, Ladder);

        var finding = Assert.Single(findings);
        var lost = CheckBitext.Result(english, russian, Ladder).Source.Sentences[6].Span;
        Assert.Equal([lost], finding.SourceSpans);
    }

    [Fact]
    public void A_sentence_merged_one_bead_too_early_is_not_lost_when_the_next_bead_has_its_translation_to_spare()
    {
        // Nothing is lost: the aligner drew the boundary one sentence off, 2-1 then 1-2 where 1-1 three times was right.
        const string Ladder = "0:0 1:1 2,3:2 4:3,4 5:5 6:6";

        var findings = CheckBitext.Check(s_english, s_russian, Ladder);

        Assert.DoesNotContain(findings, f => f.Kind is FindingKind.Omission or FindingKind.Addition);
    }

    [Fact]
    public void A_sentence_merged_one_bead_too_late_is_not_lost_when_an_unpaired_sentence_before_it_translates_it()
    {
        const string Ladder = "0:0 1:1 :2 2,3:3 4:4 5:5 6:6";

        var findings = CheckBitext.Check(s_english, s_russian, Ladder);

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Omission);
    }

    [Fact]
    public void A_sentence_merged_one_bead_too_early_is_not_lost_though_the_translation_next_door_shares_no_word_with_it()
    {
        // A loose translation of sentence 3, in the next bead: the words cannot link them, the bead counts can.
        var russian = s_russian.Take(3).Append("Взрослые собрались на совещание.").Concat(s_russian.Skip(4)).ToArray();
        const string Ladder = "0:0 1:1 2,3:2 4:3,4 5:5 6:6";

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, Ladder);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_lost_sentence_of_two_counted_words_is_an_omission()
    {
        var english = s_english.Take(6).Append("The children were cold.").Concat(s_english.Skip(6)).ToArray();
        const string Ladder = "0:0 1:1 2:2 3:3 4:4 5,6:5 7:6";

        var findings = CheckBitext.Check(new OmissionCheck(), english, s_russian, Ladder);

        var finding = Assert.Single(findings);
        var lost = CheckBitext.Result(english, s_russian, Ladder).Source.Sentences[6].Span;
        Assert.Equal([lost], finding.SourceSpans);
    }

    [Fact]
    public void Every_pair_of_the_document_is_one_to_one_and_quiet()
    {
        Assert.Empty(CheckBitext.Check(new OmissionCheck(), s_english, s_russian, OneToOne));
        Assert.Empty(CheckBitext.Check(new AdditionCheck(), s_english, s_russian, OneToOne));
    }
}
