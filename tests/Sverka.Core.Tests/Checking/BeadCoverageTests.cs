using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>Which words of one side the other side accounts for.</summary>
public sealed class BeadCoverageTests
{
    private static BeadCoverage Measure(string english, string russian, bool ofRussian = false)
    {
        var context = new CheckContext(CheckBitext.Result([english], [russian]), CheckBitext.Lexicon, new CheckOptions());
        return ofRussian
            ? BeadCoverage.Measure(context.Target, 0, 1, context.Source, 0, 1)
            : BeadCoverage.Measure(context.Source, 0, 1, context.Target, 0, 1);
    }

    [Fact]
    public void A_name_kept_in_latin_letters_is_its_own_counterpart()
    {
        var coverage = Measure("CNN and CBS cameras filmed the police.", "Камеры CNN и CBS снимали, как работала полиция.");

        Assert.Contains(coverage.Words, w => w is { Word.Lower: "cnn", Covered: true });
        Assert.Contains(coverage.Words, w => w is { Word.Lower: "cbs", Covered: true });
        Assert.Contains(coverage.Words, w => w is { Word.Lower: "police", Covered: true });
    }

    // The Russian for a place or an acronym that no transliteration reaches covers it, either way round; a
    // sentence without it does not.
    [Theory]
    [InlineData("The UK police met in Beijing.", "Полиция Великобритании встретилась в Пекине.", "Полиция Франции встретилась в Париже.", "uk")]
    [InlineData("The UK police met in Beijing.", "Полиция Великобритании встретилась в Пекине.", "Полиция Франции встретилась в Париже.", "beijing")]
    [InlineData("The Dutch police met the workers.", "Голландская полиция встретилась с рабочими.", "Полиция встретилась с рабочими.", "dutch")]
    public void A_name_is_covered_by_the_russian_for_it(string english, string rendered, string other, string name)
    {
        Assert.Contains(Measure(english, rendered).Words, w => w.Word.Lower == name && w.Covered);
        Assert.Contains(Measure(english, other).Words, w => w.Word.Lower == name && !w.Covered);
    }

    // The stemmer cuts a masculine short form apart from its adjective: "доступен" to "доступ", "должен" to "долж".
    [Theory]
    [InlineData("The service is available to everyone.", "Сервис доступен всем.", "available")]
    [InlineData("The ticket is valid for a week.", "Билет действителен неделю.", "valid")]
    [InlineData("The road is necessary for the town.", "Дорога необходима городу.", "necessary")]
    [InlineData("The bridge is necessary for the town.", "Мост необходим городу.", "necessary")]
    [InlineData("The plan is dangerous.", "План опасен.", "dangerous")]
    public void A_word_is_covered_by_a_russian_short_adjective(string english, string russian, string word)
    {
        Assert.Contains(Measure(english, russian).Words, w => w.Word.Lower == word && w.Covered);
    }

    [Theory]
    [InlineData("Полиция Великобритании встретилась в Пекине.", "великобритании")]
    [InlineData("Полиция Великобритании встретилась в Пекине.", "пекине")]
    public void The_russian_for_a_name_is_covered_by_the_english_name(string russian, string name)
    {
        Assert.Contains(Measure("The UK police met in Beijing.", russian, ofRussian: true).Words, w => w.Word.Lower == name && w.Covered);
        Assert.Contains(Measure("The French police met in Paris.", russian, ofRussian: true).Words, w => w.Word.Lower == name && !w.Covered);
    }

    [Fact]
    public void A_title_before_a_name_is_not_a_word_to_account_for()
    {
        // "Mr" is "г-н", "мистер" or nothing at all; only the name after it must find its counterpart.
        var coverage = Measure("Mr Holt praised the workers.", "Холт похвалил рабочих.");

        Assert.DoesNotContain(coverage.Words, w => w.Word.Lower == "mr");
        Assert.Contains(coverage.Words, w => w is { Word.Lower: "holt", Covered: true });
    }

    // A name of two consonants ("Holt") matches by chance too easily, and one of one consonant ("Lee") is also a
    // common word, as "Ли" is also the particle "ли": only a capitalised word that sounds like it is its counterpart.
    [Theory]
    [InlineData("Holt praised the workers.", "Холт похвалил рабочих.", "Хвалили хлеб и рабочих.", "holt")]
    [InlineData("The minister met Lee.", "Министр встретился с Ли.", "Встретился ли министр с ним?", "lee")]
    public void A_short_name_is_matched_only_by_a_capitalised_word_that_sounds_like_it(string english, string named, string unnamed, string name)
    {
        Assert.Contains(Measure(english, named).Words, w => w.Word.Lower == name && w.Covered);
        Assert.Contains(Measure(english, unnamed).Words, w => w.Word.Lower == name && !w.Covered);
    }

    [Fact]
    public void A_common_word_is_not_covered_by_an_unrelated_word_that_shares_its_consonants_loosely()
    {
        // "yesterday" and "арестовала" share r-s-t-d loosely enough to pass for one name written two ways.
        var coverage = Measure("The police arrested a man yesterday.", "Полиция арестовала мужчину.");

        Assert.Contains(coverage.Words, w => w is { Word.Lower: "yesterday", Covered: false });
        Assert.Contains(coverage.Words, w => w is { Word.Lower: "arrested", Covered: true });
    }

    [Fact]
    public void A_name_is_still_covered_by_a_loose_rendering_of_its_sound()
    {
        var coverage = Measure("The minister met Kavanaugh.", "Министр встретился с Кавано.");

        Assert.Contains(coverage.Words, w => w is { Word.Lower: "kavanaugh", Covered: true });
    }

    [Fact]
    public void A_name_is_covered_loosely_only_by_another_name()
    {
        // "Снайдер" and "stationed" share their consonants loosely enough to pass for one name written two ways, but a
        // name is written with a capital in both languages: only a capitalised word may be its loose rendering.
        var russian = "Корабль стоял в Ломбоке, рассказывает Холли Снайдер.";
        var stationed = Measure("The ship was stationed in Lombok.", russian, ofRussian: true);
        var named = Measure("The ship was in Lombok, says Holly Snyder.", russian, ofRussian: true);

        Assert.Contains(stationed.Words, w => w is { Word.Lower: "снайдер", Covered: false });
        Assert.Contains(stationed.Words, w => w is { Word.Lower: "ломбоке", Covered: true });
        Assert.Contains(named.Words, w => w is { Word.Lower: "снайдер", Covered: true });
    }

    [Fact]
    public void A_function_word_accounts_for_the_word_it_translates_though_it_is_not_counted_itself()
    {
        // "down" is too common to weigh as evidence, but it is what "вниз" was translated by.
        var context = new CheckContext(CheckBitext.Result(["The river flooded down the street."], ["Река затопила улицу вниз по течению."]), CheckBitext.Lexicon, new CheckOptions());
        var russian = BeadCoverage.Measure(context.Target, 0, 1, context.Source, 0, 1);
        var english = BeadCoverage.Measure(context.Source, 0, 1, context.Target, 0, 1);

        Assert.Contains(russian.Words, w => w is { Word.Lower: "вниз", Covered: true });
        Assert.DoesNotContain(english.Words, w => w.Word.Lower == "down");
    }
}
