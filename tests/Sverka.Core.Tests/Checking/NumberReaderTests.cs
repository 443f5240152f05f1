using System.Globalization;
using CsCheck;
using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("It cost 1,000 dollars.", "en", 1000)]
    [InlineData("Это стоило 1 000 долларов.", "ru", 1000)]
    [InlineData("Это стоило 1\u00A0000 долларов.", "ru", 1000)]
    [InlineData("Это стоило 1.000 евро.", "ru", 1000)]
    [InlineData("Growth was 1.5 points.", "en", 1.5)]
    [InlineData("Рост составил 1,5 пункта.", "ru", 1.5)]
    [InlineData("It reached 1,000,000.", "en", 1_000_000)]
    [InlineData("It reached 1,000.75 today.", "en", 1000.75)]
    [InlineData("Es erreichte 1.000,75 heute.", "de", 1000.75)]
    [InlineData("Two people came.", "en", 2)]
    [InlineData("Пришли два человека.", "ru", 2)]
    [InlineData("Пришли двое.", "ru", 2)]
    [InlineData("The deal was worth $5bn.", "en", 5e9)]
    [InlineData("The deal was worth 5 billion.", "en", 5e9)]
    [InlineData("Сделка стоила 5 млрд долларов.", "ru", 5e9)]
    [InlineData("Выручка 1,5 млн рублей.", "ru", 1.5e6)]
    [InlineData("Им было сорок восемь лет.", "ru", 48)]
    [InlineData("He was twenty five.", "en", 25)]
    [InlineData("Built in the 1930s.", "en", 30)]
    [InlineData("It is open 24/7.", "en", 7)]
    public void A_written_number_reads_as_its_value(string sentence, string language, double expected)
    {
        var mentions = NumberReader.Read(sentence, language);

        Assert.Contains(mentions, m => m.Values.Any(v => Math.Abs(v - expected) < 1e-9 * Math.Max(1, expected)));
    }

    [Theory]
    [InlineData("Unemployment rose to 30%.", "en")]
    [InlineData("Безработица выросла до 30 процентов.", "ru")]
    [InlineData("Unemployment rose to 30 per cent.", "en")]
    [InlineData("Unemployment rose to 30 percent.", "en")]
    public void A_percentage_is_a_percent_of_its_number(string sentence, string language)
    {
        var mention = Assert.Single(NumberReader.Read(sentence, language));

        Assert.Equal(NumberMentionKind.Percent, mention.Kind);
        Assert.Contains(30.0, mention.Values);
    }

    [Theory]
    [InlineData("The vote is on December 7.", "en")]
    [InlineData("The vote is on 7 December.", "en")]
    [InlineData("The vote is on December 7th.", "en")]
    [InlineData("Голосование пройдет 7 декабря.", "ru")]
    [InlineData("Голосование пройдет 7-го декабря.", "ru")]
    [InlineData("Голосование пройдет 07.12.2021.", "ru")]
    public void A_day_and_month_read_as_one_date(string sentence, string language)
    {
        var date = Assert.Single(NumberReader.Read(sentence, language), m => m.Kind == NumberMentionKind.Date);

        Assert.Equal(12, date.Month);
        Assert.Equal([7.0], date.Values);
    }

    [Theory]
    [InlineData("The vote is on December 7.", "Голосование пройдет 7 декабря.")]
    [InlineData("Growth was 1.5%.", "Рост составил 1,5%.")]
    [InlineData("About 1,200 people came.", "Пришли около 1200 человек.")]
    [InlineData("It costs $3.2bn.", "Это стоит 3,2 млрд долларов.")]
    [InlineData("They met at 5.30pm.", "Они встретились в 17:30.")]
    [InlineData("Thirty percent agreed.", "Согласились 30%.")]
    public void The_same_quantity_in_two_languages_matches(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.All(source.Where(m => m.InDigits), m => Assert.Contains(target, t => m.SameQuantity(t)));
        Assert.All(target.Where(m => m.InDigits), t => Assert.Contains(source, m => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("The vote is on December 7.", "Голосование пройдет 17 декабря.")]
    [InlineData("The vote is on December 7.", "Голосование пройдет 7 ноября.")]
    [InlineData("Growth was 1.5%.", "Рост составил 2,5%.")]
    [InlineData("About 1,200 people came.", "Пришли около 1300 человек.")]
    public void A_changed_quantity_does_not_match(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.Contains(source.Where(m => m.InDigits), m => !target.Any(t => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("The 6-foot-6 forward scored.", "en")]
    [InlineData("He is 5 feet 10 tall.", "en")]
    [InlineData("Его рост 1 м 82 см.", "ru")]
    public void Every_part_of_a_compound_measure_has_the_measures_unit_system(string sentence, string language)
    {
        var mentions = NumberReader.Read(sentence, language);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.NotNull(m.UnitSystem));
    }

    [Theory]
    [InlineData("It opened in 2019.")]
    [InlineData("About 30,000 in 2011 and more since.")]
    public void Neither_a_year_nor_a_count_before_the_word_in_is_a_length_in_inches(string sentence)
    {
        Assert.All(NumberReader.Read(sentence, "en"), m => Assert.Null(m.UnitSystem));
    }

    [Theory]
    [InlineData("The story ran on 247sports yesterday.", "en")]
    [InlineData("Община Мартина построила церковь.", "ru")]
    public void Digits_inside_a_name_and_a_name_like_a_month_are_no_number(string sentence, string language)
    {
        Assert.Empty(NumberReader.Read(sentence, language));
    }

    [Fact]
    public void Spans_point_at_the_number_as_written()
    {
        const string sentence = "Они заплатили 1 500 рублей 7 декабря.";
        var mentions = NumberReader.Read(sentence, "ru");

        Assert.Equal(["1 500", "7 декабря"], mentions.Select(m => sentence.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(["1 500", "7 декабря"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Any_integer_reads_the_same_grouped_the_english_or_the_russian_way()
    {
        Gen.Int[0, 2_000_000_000].Sample(n =>
        {
            var english = NumberReader.Read($"It was {n.ToString("N0", CultureInfo.InvariantCulture)} in all.", "en");
            var russian = NumberReader.Read($"Всего {n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '\u00A0')} штук.", "ru");
            var plain = NumberReader.Read($"Всего {n.ToString(CultureInfo.InvariantCulture)} штук.", "ru");
            return english.Single().Values.Contains(n) && russian.Single().Values.Contains(n) && plain.Single().Values.Contains(n);
        });
    }

    [Fact]
    public void Any_decimal_reads_the_same_with_a_point_or_a_comma()
    {
        Gen.Int[0, 99_999].Select(Gen.Int[1, 99]).Sample((whole, fraction) =>
        {
            var value = whole + (fraction / 100.0);
            var point = NumberReader.Read(string.Create(CultureInfo.InvariantCulture, $"It was {whole}.{fraction:00} today."), "en");
            var comma = NumberReader.Read(string.Create(CultureInfo.InvariantCulture, $"Было {whole},{fraction:00} сегодня."), "ru");
            return point.Single().SameQuantity(comma.Single()) && point.Single().Values.Any(v => Math.Abs(v - value) < 1e-6);
        });
    }
}
