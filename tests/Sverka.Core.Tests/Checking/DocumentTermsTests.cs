using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>Translations a document teaches of its own terms, which the lexicon lists in other senses only.</summary>
public sealed class DocumentTermsTests
{
    // "bug" is "клоп" in the test lexicon and "ошибка" is "error": a manual renders one by the other.
    private static readonly string[] s_english =
    [
        "The bug closed the school.",
        "Teachers found the bug yesterday.",
        "Heavy rain flooded the town.",
        "The bug damaged the bridge.",
        "The minister met the bug.",
        "The police arrested a man.",
        "Parents saw the children.",
        "The bug stopped the talks.",
    ];

    private static readonly string[] s_russian =
    [
        "Ошибка закрыла школу.",
        "Вчера учителя нашли ошибку.",
        "Сильный дождь затопил город.",
        "Ошибка повредила мост.",
        "Министр встретился с ошибкой.",
        "Полиция арестовала мужчину.",
        "Родители видели детей.",
        "Ошибка остановила переговоры.",
    ];

    [Fact]
    public void A_term_rendered_alike_in_five_beads_is_learned_and_covers_its_rendering()
    {
        var result = CheckBitext.Result(s_english, s_russian);
        var source = new SideAnalysis(result.Source, CheckBitext.Lexicon, isSource: true);
        var target = new SideAnalysis(result.Target, CheckBitext.Lexicon, isSource: false);
        var bug = Assert.Single(source[0].Words, w => w.Lower == "bug");
        var error = Assert.Single(target[0].Words, w => w.Lower == "ошибка");

        Assert.Equal([(bug.LexiconId, error.LexiconId)], DocumentTerms.Learn(source, target, result.Alignment.Beads));

        var context = new CheckContext(result, CheckBitext.Lexicon, new CheckOptions());
        Assert.True(Assert.Single(BeadCoverage.Measure(context.Source, 1, 1, context.Target, 1, 1).Words, w => w.Word.Lower == "bug").Covered);
        Assert.True(Assert.Single(BeadCoverage.Measure(context.Target, 3, 1, context.Source, 3, 1).Words, w => w.Word.Lower == "ошибка").Covered);
        Assert.Equal([bug.LexiconId], context.Source.Taught);
    }

    [Fact]
    public void A_term_the_lexicon_covers_in_another_sense_elsewhere_is_learned_where_it_pairs_beyond_chance()
    {
        // "bug" is in 35 beads, 25 of them covered by "клоп": over every bead either word is in, their Dice is
        // 2 × 10 / (35 + 10) = 0.44; over the beads that leave either uncovered it is 1, a G² of 44 in 38 pairs.
        string[] english =
        [
            .. s_english, "The bug hired workers.", "The bug met the teachers.", "The bug built the village.", "The bug saw the children.",
            "The bug left the street.", .. Enumerable.Repeat("The bug bit the farmer.", 25),
        ];
        string[] russian =
        [
            .. s_russian, "Ошибка наняла рабочих.", "Ошибка встретилась с учителями.", "Ошибка построила деревню.", "Ошибка видела детей.",
            "Ошибка покинула улицу.", .. Enumerable.Repeat("Клоп укусил фермера.", 25),
        ];
        var context = new CheckContext(CheckBitext.Result(english, russian), CheckBitext.Lexicon, new CheckOptions());
        var bug = Assert.Single(context.Source[0].Words, w => w.Lower == "bug");

        Assert.Equal([bug.LexiconId], context.Source.Taught);
        Assert.True(Assert.Single(BeadCoverage.Measure(context.Target, 8, 1, context.Source, 8, 1).Words, w => w.Word.Lower == "ошибка").Covered);
    }

    [Fact]
    public void Four_beads_together_are_a_coincidence()
    {
        string[] english = [.. s_english[..^1], "The flood stopped the talks."];
        string[] russian = [.. s_russian[..^1], "Паводок остановил переговоры."];
        var context = new CheckContext(CheckBitext.Result(english, russian), CheckBitext.Lexicon, new CheckOptions());

        Assert.Empty(context.Source.Taught);
        Assert.False(Assert.Single(BeadCoverage.Measure(context.Source, 0, 1, context.Target, 0, 1).Words, w => w.Word.Lower == "bug").Covered);
    }

    [Fact]
    public void A_term_that_comes_without_its_rendering_more_often_than_with_it_is_not_learned()
    {
        // Left uncovered together five times, but each also stands alone six times: 10 / 22 of their beads.
        string[] english =
        [
            .. s_english, "The bug hired workers.", "The bug met the teachers.", "The bug built the village.", "The bug saw the children.",
            "The bug left the street.", "The bug crossed the river.",
            "The report was published.", "The week was cold.", "The talks ended.", "The river flooded.", "The farmer was born.", "The state hired a coach.",
        ];
        string[] russian =
        [
            .. s_russian, "Компания наняла рабочих.", "Учителя встретились с ними.", "Деревню построили.", "Детей видели.",
            "Улицу покинули.", "Реку пересекли.",
            "Ошибка: доклад опубликован.", "Ошибка: неделя была холодная.", "Ошибка: переговоры завершились.", "Ошибка: река затопила.",
            "Ошибка: фермер рожденный.", "Ошибка: государство наняло тренера.",
        ];
        var context = new CheckContext(CheckBitext.Result(english, russian), CheckBitext.Lexicon, new CheckOptions());
        var bug = Assert.Single(context.Source[0].Words, w => w.Lower == "bug");

        Assert.DoesNotContain(bug.LexiconId, context.Source.Taught);
    }
}
