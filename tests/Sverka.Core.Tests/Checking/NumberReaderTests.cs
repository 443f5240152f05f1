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
    [InlineData("Наняли пятерых инженеров.", "ru", 5)]
    [InlineData("Суд оправдал троих.", "ru", 3)]
    [InlineData("Die beiden Gesellen folgten der Spur.", "de", 2)]
    [InlineData("The deal was worth $5bn.", "en", 5e9)]
    [InlineData("The deal was worth 5 billion.", "en", 5e9)]
    [InlineData("Сделка стоила 5 млрд долларов.", "ru", 5e9)]
    [InlineData("Выручка 1,5 млн рублей.", "ru", 1.5e6)]
    [InlineData("Им было сорок восемь лет.", "ru", 48)]
    [InlineData("He was twenty five.", "en", 25)]
    [InlineData("Built in the 1930s.", "en", 30)]
    [InlineData("It is open 24/7.", "en", 7)]
    [InlineData("Das Wasser war etwa 1 ½ m tief.", "de", 1.5)]
    [InlineData("It took 2½ hours.", "en", 2.5)]
    [InlineData("Add ¾ of the flour.", "en", 0.75)]
    [InlineData("Экран шириной в восемьдесят столбцов вмещает описание с шестьюдесятью символами.", "ru", 60)]
    [InlineData("Компания владеет семьюдесятью магазинами.", "ru", 70)]
    [InlineData("Завод с двумястами пятьюдесятью рабочими.", "ru", 250)]
    [InlineData("Речь о четырёхстах километрах.", "ru", 400)]
    [InlineData("Город с восьмьюстами жителями.", "ru", 800)]
    [InlineData("Фонд распоряжается миллиардами.", "ru", 1e9)]
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
    [InlineData("The vote is set for 2021-12-07.", "en")]
    [InlineData("Die Abstimmung ist am 7. Dez. angesetzt.", "de")]
    [InlineData("Die Abstimmung ist am 7. Dezember 2021.", "de")]
    [InlineData("Le vote a lieu le 7 déc. prochain.", "fr")]
    public void A_day_and_month_read_as_one_date(string sentence, string language)
    {
        var date = Assert.Single(NumberReader.Read(sentence, language), m => m.Kind == NumberMentionKind.Date);

        Assert.Equal(12, date.Month);
        Assert.Equal([7.0], date.Values);
    }

    [Theory]
    [InlineData("Alpine Journal No. 293, Nov. 1956.", "de", 11)]
    [InlineData("Alpine Journal n° 293, févr. 1956.", "fr", 2)]
    [InlineData("Il a sept enfants et un Jan.", "fr", 0)]
    [InlineData("Er traf Jan im Sommer.", "de", 0)]
    public void A_month_abbreviated_is_a_month_and_a_word_it_might_be_is_not(string sentence, string language, int month)
    {
        var months = NumberReader.Read(sentence, language).Where(m => m.Kind == NumberMentionKind.Month).Select(m => m.Month);

        Assert.Equal(month == 0 ? [] : [month], months);
    }

    [Theory]
    [InlineData("The vote is on Wednesday.", "en")]
    [InlineData("The vote is on Wednesday's agenda.", "en")]
    [InlineData("Голосование пройдет в среду.", "ru")]
    [InlineData("Заседания проходят по средам.", "ru")]
    [InlineData("Die Sitzung ist am Mittwoch Abend.", "de")]
    [InlineData("La séance a lieu mercredi.", "fr")]
    public void A_day_of_the_week_is_read_with_its_number(string sentence, string language)
    {
        var day = Assert.Single(NumberReader.Read(sentence, language));

        Assert.Equal((NumberMentionKind.Weekday, 3.0), (day.Kind, Assert.Single(day.Values)));
    }

    [Theory]
    [InlineData("Ураган ослаб к воскресному утру.", 7.0)]
    [InlineData("В субботнем матче он забил гол.", 6.0)]
    [InlineData("Пятничная встреча отменена.", 5.0)]
    public void A_russian_adjective_of_a_weekday_is_that_day(string sentence, double expected)
    {
        var day = Assert.Single(NumberReader.Read(sentence, "ru"));

        Assert.Equal((NumberMentionKind.Weekday, expected), (day.Kind, Assert.Single(day.Values)));
    }

    [Theory]
    [InlineData("Завод загрязняет окружающую среду.", "ru")]
    [InlineData("He told The Sunday Times about it.", "en")]
    public void The_environment_and_a_newspaper_are_no_days_of_the_week(string sentence, string language)
    {
        Assert.DoesNotContain(NumberReader.Read(sentence, language), m => m.Kind == NumberMentionKind.Weekday);
    }

    [Fact]
    public void A_day_of_the_week_before_its_date_is_a_day()
    {
        Assert.Contains(NumberReader.Read("The rally is on Saturday, September 29.", "en"), m => m.Kind == NumberMentionKind.Weekday);
    }

    [Theory]
    [InlineData("The vote is on December 7.", "Голосование пройдет 7 декабря.")]
    [InlineData("The deadline is 2021-03-15.", "Крайний срок — 15 марта 2021 г.")]
    [InlineData("Growth was 1.5%.", "Рост составил 1,5%.")]
    [InlineData("About 1,200 people came.", "Пришли около 1200 человек.")]
    [InlineData("It costs $3.2bn.", "Это стоит 3,2 млрд долларов.")]
    [InlineData("They met at 5.30pm.", "Они встретились в 17:30.")]
    [InlineData("A ticket costs $2.50.", "Билет стоит 2 доллара 50 центов.")]
    [InlineData("Thirty percent agreed.", "Согласились 30%.")]
    [InlineData("The company raised $5 million.", "Компания привлекла 5 млн. долларов.")]
    [InlineData("The cost is 5 million dollars.", "Стоимость — $5 млн.")]
    [InlineData("It cost €20.", "Это стоило 20 евро.")]
    [InlineData("The fine was £10,000.", "Штраф составил 10 000 фунтов стерлингов.")]
    [InlineData("They paid 300 roubles.", "Они заплатили 300 руб.")]
    [InlineData("The shop closes at 5pm.", "Магазин закрывается в 17 часов.")]
    [InlineData("The talks began at 3 PM.", "Переговоры начались в 15:00.")]
    [InlineData("The talks began at 3 p.m.", "Переговоры начались в 3 часа дня.")]
    [InlineData("Polls open at 7 a.m. on Sunday.", "Участки открываются в 7 утра в воскресенье.")]
    [InlineData("A quarter of a million people signed.", "Подписали 250 тысяч человек.")]
    [InlineData("Half a million people came.", "Пришли 500 000 человек.")]
    [InlineData("A third of a billion dollars was spent.", "Потрачено 333 млн долларов.")]
    [InlineData("She finished in 2 hours, 14 minutes and 4 seconds.", "Она финишировала за 2 часа 14 минут 4 секунды.")]
    [InlineData("The baby weighed 7 pounds, 3 ounces.", "Ребёнок весил 3,26 кг.")]
    [InlineData("The film runs for 2 hours and 17 minutes.", "Фильм идёт 2 часа 17 минут.")]
    [InlineData("Kick-off is at 9 p.m. local time (1900 GMT).", "Начало — в 21:00 по местному времени (19:00 по Гринвичу).")]
    [InlineData("The embassy opened at 0830 GMT.", "Посольство открылось в 8:30 по Гринвичу.")]
    [InlineData("The talks began at noon Moscow time.", "Переговоры начались в 12:00 по московскому времени.")]
    [InlineData("The embassy runs a 24-hour hotline.", "Посольство открыло круглосуточную горячую линию.")]
    public void The_same_quantity_in_two_languages_matches(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.All(source.Where(m => m.InDigits), m => Assert.Contains(target, t => m.SameQuantity(t)));
        Assert.All(target.Where(m => m.InDigits), t => Assert.Contains(source, m => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("Um 20.30 Uhr waren sie am Gipfel.", "A 20 h. 30 ils étaient au sommet.")]
    [InlineData("Um 20.30 Uhr waren sie am Gipfel.", "A 20h30 ils étaient au sommet.")]
    [InlineData("Um 20 Uhr 30 waren sie am Gipfel.", "A 20 heures 30 ils étaient au sommet.")]
    [InlineData("Sie bestiegen drei Achttausender.", "Ils ont gravi trois 8000.")]
    [InlineData("Kein anderer Siebentausender wurde so oft versucht.", "Aucun autre 7000 n'a été tenté aussi souvent.")]
    [InlineData("Es kamen dreihundertzweiundvierzig Leute.", "Il est venu 342 personnes.")]
    [InlineData("Der Gipfel ist sechstausendfünfhundert Meter hoch.", "Le sommet a 6500 mètres.")]
    [InlineData("Zwischen Lager 2 und 3 war ein böses Stück.", "Le parcours entre le camp II et le camp III était mauvais.")]
    [InlineData("Ende Juni stand Lager 1.", "Fin juin le camp I était installé.")]
    [InlineData("Ein Träger bekommt 3 Rupies (Fr. 2.70) pro Tag.", "Un porteur reçoit 3 roupies (2 fr. 70) par jour.")]
    [InlineData("Hier war das Wasser etwa 1 ½ m tief.", "L'eau, à cet endroit, était profonde de 1,50 m.")]
    [InlineData("Hier war das Wasser etwa 1½ m tief.", "L'eau, à cet endroit, était profonde de 1,50 m.")]
    [InlineData("Das dauerte ½ Stunde.", "Cela a duré 0,5 heure.")]
    [InlineData("Die Mauer ist 2.70 m hoch.", "Le mur a 2 m 70 de haut.")]
    [InlineData("Der Gipfel ist 8848 m hoch.", "Le sommet a 8848 m.")]
    public void The_same_quantity_in_German_and_French_matches(string german, string french)
    {
        var source = NumberReader.Read(german, "de");
        var target = NumberReader.Read(french, "fr");

        Assert.All(target.Where(m => m.InDigits), t => Assert.Contains(source, m => m.SameQuantity(t)));
        Assert.All(source.Where(m => m.InDigits), m => Assert.Contains(target, t => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("About two dozen people came.", "Пришли около двух десятков человек.")]
    [InlineData("A dozen countries signed it.", "Его подписали около десятка стран.")]
    [InlineData("A dozen eggs cost a pound.", "Дюжина яиц стоит фунт.")]
    [InlineData("Dozens of people came.", "Пришли десятки людей.")]
    public void A_count_in_dozens_matches_the_tens_a_translator_rounds_it_to(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.Contains(source, m => m.Text.Contains("ozen", StringComparison.Ordinal));
        Assert.All(source, m => Assert.Contains(target, t => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("The shop closes at 5pm.", "Магазин закрывается в 18 часов.")]
    [InlineData("The shop closes at 5pm.", "Магазин закрывается в 15:00.")]
    [InlineData("Polls open at 7 a.m.", "Участки открываются в 19 часов.")]
    [InlineData("About two dozen people came.", "Пришли около тридцати человек.")]
    [InlineData("A quarter of a million people signed.", "Подписали 300 тысяч человек.")]
    [InlineData("The film runs for 2 hours and 17 minutes.", "Фильм идёт 2 часа 18 минут.")]
    public void A_changed_hour_or_count_does_not_match(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.Contains(source, m => !target.Any(t => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("Um 20.30 Uhr waren sie am Gipfel.", "A 20 h. 40 ils étaient au sommet.")]
    [InlineData("Um 20.30 Uhr waren sie am Gipfel.", "A 21h30 ils étaient au sommet.")]
    [InlineData("Sie bestiegen drei Siebentausender.", "Ils ont gravi trois 8000.")]
    [InlineData("Ein Träger bekommt 3 Rupies (Fr. 2.70) pro Tag.", "Un porteur reçoit 3 roupies (2 fr. 80) par jour.")]
    [InlineData("Hier war das Wasser etwa 1 ¼ m tief.", "L'eau, à cet endroit, était profonde de 1,50 m.")]
    [InlineData("Hier war das Wasser etwa 2 ½ m tief.", "L'eau, à cet endroit, était profonde de 1,50 m.")]
    [InlineData("Die Mauer ist 2.70 m hoch.", "Le mur a 2 m 80 de haut.")]
    public void A_changed_German_or_French_quantity_does_not_match(string german, string french)
    {
        var source = NumberReader.Read(german, "de");
        var target = NumberReader.Read(french, "fr");

        Assert.Contains(target.Where(m => m.InDigits), t => !source.Any(m => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("Then I saw the camp.", "en")]
    [InlineData("The DC office and the CV were sent.", "en")]
    [InlineData("I ragazzi sono arrivati.", "it")]
    public void A_pronoun_or_an_acronym_is_no_Roman_numeral(string sentence, string language)
    {
        Assert.Empty(NumberReader.Read(sentence, language));
    }

    [Fact]
    public void A_Roman_numeral_only_ever_matches_as_a_number_word_does()
    {
        var numeral = Assert.Single(NumberReader.Read("Le camp III fut placé plus haut.", "fr"));

        Assert.Equal([3.0], numeral.Values);
        Assert.False(numeral.InDigits);
    }

    [Theory]
    [InlineData("Ein Mann kam.")]
    [InlineData("Er kam um 20.75 Uhr.")]
    public void A_German_article_or_a_point_number_before_Uhr_that_is_no_clock_is_no_time(string german)
    {
        Assert.DoesNotContain(NumberReader.Read(german, "de"), m => m.Kind == NumberMentionKind.Time || m.Values.Contains(1.0));
    }

    [Theory]
    [InlineData("The vote is on December 7.", "Голосование пройдет 17 декабря.")]
    [InlineData("The vote is on December 7.", "Голосование пройдет 7 ноября.")]
    [InlineData("Growth was 1.5%.", "Рост составил 2,5%.")]
    [InlineData("About 1,200 people came.", "Пришли около 1300 человек.")]
    [InlineData("It is on at 11:15 BST.", "Начало в 11:25 по летнему времени.")]
    [InlineData("The bridge cost $3.5 billion.", "Мост стоил 3,5 миллиона долларов.")]
    [InlineData("The project cost $2m.", "Проект стоил 2 млрд долларов.")]
    [InlineData("The firm employs 3 million people.", "В компании работают 3 тысячи человек.")]
    [InlineData("The company raised $5 million.", "Компания привлекла 5 миллионов евро.")]
    [InlineData("It cost €20.", "Это стоило 20 долларов.")]
    [InlineData("They paid 300 roubles.", "Они заплатили 300 долларов.")]
    [InlineData("The fine was £10,000.", "Штраф составил 10 000 рублей.")]
    public void A_changed_quantity_does_not_match(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.Contains(source.Where(m => m.InDigits), m => !target.Any(t => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("The 6-foot-6 forward scored.", "en", 6.5)]
    [InlineData("He is 5 feet 10 tall.", "en", 5 + (10 / 12.0))]
    [InlineData("Его рост 1 м 82 см.", "ru", 1.82)]
    [InlineData("Le mur a 2 m 70 de haut.", "fr", 2.70)]
    public void A_compound_measure_reads_as_one_measure_in_its_larger_unit(string sentence, string language, double whole)
    {
        var mention = Assert.Single(NumberReader.Read(sentence, language));

        Assert.NotNull(mention.Unit);
        Assert.Contains(mention.Values, v => Math.Abs(v - whole) < 1e-9);
    }

    [Theory]
    [InlineData("Der Gipfel ist 8848 m hoch.", "de")]
    [InlineData("Le sommet a 8848 m.", "fr")]
    [InlineData("Tindurinn er 8848 m hár.", "is")]
    public void An_m_after_a_number_is_metres_outside_English(string sentence, string language)
    {
        var mention = Assert.Single(NumberReader.Read(sentence, language));

        Assert.Equal("metre", mention.Unit?.Name);
        Assert.Equal([8848.0], mention.Values);
    }

    [Fact]
    public void An_m_after_a_number_is_millions_in_English()
    {
        var mention = Assert.Single(NumberReader.Read("The club paid £5m for him.", "en"));

        Assert.Null(mention.Unit);
        Assert.Contains(5e6, mention.Values);
    }

    [Theory]
    [InlineData("It opened in 2019.")]
    [InlineData("About 30,000 in 2011 and more since.")]
    public void Neither_a_year_nor_a_count_before_the_word_in_is_a_length_in_inches(string sentence)
    {
        Assert.All(NumberReader.Read(sentence, "en"), m => Assert.Null(m.Unit));
    }

    [Theory]
    [InlineData("Rainfall totals of over half an inch are possible.", "Возможно выпадение до 1,5 см осадков.")]
    [InlineData("Expect widespread 80s in the east.", "Температура будет достигать 27 градусов.")]
    [InlineData("It was 80F at noon.", "В полдень было 27 °C.")]
    [InlineData("Patches were found 10 miles offshore.", "Очаги нашли в 16 км от берега.")]
    [InlineData("Winds reached 60 mph.", "Ветер достигал 97 км/ч.")]
    [InlineData("The plane sank in 100 feet of water.", "Самолёт затонул на глубине 30 метров.")]
    [InlineData("The 6-foot-6 forward scored.", "Двухметровый форвард забил.")]
    [InlineData("The baby weighed 7 pounds 8 ounces.", "Ребёнок весил 3,4 кг.")]
    [InlineData("The height was raised by 60 ft.", "Высоту подняли на 18,29 м.")]
    [InlineData("The bridge is 2 km long.", "Длина моста составляет 2 километра.")]
    [InlineData("It was 30 degrees.", "Было 30 градусов.")]
    [InlineData("The road is 10 miles long.", "Длина дороги — 10 миль.")]
    [InlineData("Rainfall of 3 to 6 inches is expected.", "Ожидается 7–15 см осадков.")]
    [InlineData("He was sentenced to 12 years.", "Его приговорили к 12 годам.")]
    [InlineData("The school was closed for 18 months.", "Школа была закрыта 1,5 года.")]
    [InlineData("The strike lasted 2 weeks.", "Забастовка длилась 14 дней.")]
    [InlineData("The storm lasted 72 hours.", "Шторм длился 3 дня.")]
    [InlineData("The match was stopped for 10 minutes.", "Матч остановили на 10 минут.")]
    [InlineData("She is 32 years old.", "Ей 32 года.")]
    [InlineData("It was built in 2018.", "Его построили в 2018 году.")]
    [InlineData("A 24-hour strike began.", "Началась суточная забастовка.")]
    [InlineData("Gusts reached 25 mph.", "Порывы ветра достигали 40 км/ч.")]
    [InlineData("The storm is 18 miles away.", "Шторм находится в 30 км.")]
    public void A_measure_the_translator_converted_matches_its_conversion(string english, string russian)
    {
        AllInDigitsMatch(english, russian);
    }

    [Theory]
    [InlineData("Patches were found 10 miles offshore.", "Очаги нашли в 70 милях от берега.")]
    [InlineData("Patches were found 10 miles offshore.", "Очаги нашли в 30 км от берега.")]
    [InlineData("The plane sank in 100 feet of water.", "Самолёт затонул на глубине 700 футов.")]
    [InlineData("It rained 1 to 2 inches.", "Выпало 6,5–5 см осадков.")]
    [InlineData("It was 30 degrees.", "Было 35 градусов.")]
    [InlineData("The bridge is 2 km long.", "Длина моста составляет 2 мили.")]
    [InlineData("The plane sank in 100 feet of water.", "Самолёт затонул на глубине 100 метров.")]
    // Within a fifth, but off by more than either figure's rounding: 6 inches is 15.2 cm, 100 feet 30.5 m.
    [InlineData("Rainfall of 3 to 6 inches is expected.", "Ожидается 7–18 см осадков.")]
    [InlineData("He was sentenced to 12 years.", "Его приговорили к 12 месяцам.")]
    [InlineData("The talks lasted 3 hours.", "Переговоры длились 3 дня.")]
    [InlineData("The strike lasted 2 weeks.", "Забастовка длилась 2 месяца.")]
    [InlineData("The plane sank in about 30 meters (100 feet) of water.", "Самолёт затонул на глубине 32 метров (100 футов).")]
    [InlineData("The baby weighed 7 pounds.", "Ребёнок весил 7 кг.")]
    // Four digits are a computed conversion, not a rounded one: 60 ft is 18,29 m.
    [InlineData("The height was raised by 60 ft.", "Высоту подняли на 19,29 м.")]
    public void A_measure_changed_beyond_rounding_does_not_match(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        var unmatched = source.Where(m => m.InDigits && !target.Any(m.SameQuantity))
            .Concat(target.Where(t => t.InDigits && !source.Any(t.SameQuantity)));
        Assert.NotEmpty(unmatched);
    }

    [Theory]
    [InlineData("The vote is on 7/12/2021.", "Голосование пройдёт 7 декабря 2021 года.", true)]
    [InlineData("The vote is on 7/12/2021.", "Голосование пройдёт 12 июля 2021 года.", true)]
    [InlineData("The vote is on 7/12/2021.", "Голосование пройдёт 12.07.2021.", true)]
    [InlineData("The vote is on 7/12/2021.", "Голосование пройдёт 8 декабря 2021 года.", false)]
    [InlineData("The vote is on 7/12/2021.", "Голосование пройдёт 12 августа 2021 года.", false)]
    [InlineData("The vote is on 12/25/2021.", "Голосование пройдёт 25 декабря 2021 года.", true)]
    public void A_date_written_with_slashes_matches_either_of_its_readings(string english, string russian, bool matches)
    {
        var date = Assert.Single(NumberReader.Read(english, "en"), m => m.Kind == NumberMentionKind.Date);
        var other = Assert.Single(NumberReader.Read(russian, "ru"), m => m.Kind == NumberMentionKind.Date);

        Assert.Equal(matches, date.SameQuantity(other));
        Assert.Equal(matches, other.SameQuantity(date));
    }

    [Theory]
    [InlineData(1.5, 0.5)]
    [InlineData(18, 1)]
    [InlineData(30, 10)]
    [InlineData(25, 5)]
    [InlineData(1600, 100)]
    [InlineData(0.5, 0.5)]
    [InlineData(3.4, 0.1)]
    public void A_figure_rounds_to_a_step_of_its_last_significant_digit_or_to_halves(double figure, double step)
    {
        Assert.Equal(step, MeasureUnit.RoundingStep(figure), 9);
    }

    [Theory]
    [InlineData("The wave crossed the sea at 497 mph.", "Волна пересекла море со скоростью 497 км/ч.", true)]
    [InlineData("The bridge is 2 km long.", "Длина моста составляет 2 мили.", true)]
    [InlineData("The bridge is 2 km long.", "Длина моста составляет 3 мили.", false)]
    public void A_figure_with_its_unit_changed_is_no_same_quantity_but_still_renders_its_passage(string english, string russian, bool renders)
    {
        var source = Assert.Single(NumberReader.Read(english, "en"));
        var target = Assert.Single(NumberReader.Read(russian, "ru"));

        Assert.False(source.SameQuantity(target));
        Assert.Equal(renders, source.Renders(target));
        Assert.Equal(renders, target.Renders(source));
    }

    [Theory]
    [InlineData("It's aiming to be No.1 in AI.", "Его цель — стать первыми в ИИ.")]
    [InlineData("He finished second in 2 races.", "Он стал 2-м в двух гонках.")]
    [InlineData("Both were built in 1870 and a decade later.", "Обе построены в 1870 г. и на 10 лет позже.")]
    [InlineData("He assaulted her decades ago.", "Он домогался её более 30 лет назад.")]
    [InlineData("It registered 183 emissions over 24 hours.", "За сутки было 183 выброса.")]
    [InlineData("It was built in the 1990s.", "Его построили в 1990-е.")]
    [InlineData("It was built in the 20th century.", "Его построили в XX веке.")]
    [InlineData("The war of the 19th and 20th centuries.", "Война XIX–XX веков.")]
    [InlineData("About 1,000 people came.", "Пришли около тысячи человек.")]
    [InlineData("It took 15 people and 11 boats.", "Понадобились пятнадцать человек и одиннадцать лодок.")]
    [InlineData("He met 15 people with 11 boats.", "Он встретил пятнадцати человек с одиннадцатью лодками.")]
    [InlineData("He was the 5th in the 40th race.", "Он был пятым в сороковой гонке.")]
    [InlineData("Thousands came: 3,000 by noon.", "Пришли тысячи: 3000 к полудню.")]
    [InlineData("It lasted 6 months.", "Это длилось полгода.")]
    [InlineData("The bridge cost $3.5 billion.", "Мост стоил 3500 миллионов долларов.")]
    [InlineData("The fund holds 0.5 million dollars.", "В фонде 500 тысяч долларов.")]
    [InlineData("Costs rose from 3 to 3.5 billion dollars.", "Расходы выросли с 3 до 3,5 млрд долларов.")]
    public void Number_words_ordinals_and_approximations_match_their_figures(string english, string russian)
    {
        AllInDigitsMatch(english, russian);
    }

    [Theory]
    [InlineData("I said it was fine.", "en")]
    [InlineData("Семинар прошёл в столичный день.", "ru")]
    [InlineData("Его семинарист уехал.", "ru")]
    [InlineData("Он взял с собой семью.", "ru")]
    public void Pronouns_and_words_that_only_begin_like_a_number_are_no_number(string sentence, string language)
    {
        Assert.Empty(NumberReader.Read(sentence, language));
    }

    [Theory]
    [InlineData("XIX", 19)]
    [InlineData("XX", 20)]
    [InlineData("XXI", 21)]
    [InlineData("MCMXCIX", 1999)]
    [InlineData("IV", 4)]
    public void A_roman_numeral_reads_as_its_value(string written, int expected)
    {
        Assert.True(NumberReader.TryRoman(written, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("IC")]
    [InlineData("VX")]
    [InlineData("xx")]
    [InlineData("XIXI")]
    public void A_malformed_roman_numeral_is_none(string written)
    {
        Assert.False(NumberReader.TryRoman(written, out _));
    }

    private static void AllInDigitsMatch(string english, string russian)
    {
        var source = NumberReader.Read(english, "en");
        var target = NumberReader.Read(russian, "ru");

        Assert.All(source.Where(m => m.InDigits), m => Assert.Contains(target, t => m.SameQuantity(t)));
        Assert.All(target.Where(m => m.InDigits), t => Assert.Contains(source, m => m.SameQuantity(t)));
    }

    [Theory]
    [InlineData("The story ran on 247sports yesterday.", "en")]
    [InlineData("I18n support is required.", "en")]
    [InlineData("Кластер k8s упал.", "ru")]
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

        Assert.Equal(["1 500 рублей", "7 декабря"], mentions.Select(m => sentence.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(["1 500 рублей", "7 декабря"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_currency_symbol_before_the_figure_is_part_of_the_amount()
    {
        const string sentence = "The company raised $5 million.";

        var mention = Assert.Single(NumberReader.Read(sentence, "en"));

        Assert.Equal("$5 million", mention.Text);
        Assert.Equal("dollar", mention.Currency);
    }

    [Fact]
    public void An_amount_in_words_keeps_its_currency()
    {
        var source = Assert.Single(NumberReader.Read("It sold for five million dollars.", "en"));
        var target = Assert.Single(NumberReader.Read("Его продали за пять миллионов евро.", "ru"));

        Assert.Equal("five million dollars", source.Text);
        Assert.False(source.SameQuantity(target));
    }

    [Theory]
    [InlineData("The parcel weighs 5 pounds.", "Посылка стоит 5 долларов.")]
    [InlineData("It cost ¥500.", "Это стоило 500 юаней.")]
    public void A_currency_that_cannot_be_told_for_certain_says_nothing(string english, string russian)
    {
        AllInDigitsMatch(english, russian);
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
