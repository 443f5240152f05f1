using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// The name check on one sentence set among faithful ones: names a translator renders its own way that must not be
/// reported, and names dropped or put for others that must.
/// </summary>
public sealed class NameCheckTests
{
    private static readonly string[] s_english = CheckBitext.FaithfulEnglish();

    private static readonly string[] s_russian = CheckBitext.FaithfulRussian();

    private static readonly string[] s_englishAboutRosa =
    [
        "Heavy rain from Rosa flooded the town yesterday.",
        "The police arrested a man near the bridge before Rosa came.",
        "The school was closed for a week because of Rosa.",
        "Parents and teachers met the minister.",
    ];

    private static IReadOnlyList<Finding> Check(string english, string russian) =>
        CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian));

    [Theory]
    [InlineData("Parents and teachers met the Reborn minister.", "Родители и учителя встретились с новым министром.")]
    public void A_known_word_with_a_prefix_is_a_common_word_in_a_title_not_a_foreign_name(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Theory]
    [InlineData("Parents and teachers met Kai-Fu Lee yesterday.", "Вчера родители и учителя встретились с Ли Кайфу.")]
    [InlineData("Parents and teachers met the Euro-Asia minister.", "Родители и учителя встретились с министром евро-Азии.")]
    [InlineData("Parents and teachers met at the Taliban-built bridge.", "Родители и учителя встретились у старого моста.")]
    [InlineData("Parents and teachers use Red Hat at school.", "Родители и учителя используют в школе RedHat.")]
    [InlineData("Parents and teachers met at Gold Coast airport.", "Родители и учителя встретились в аэропорту Голдкост.")]
    public void A_name_in_a_compound_may_be_rendered_as_one_word_in_lower_case_or_by_meaning(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Theory]
    [InlineData("Parents and teachers met the minister in Deptford.", "Родители и учителя встретились с министром в Депфорте.")]
    [InlineData("Parents and teachers met at the U.N. General Assembly.", "Родители и учителя встретились на Генассамблее ООН.")]
    [InlineData("Parents and teachers met the minister of the European Union.", "Родители и учителя встретились с министром Евросоюза.")]
    public void A_misspelt_or_clipped_rendering_that_keeps_the_start_of_a_name_is_no_other_name(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Fact]
    public void A_pair_with_more_capitalised_words_than_prose_holds_is_reported_once_as_not_checked()
    {
        // Encoded data written out as text: hundreds of capitalised letter runs on each side, none a name, each of
        // which the check would otherwise compare with every word of the other side and report as missing.
        var random = new Random(3);
        string Run(string letters) => string.Concat(Enumerable.Range(0, 6).Select(k => k == 0 ? char.ToUpperInvariant(letters[random.Next(letters.Length)]) : letters[random.Next(letters.Length)]));
        var english = "The data reads " + string.Join(" ", Enumerable.Range(0, 150).Select(_ => Run("bcdfgklmnprstvz"))) + ".";
        var russian = "Данные такие: " + string.Join(" ", Enumerable.Range(0, 150).Select(_ => Run("бвгдклмнпрст"))) + ".";

        var finding = Assert.Single(Check(english, russian));

        Assert.Equal(3, finding.BeadIndex);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains("not checked for names", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parents and teachers met the host Karen Hunter yesterday.", "Вчера родители и учителя встретились с ведущей Карен.", "Hunter")]
    [InlineData("Parents and teachers met Christine Blasey Ford yesterday.", "Вчера родители и учителя встретились с Кристиной Блейси.", "Ford")]
    [InlineData("Karen Hunter met the parents and teachers yesterday.", "Вчера Карен встретилась с родителями и учителями.", "Hunter")]
    public void A_surname_the_lexicon_knows_as_a_word_is_reported_when_dropped_after_its_kept_first_name(string english, string russian, string surname)
    {
        var finding = Assert.Single(Check(english, russian));

        Assert.Equal($"the English names {surname}, the Russian has no such name", finding.Message);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("Parents and teachers met the host Karen Hunter yesterday.", "Вчера родители и учителя встретились с ведущей Карен Хантер.")]
    [InlineData("Parents and teachers met at Tennessee State yesterday.", "Вчера родители и учителя встретились в Теннесси.")]
    [InlineData("Parents and teachers met at the Kalinga Children's school.", "Родители и учителя встретились в детской школе Калинги.")]
    public void A_known_word_after_a_foreign_name_is_no_dropped_surname_when_rendered_or_when_it_heads_a_place(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Theory]
    [InlineData("Parents and teachers met Kyle and Climo yesterday.", "Вчера родители и учителя встретились с Кайлом.", "Climo")]
    public void A_word_of_the_translation_that_renders_one_name_of_the_sentence_is_no_counterpart_of_another(string english, string russian, string dropped)
    {
        var finding = Assert.Single(Check(english, russian));

        Assert.Equal($"the English names {dropped}, the Russian has no such name", finding.Message);
    }

    [Theory]
    [InlineData("Parents and teachers met Kyle and Climo yesterday.", "Вчера родители и учителя встретились с Кайлом и Климо.")]
    [InlineData("Parents and teachers met Germany's German minister.", "Родители и учителя встретились с министром Германии.")]
    public void Names_each_with_a_rendering_or_one_name_and_its_adjective_are_all_rendered(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Fact]
    public void A_name_put_beside_a_first_name_that_starts_like_the_surname_is_still_another_name()
    {
        var finding = Assert.Single(Check("Parents and teachers met Sayfullo Saipov yesterday.", "Вчера родители и учителя встретились с Сайфулло Ушаковым."));

        Assert.Equal("the English has Saipov, the Russian has Ушаковым instead", finding.Message);
    }

    [Fact]
    public void The_first_word_of_a_place_russian_writes_hyphenated_is_no_first_name_to_drop()
    {
        var finding = Assert.Single(Check("Parents and teachers met the minister in Punta Eugenia.", "Родители и учителя встретились с министром в Ушаково-Эухении."));

        Assert.Equal("the English has Punta, the Russian has Ушаково instead", finding.Message);
    }

    [Fact]
    public void A_name_the_translation_leaves_out_wherever_the_source_has_it_is_its_way_of_referring_to_it()
    {
        string[] russian =
        [
            "Вчера сильный дождь от шторма затопил город.",
            "Полиция арестовала мужчину возле моста до шторма.",
            "Школа была закрыта на неделю из-за шторма.",
            "Родители и учителя встретились с министром.",
        ];

        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutRosa, russian));
    }

    private static readonly string[] s_englishAboutUshakov =
    [
        "Heavy rain flooded the town yesterday.",
        "Coach Ushakov closed the school for a week.",
        "Ushakov met parents and teachers.",
        "The police arrested a man near the bridge.",
    ];

    private static string[] RussianAboutUshakov(string third) =>
    [
        "Вчера сильный дождь затопил город.",
        "Тренер Ушаков закрыл школу на неделю.",
        third,
        "Полиция арестовала мужчину возле моста.",
    ];

    [Theory]
    [InlineData("Он встретился с родителями и учителями.")]
    [InlineData("Тренер встретился с родителями и учителями.")]
    public void A_name_the_translation_puts_as_a_pronoun_or_as_the_title_it_writes_beside_the_name_is_referred_to(string russian)
    {
        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutUshakov, RussianAboutUshakov(russian)));
    }

    [Theory]
    [InlineData("Ushakov met parents and teachers.", "Встретился с родителями и учителями.")]
    [InlineData("Ushakov said he met parents and teachers.", "Он сказал, что встретился с родителями и учителями.")]
    [InlineData("Manager Ushakov met parents and teachers.", "Тренер встретился с родителями и учителями.")]
    [InlineData("Ushakov met parents and the coach.", "Встретился с родителями и тренером.")]
    [InlineData("Ivan Ushakov met parents and teachers.", "Иван сказал, что он встретился с родителями и учителями.")]
    public void A_name_left_with_nothing_in_its_place_or_with_a_pronoun_or_title_the_source_has_too_or_after_its_kept_first_name_is_reported(string english, string russian)
    {
        string[] document = [.. s_englishAboutUshakov];
        document[2] = english;

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), document, RussianAboutUshakov(russian)));

        Assert.Equal(2, finding.BeadIndex);
    }

    [Fact]
    public void A_name_the_translation_writes_elsewhere_but_leaves_out_once_is_reported()
    {
        string[] russian =
        [
            "Вчера сильный дождь от Розы затопил город.",
            "Полиция арестовала мужчину возле моста до прихода Розы.",
            "Школа была закрыта на неделю из-за шторма.",
            "Родители и учителя встретились с министром.",
        ];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), s_englishAboutRosa, russian));

        Assert.Equal((2, FindingSeverity.Warning), (finding.BeadIndex, finding.Severity));
    }

    [Fact]
    public void A_name_put_for_another_in_a_title_case_headline_is_reported()
    {
        var finding = Assert.Single(Check("Parents And Teachers Met Minister Ushakov", "Родители и учителя встретились с министром Петровым"));

        Assert.Equal("the English has Ushakov, the Russian has Петровым instead", finding.Message);
    }

    [Fact]
    public void A_word_only_a_headline_capitalises_is_no_name_left_out()
    {
        Assert.Empty(Check("Heavy Rain Update For Parents And Teachers", "Сильный дождь: новости для родителей и учителей"));
    }

    [Fact]
    public void A_short_sentence_of_names_with_a_lower_case_verb_is_no_headline_and_a_dropped_name_is_reported()
    {
        // Three of its four content words are capitalised, as in a headline; the lower-case verb says it is not one.
        var finding = Assert.Single(Check("Merkel met Ardern in Rome.", "Меркель встретилась в Риме."));

        Assert.Equal("the English names Ardern, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_long_sentence_full_of_titles_with_two_lower_case_words_in_a_row_is_no_headline_and_a_dropped_name_is_reported()
    {
        // Four content words in twenty-one are in lower case, few enough for a headline's slips; but "senior fellow"
        // side by side is prose, which no title-case headline writes.
        var finding = Assert.Single(Check(
            "Anna Petrova, a senior fellow at the Town School, met the Police Minister in Wallingford and wrote Heavy Rain, Cold Weather: The River, The Bridge, The Village Children, Parents And Teachers.",
            "Анна Петрова, старший научный сотрудник городской школы, встретилась с министром полиции и написала книгу «Сильный дождь, холодная погода: река, мост, деревенские дети, родители и учителя»."));

        Assert.Equal("the English names Wallingford, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_name_the_lexicon_does_not_know_in_a_sentence_of_titles_is_reported_though_the_document_names_it_once()
    {
        // Twelve of fourteen content words are capitalised, as in a headline, but the sentence ends as prose does;
        // "Tromsø" is named nowhere else, so no prose of the document capitalises it.
        var finding = Assert.Single(Check(
            "The Village Children Cup went to \"Heavy Rain, Cold Weather, The River Over Tromsø,\" by Canadian director Anna Lee.",
            "Кубок деревни достался фильму «Сильный дождь, холодная погода, река» канадского режиссёра Анны Ли."));

        Assert.Equal("the English names Tromsø, the Russian has no such name", finding.Message);
    }

    // A programme the English writes in its prose and the Russian keeps in Latin letters.
    private static readonly string[] s_englishAboutDiscs =
    [
        "Parents heard the minister on Desert Island Discs yesterday.",
        "The minister spoke about the school on Desert Island Discs.",
        "The school was closed for a week.",
    ];

    private static readonly string[] s_russianAboutDiscs =
    [
        "Вчера родители слышали министра в Desert Island Discs.",
        "Министр рассказал о школе в Desert Island Discs.",
        "Школа была закрыта на неделю.",
    ];

    [Fact]
    public void A_sentence_of_names_the_document_also_writes_in_its_prose_is_no_headline_and_a_name_lost_whole_is_reported()
    {
        // Every content word of the last sentence is capitalised, as in a title-case headline; but the document
        // writes the programme's name in mid-sentence too, and the translation keeps it in Latin letters there.
        string[] english = [.. s_englishAboutDiscs, "Desert Island Discs is on Radio Kent on Sunday."];
        string[] russian = [.. s_russianAboutDiscs, "В воскресенье выходит на Radio Kent."];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal((3, "the English names Desert Island Discs, the Russian has no such name"), (finding.BeadIndex, finding.Message));
    }

    [Fact]
    public void A_known_word_of_a_title_case_headline_is_a_title_s_word_though_the_document_capitalises_it_in_prose()
    {
        // The headline, with no full stop, renders "Discs" by a word the lexicon does not list.
        string[] english = [.. s_englishAboutDiscs, "Minister Talks About Discs"];
        string[] russian = [.. s_russianAboutDiscs, "Министр рассказывает о пластинках"];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_place_before_another_name_is_no_first_name_to_drop()
    {
        var finding = Assert.Single(Check("The strike made Berlin Moscow's partner, the minister said.", "Забастовка сделала партнером Москвы, сказал министр."));

        Assert.Equal("the English names Berlin, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_name_that_starts_like_the_lost_one_but_is_another_of_the_story_is_no_slip_for_it()
    {
        // "Халкетта" starts as "Gallagher" does, which a slip of the pen would explain, but the story names Halkett.
        string[] english = ["Heavy rain flooded the town, Halkett said yesterday.", "Parents and teachers met Declan Gallagher.", "The school was closed for a week."];
        string[] russian = ["Вчера сильный дождь затопил город, сказал Халкетт.", "Родители и учителя встретились с Декланом Халкетта.", "Школа была закрыта на неделю."];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal((1, "the English names Gallagher, the Russian has no such name"), (finding.BeadIndex, finding.Message));
    }

    [Fact]
    public void A_surname_dropped_before_an_acronym_is_no_first_name_the_acronym_keeps()
    {
        var finding = Assert.Single(Check("Parents and teachers met Jeane Freeman MSP.", "Родители и учителя встретились с Джин, MSP."));

        Assert.Equal("the English names Freeman, the Russian has no such name", finding.Message);
    }

    private static readonly string[] s_englishAboutDesert =
    [
        "Heavy rain from Desert flooded the town yesterday.",
        "The police arrested a man near the bridge before Desert came.",
        "The school was closed for a week.",
        "Parents and teachers met Desert.",
    ];

    [Fact]
    public void A_name_the_lexicon_knows_as_a_word_is_reported_when_the_translation_writes_it_by_its_sound_elsewhere()
    {
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста до прихода Дезерта.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились с министром.",
        ];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), s_englishAboutDesert, russian));

        Assert.Equal((3, "the English names Desert, the Russian has no such name"), (finding.BeadIndex, finding.Message));
    }

    [Fact]
    public void A_bead_that_puts_a_pronoun_for_a_name_does_not_count_as_leaving_the_name_out()
    {
        // "Flake" is written by its sound in three beads and left out of three: two dropped, and one with "Он" for it.
        string[] english =
        [
            "Senator Jeff Flake met the women in the elevator.",
            "The women told Flake about their pain.",
            "Flake said that his office had issued a statement.",
            "Later Flake spoke with his friend Chris Coons.",
            "Flake was convinced by these conversations.",
            "Flake made his decision before the vote.",
        ];
        string[] russian =
        [
            "Сенатор Джефф Флейк встретил женщин в лифте.",
            "Женщины рассказали Флейку о своей боли.",
            "Сказал, что его офис уже подготовил заявление.",
            "Позже Флейк поговорил со своим другом Крисом Кунсом.",
            "Был убежден этими разговорами.",
            "Он принял решение перед голосованием.",
        ];

        var findings = CheckBitext.Check(new NameCheck(), english, russian);

        Assert.Equal([(2, "the English names Flake, the Russian has no such name"), (4, "the English names Flake, the Russian has no such name")],
            findings.Select(f => (f.BeadIndex, f.Message)));
    }

    [Fact]
    public void A_word_the_translation_also_translates_is_a_common_word_it_may_render_its_own_way()
    {
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста до прихода пустынного ветра.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились с министром.",
        ];

        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutDesert, russian));
    }

    [Fact]
    public void A_known_word_in_a_longer_name_the_translation_renders_as_a_whole_is_not_reported()
    {
        string[] english = [.. s_englishAboutDesert[..3], "Parents and teachers met at Desert Street."];
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста до прихода Дезерта.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились на улице.",
        ];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_known_word_is_no_name_by_a_sound_alike_the_translation_writes_only_for_other_source_words()
    {
        string[] english = [.. s_english[..3], "Parents and teachers met Desert."];
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились с министром.",
        ];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_known_word_beside_a_name_the_translation_writes_as_one_hyphenated_word_may_be_part_of_it()
    {
        string[] english = [.. s_englishAboutDesert[..3], "Parents and teachers met in New York Desert."];
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста до прихода Дезерта.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились в Нью-Йорке.",
        ];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_function_word_that_starts_the_sentence_is_no_part_of_the_name_after_it()
    {
        string[] english = [.. s_englishAboutDesert[..3], "But Desert met parents and teachers."];
        string[] russian =
        [
            "Вчера сильный дождь от Дезерта затопил город.",
            "Полиция арестовала мужчину возле моста до прихода Дезерта.",
            "Школа была закрыта на неделю.",
            "Но родители и учителя встретились с министром.",
        ];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal("the English names Desert, the Russian has no such name", finding.Message);
    }
    // Sentence 0 writes Putin in mid-sentence, which makes him a name where he opens sentence 1.
    private static readonly string[] s_englishAboutPutin =
    [
        "Heavy rain flooded the town, President Vladimir Putin said yesterday.",
        "Putin told the police that the talks ended.",
        "The school was closed for a week.",
    ];

    private static readonly string[] s_russianAboutPutin =
    [
        "Вчера сильный дождь затопил город, сказал президент Владимир Путин.",
        "Путин сказал полиции, что переговоры завершились.",
        "Школа была закрыта на неделю.",
    ];

    [Theory]
    [InlineData("Медведев сказал полиции, что переговоры завершились.")]
    [InlineData("Сказал полиции, что переговоры завершились.")]
    public void A_name_that_opens_a_sentence_is_checked_when_the_document_writes_it_in_mid_sentence(string russian)
    {
        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), s_englishAboutPutin, CheckBitext.With(s_russianAboutPutin, 1, russian)));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Contains("Putin", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_opens_a_sentence_and_is_translated_is_not_reported()
    {
        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutPutin, s_russianAboutPutin));
    }

    [Fact]
    public void A_capital_that_opens_a_sentence_proves_nothing_without_the_same_word_in_mid_sentence()
    {
        string[] english = ["Heavy rain flooded the town yesterday.", "Putin told the police that the talks ended.", "The school was closed for a week."];
        var russian = CheckBitext.With(s_russianAboutPutin, 1, "Медведев сказал полиции, что переговоры завершились.");

        // Sentence 0 of the Russian names Vladimir, whom this English never mentions: that is its own finding.
        Assert.DoesNotContain(CheckBitext.Check(new NameCheck(), english, russian), f => f.BeadIndex == 1);
    }

    [Theory]
    [InlineData("^[65] Unlike the town, the school was closed for a week.")]
    [InlineData("2) Unlike the town, the school was closed for a week.")]
    public void A_capital_after_a_footnote_or_list_mark_opens_the_sentence(string english)
    {
        var russian = CheckBitext.With(s_russianAboutPutin, 2, "В отличие от города, школа была закрыта на неделю.");

        Assert.DoesNotContain(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_englishAboutPutin, 2, english), russian), f => f.BeadIndex == 2);
    }

    // "Ford" is a word the lexicon knows ("брод"), but this document writes it by its sound: a name where it opens a sentence too.
    private static readonly string[] s_englishAboutFord =
    [
        "Heavy rain flooded the town, Senator Christine Ford said yesterday.",
        "Ford told the police that the talks ended.",
        "The school was closed for a week.",
    ];

    private static readonly string[] s_russianAboutFord =
    [
        "Вчера сильный дождь затопил город, сказала сенатор Кристин Форд.",
        "Форд сказала полиции, что переговоры завершились.",
        "Школа была закрыта на неделю.",
    ];

    [Fact]
    public void A_known_word_that_opens_a_sentence_is_a_name_where_the_document_writes_it_by_its_sound()
    {
        var swapped = CheckBitext.With(s_russianAboutFord, 1, "Кавано сказала полиции, что переговоры завершились.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), s_englishAboutFord, swapped));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("the English has Ford, the Russian has Кавано instead", finding.Message);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutFord, s_russianAboutFord));
    }

    // The translation writes Ford by its sound in sentence 0 and refers to her by a pronoun in sentences 2 and 3, so
    // leaving her out is how it refers to her.
    private static readonly string[] s_englishAboutFordLeftOut =
    [
        "Heavy rain flooded the town, Senator Christine Ford said yesterday.",
        "Ford told the police that the talks ended.",
        "Ford said the school was closed for a week.",
        "Ford thanked the parents.",
        "Ford left the town on Friday.",
    ];

    private static readonly string[] s_russianAboutFordLeftOut =
    [
        "Вчера сильный дождь затопил город, сказала сенатор Кристин Форд.",
        "Кавано сказала полиции, что переговоры завершились.",
        "Она сказала, что школа была закрыта на неделю.",
        "Она поблагодарила родителей.",
        "Форд уехала из города в пятницу.",
    ];

    [Fact]
    public void A_name_put_where_the_source_opens_with_one_the_translation_usually_leaves_out_is_still_put_for_it()
    {
        // A name the translation never writes elsewhere standing where Ford stood is another person.
        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), s_englishAboutFordLeftOut, s_russianAboutFordLeftOut));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("the English has Ford, the Russian has Кавано instead", finding.Message);
    }

    [Fact]
    public void A_word_written_by_its_sound_once_is_no_name_put_for_where_the_translation_leaves_it_out()
    {
        // Written by its sound once only, "Ford" may be a heading's common word the translation renders by a word
        // the lexicon lacks: the capital that opens sentence 1 is no proof of another name.
        var russian = CheckBitext.With(s_russianAboutFordLeftOut, 4, "Она уехала из города в пятницу.");

        Assert.Empty(CheckBitext.Check(new NameCheck(), s_englishAboutFordLeftOut, russian));
    }

    [Fact]
    public void A_name_put_at_the_head_of_a_russian_original_for_the_one_its_english_translation_opens_with_is_reported()
    {
        // The Russian is the original here: "Кавано" opens its sentence and is written nowhere else, so it counts as
        // no name of its own; the English opens with Ford, whom the Russian names in another sentence only.
        var swapped = CheckBitext.With(s_russianAboutFord, 1, "Кавано сказала полиции, что переговоры завершились.");

        var finding = Assert.Single(CheckRussianOriginal(swapped, s_englishAboutFord));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("the Russian has Кавано, the English has Ford instead", finding.Message);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Empty(CheckRussianOriginal(s_russianAboutFord, s_englishAboutFord));
    }

    [Fact]
    public void Two_words_that_open_their_sentences_with_one_sound_are_not_taken_for_one_name_put_for_another()
    {
        // "Фишер" for "Ford" may be a spelling no sound rule reaches ("Майкл", "Michael" is one): a name put for
        // another rarely starts alike, so the bead is left to the other rules, which find nothing missing.
        var respelt = CheckBitext.With(s_russianAboutFord, 1, "Фишер сказала полиции, что переговоры завершились.");

        Assert.DoesNotContain(CheckRussianOriginal(respelt, s_englishAboutFord), f => f.Message.Contains("instead", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Министр Российской Федерации встретился с родителями и учителями.", "The Russian minister met parents and teachers.")]
    [InlineData("Родители и учителя встретились с режиссёром Алексеем Францевичем Домбровским.", "Parents and teachers met director Alexei Dombrovsky.")]
    [InlineData("Представитель Еврокомиссии встретился с родителями и учителями.", "A Commission spokesman met parents and teachers.")]
    [InlineData("Родители и учителя встретились на полуострове Ямал.", "Parents and teachers met on the Yamal Peninsula.")]
    [InlineData("Родители и учителя встретились в Санкт-Петербурге.", "Parents and teachers met in St Petersburg.")]
    [InlineData("Родители и учителя встретились с создателем финансовой пирамиды.", "Parents and teachers met the man behind a Ponzi scheme.")]
    public void A_state_a_body_or_a_place_named_as_english_names_it_and_a_patronymic_left_out_are_no_lost_names(string russian, string english)
    {
        var russianOriginal = CheckBitext.With(s_russian, 3, russian);
        var englishTranslation = CheckBitext.With(s_english, 3, english);

        Assert.Empty(CheckRussianOriginal(russianOriginal, englishTranslation));
        Assert.Empty(CheckBitext.Check(new NameCheck(), englishTranslation, russianOriginal));
    }

    [Theory]
    [InlineData("The 38-year-old told the police that the talks ended.", false)]
    [InlineData("The senator told the police that the talks ended.", true)]
    public void Into_english_a_person_may_be_referred_to_by_age_where_the_russian_repeats_the_name(string english, bool reported)
    {
        var translation = CheckBitext.With(s_englishAboutFord, 1, english);

        var findings = CheckRussianOriginal(s_russianAboutFord, translation);

        Assert.Equal(reported, findings.Any(f => f.Message.Contains("Форд", StringComparison.Ordinal)));
    }

    private static readonly string[] s_russianAboutBiden =
    [
        "Вчера сильный дождь затопил город, заявил представитель Джо Байдена.",
        "Байден сказал полиции, что переговоры завершились.",
        "Школа была закрыта на неделю.",
    ];

    [Theory]
    [InlineData("Biden told the police that the talks ended.", null)]
    [InlineData("Sanders told the police that the talks ended.", "the Russian has Байден, the English has Sanders instead")]
    public void A_russian_name_that_opens_a_sentence_is_a_name_where_the_document_writes_it_in_another_case_in_mid_sentence(
        string english, string? message)
    {
        string[] translation = ["Heavy rain flooded the town yesterday, a spokesman for Joe Biden said.", english, "The school was closed for a week."];

        Assert.Equal(message, CheckRussianOriginal(s_russianAboutBiden, translation).SingleOrDefault()?.Message);
    }

    [Fact]
    public void A_russian_word_that_opens_a_sentence_is_no_name_for_sharing_a_stem_with_a_capitalised_word()
    {
        // "Заметьте" (note that) and the title "Заметки" share a stem, but no case makes one the other.
        string[] russian = ["Вчера сильный дождь затопил город, пишет журнал Заметки.", "Заметьте, полиция арестовала мужчину возле моста.", "Школа была закрыта на неделю."];
        string[] english = ["Heavy rain flooded the town yesterday, the Zametki magazine writes.", "The police arrested a man near the bridge.", "The school was closed for a week."];

        Assert.DoesNotContain(CheckRussianOriginal(russian, english), f => f.Message.Contains("Заметьте", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_word_that_opens_the_sentence_takes_no_name_that_starts_with_its_sound()
    {
        // "The" and "Техас" share their first sounds, and a word nearer the rendering than the name itself took the
        // rendering for its own.
        var english = CheckBitext.With(s_english, 1, "The police arrested a man in Texas.");
        var russian = CheckBitext.With(s_russian, 1, "Полиция арестовала мужчину в Техасе.");

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
        Assert.Empty(CheckRussianOriginal(russian, english));
    }

    private static IReadOnlyList<Finding> CheckRussianOriginal(string[] russian, string[] english) =>
        new TranslationChecker(new CheckOptions(), [new NameCheck()]).Check(CheckBitext.OneToOne(russian, "ru", english, "en"), CheckBitext.Lexicon.Reversed());

    [Theory]
    [InlineData("His bond was set at the bridge.", false)]
    [InlineData("The bond was set at the bridge.", true)]
    public void Into_english_a_possessive_the_russian_lacks_stands_for_the_name_the_sentence_before_gave(string english, bool reported)
    {
        string[] russian = ["Вчера сильный дождь затопил город.", "Полиция арестовала Ушакова возле моста.", "Залог для Ушакова был назначен у моста."];
        string[] englishDocument = ["Heavy rain flooded the town yesterday.", "The police arrested Ushakov near the bridge.", english];

        var findings = CheckRussianOriginal(russian, englishDocument);

        Assert.Equal(reported, findings.Any(f => f.BeadIndex == 2));
    }

    [Fact]
    public void An_acronym_written_as_the_other_language_s_acronym_is_kept_and_a_name_put_for_another_beside_it_is_reported()
    {
        // "ЕС" is "EU", not spelt out: the English capitals in the bead are not the acronym's words.
        string[] russian = ["Полиция арестовала Ушакову возле моста.", "Вчера в своем письме г-жа Ушакова встретилась с министром ЕС."];
        string[] english = ["The police arrested Ushakova near the bridge.", "Yesterday in her letter, Ms Kowalczyk met the EU minister."];

        var finding = Assert.Single(CheckRussianOriginal(russian, english));

        Assert.Equal((1, "the Russian has Ушакова, the English has Kowalczyk instead"), (finding.BeadIndex, finding.Message));
    }

    [Fact]
    public void A_word_the_lexicon_lacks_between_two_rendered_words_of_a_title_is_no_name_put_in()
    {
        string[] russian = ["Вчера министр встретился с учителями школы деревни.", "Полиция арестовала мужчину возле моста."];
        string[] english = ["Yesterday the minister met the teachers of the Village Intergovernmental School.", "The police arrested a man near the bridge."];

        Assert.Empty(CheckRussianOriginal(russian, english));
    }

    [Theory]
    // The name opens its clause, as a subject does: the possessive is English grammar, not the name.
    [InlineData("Ушаков, закрыв школу, встретился с министром.", "Having closed his school, met the minister.", true)]
    [InlineData("Вчера, закрыв школу, Ушаков встретился с министром.", "Yesterday, having closed his school, met the minister.", true)]
    [InlineData("Ушаков, закрыв школу, встретился с министром.", "Having closed the school, he met the minister.", false)]
    // In mid-clause, after a noun, it stands where English puts the possessive.
    [InlineData("Вчера школа Ушакова была закрыта на неделю.", "Yesterday his school was closed for a week.", false)]
    public void Into_english_only_a_subject_pronoun_stands_for_a_name_that_opens_its_clause(string russianLine, string english, bool reported)
    {
        string[] russian = ["Вчера сильный дождь затопил город.", "Полиция арестовала Ушакова возле моста.", russianLine];
        string[] englishDocument = ["Heavy rain flooded the town yesterday.", "The police arrested Ushakov near the bridge.", english];

        var findings = CheckRussianOriginal(russian, englishDocument);

        Assert.Equal(reported, findings.Any(f => f.BeadIndex == 2));
    }

    [Theory]
    // He is named, then quoted for three sentences, one of which has no pronoun, then "he said".
    [InlineData("\"We closed the school for a week.", "Parents and teachers met the minister.", false)]
    // Two sentences in a row with no pronoun end the story: "he" may be someone else by then.
    [InlineData("The school was closed for a week.", "Parents and teachers met the minister.", true)]
    public void Into_english_a_pronoun_stands_for_a_name_given_before_a_quotation_until_two_sentences_speak_of_no_one(
        string quoted, string unquoted, bool reported)
    {
        string[] russian =
        [
            "Вчера Ушаков сказал, что сильный дождь затопил город.",
            "«Мы видели, как полиция арестовала мужчину возле моста.",
            "Школа была закрыта на неделю.",
            "Родители и учителя встретились с министром».",
            "По словам Ушакова, река затопила город.",
        ];
        string[] english =
        [
            "Yesterday Ushakov said heavy rain flooded the town.",
            "\"We saw the police arrest a man near the bridge.",
            quoted,
            unquoted + "\"",
            "He said the river flooded the town.",
        ];

        var findings = CheckRussianOriginal(russian, english);

        Assert.Equal(reported, findings.Any(f => f.BeadIndex == 4));
    }

    [Fact]
    public void Into_russian_a_pronoun_stands_only_for_a_name_of_the_two_sentences_before()
    {
        // "он" may be the plant as well as a man: a quotation between the name and the pronoun is no chain of
        // reference into Russian, as it is into English.
        string[] english =
        [
            "Yesterday Ushakov said heavy rain flooded the town.",
            "\"We saw the police arrest a man near the bridge.",
            "We closed the school for a week.",
            "Parents and teachers met the minister.\"",
            "Ushakov said the river flooded the town.",
        ];
        string[] russian =
        [
            "Вчера Ушаков сказал, что сильный дождь затопил город.",
            "«Мы видели, как полиция арестовала мужчину возле моста.",
            "Мы закрыли школу на неделю.",
            "Родители и учителя встретились с министром».",
            "Он сказал, что река затопила город.",
        ];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal((4, "the English names Ushakov, the Russian has no such name"), (finding.BeadIndex, finding.Message));
    }

    [Theory]
    [InlineData("Parents and teachers met Kim Jong Un yesterday.", "Вчера родители и учителя встретились с Кимом.", null)]
    [InlineData("Parents and teachers met Moon Jae In yesterday.", "Вчера родители и учителя встретились с Муном.", null)]
    // The surname is not the bead's: the given name is no shortening.
    [InlineData("Parents and teachers met Kim Jong Un yesterday.", "Вчера родители и учителя встретились с Паком.", "the English has Kim Jong, the Russian has Паком instead")]
    public void A_korean_given_name_written_in_two_words_may_be_left_out_after_its_surname(string english, string russian, string? message)
    {
        var findings = Check(english, russian);

        Assert.Equal(message is null ? [] : [message], findings.Select(f => f.Message));
    }

    [Fact]
    public void Into_english_a_korean_given_name_written_in_two_words_may_be_left_out_after_its_surname()
    {
        string[] russian = ["Вчера сильный дождь затопил город.", "Полиция арестовала Ким Чен Ына возле моста."];
        string[] english = ["Heavy rain flooded the town yesterday.", "The police arrested Kim near the bridge."];

        Assert.Equal([], CheckRussianOriginal(russian, english).Select(f => f.Message));
    }

    [Theory]
    // The surname is two words in Russian, one in English; the first name an initial in Russian, whole in English.
    [InlineData("Министр Египта Б. Абдель Аты прибыл в Москву.", "Egypt's minister Badr Abdelatty arrived in Moscow.")]
    [InlineData("Министр Египта Абдель Аты прибыл в Москву.", "Egypt's minister Abdelatty arrived in Moscow.")]
    public void A_surname_written_in_two_words_on_one_side_and_in_one_on_the_other_is_rendered(string russian, string english)
    {
        Assert.Equal([], CheckRussianOriginal([russian], [english]).Select(f => f.Message));
    }

    [Theory]
    // Russian names the ministry of its own country with the country; English for that country does not.
    [InlineData("They were flown to Moscow by an Emergencies Ministry aircraft.", "Самолётом МЧС России они были доставлены в Москву.", null)]
    [InlineData("They were flown to Moscow by a Defence Ministry aircraft.", "Самолётом Минобороны России они были доставлены в Москву.", null)]
    [InlineData("They were flown to Moscow by a ministry aircraft.", "Самолётом министерства России они были доставлены в Москву.",
        "the Russian names России, which the English never mentions")]
    public void A_country_after_a_bodys_acronym_is_part_of_its_name(string english, string russian, string? message)
    {
        Assert.Equal(message is null ? [] : [message], CheckBitext.Check(new NameCheck(), [english], [russian]).Select(f => f.Message));
    }

    [Theory]
    [InlineData("The ministers of the CSTO met in Yerevan.", "Министры ОДКБ встретились в Ереване.", null)]
    [InlineData("The ministers of the CSTO met in Yerevan.", "Министры НАТО встретились в Ереване.", "the English has CSTO, the Russian has НАТО instead")]
    [InlineData("More forces are deployed in the Baltics.", "В Прибалтике размещены дополнительные силы.", null)]
    public void Acronyms_and_places_of_russian_diplomacy_are_matched_by_their_russian_names(string english, string russian, string? message)
    {
        Assert.Equal(message is null ? [] : [message], CheckBitext.Check(new NameCheck(), [english], [russian]).Select(f => f.Message));
    }

    [Fact]
    public void A_name_the_translation_adds_that_the_original_never_mentions_is_worth_a_look()
    {
        string[] russian = [.. s_russian[..3], "Родители и учителя встретились с министром."];
        string[] english = [.. s_english[..3], "Parents and teachers met the minister, Ushakov."];

        var finding = Assert.Single(CheckRussianOriginal(russian, english));

        Assert.Equal(3, finding.BeadIndex);
        Assert.Equal("the English names Ushakov, which the Russian never mentions", finding.Message);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void A_name_the_translation_spells_out_for_a_pronoun_is_one_the_original_mentions_elsewhere()
    {
        string[] russian = ["Вчера сильный дождь затопил город, сказал сенатор Ушаков.", "Он встретился с министром.", "Школа была закрыта на неделю."];
        string[] english = ["Heavy rain flooded the town, Senator Ushakov said yesterday.", "Ushakov met the minister.", "The school was closed for a week."];

        Assert.Empty(CheckRussianOriginal(russian, english));
    }

    [Theory]
    [InlineData("Parents and teachers met Ms. Sumbung.", "Родители и учителя встретились с Селиной Сумбунг.")]
    [InlineData("Parents and teachers met the minister in Baton Rouge, La., yesterday.", "Вчера родители и учителя встретились с министром в Батон-Руже, штат Луизиана.")]
    [InlineData("Parents and teachers from the U.K. met the minister.", "Родители и учителя из Великобритании встретились с министром.")]
    [InlineData("Parents and teachers met the league minister.", "Родители и учителя встретились с министром Шотландской лиги.")]
    public void A_first_name_a_state_or_a_description_the_translation_writes_out_is_no_name_it_adds(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Theory]
    [InlineData("Parents and teachers met Michael yesterday.", "Вчера родители и учителя встретились с Майклом.")]
    [InlineData("Parents and teachers met Sean yesterday.", "Вчера родители и учителя встретились с Шоном.")]
    public void A_given_name_whose_spelling_does_not_tell_its_sound_is_rendered_by_its_sound(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
    }

    [Fact]
    public void A_country_written_by_its_acronym_on_one_side_is_the_countrys_name_on_the_other()
    {
        string[] russian = [.. s_russian[..3], "Родители и учителя из Великобритании встретились с министром."];
        string[] english = [.. s_english[..3], "Parents and teachers from the UK's schools met the minister."];

        Assert.Empty(CheckRussianOriginal(russian, english));
        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_capital_put_for_its_state_by_acronym_is_a_name_lost()
    {
        // "США" renders "US", not "Washington": the capital is a name of its own that the translation has lost.
        var finding = Assert.Single(Check("Parents and teachers in Washington met the US minister.", "Родители и учителя встретились с министром США."));

        Assert.Equal("the English names Washington, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_name_the_source_has_elsewhere_put_in_place_of_one_the_bead_lost_is_reported_as_put_for_it()
    {
        // "Форд" opens the translation where the source opens with Putin: Ford is named in sentence 0, and the bead
        // has lost Putin, so the translation confused the two.
        string[] english = ["Heavy rain flooded the town, Senator Christine Ford told Vladimir Putin yesterday.", "Putin told the police that the talks ended.", "The school was closed for a week."];
        string[] russian = ["Вчера сильный дождь затопил город, сказала сенатор Кристин Форд Владимиру Путину.", "Форд сказала полиции, что переговоры завершились.", "Школа была закрыта на неделю."];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("the English has Putin, the Russian has Форд instead", finding.Message);
    }

    [Theory]
    [InlineData("Coach Ivan Ushakov met parents and teachers.", "Тренер Иван Петренко встретился с родителями и учителями.", "the English has Ushakov, the Russian has Петренко instead")]
    [InlineData("Parents and teachers met the coach of the Ushakov team.", "Родители и учителя встретились с тренером команды Петренко.", "the English has Ushakov, the Russian has Петренко instead")]
    // A name the bead's translation writes starting with the same sounds is the lost one clipped, not another.
    [InlineData("Parents and teachers met Kantorovich.", "Родители и учителя встретились с Канто.", "the English names Kantorovich, the Russian has no such name")]
    public void A_name_of_the_source_document_put_for_another_in_mid_sentence_is_reported_as_put_for_it_unless_it_starts_alike(string english, string russian, string message)
    {
        string[] document = ["Heavy rain flooded the town, officers Petrenko and Kanto said yesterday.", english, "The school was closed for a week."];
        string[] translation = ["Вчера сильный дождь затопил город, сказали полицейские Петренко и Канто.", russian, "Школа была закрыта на неделю."];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), document, translation));

        Assert.Equal((1, message), (finding.BeadIndex, finding.Message));
    }

    [Theory]
    // "Палата" starts as "Pelosi" does, but it renders "House": it is no slip of the pen for the name.
    [InlineData("Pelosi said the House would vote next week.", "Было сказано, что Палата проголосует на следующей неделе.", "the English names Pelosi, the Russian has no such name")]
    [InlineData("Pelosi said the House would vote next week.", "Пелоси сказала, что Палата проголосует на следующей неделе.", null)]
    public void A_capitalised_word_that_renders_another_word_of_the_sentence_is_no_misspelling_of_a_lost_name(string english, string russian, string? message)
    {
        string[] document = ["Heavy rain flooded the town yesterday, Pelosi said.", english, "The school was closed for a week."];
        string[] translation = ["Вчера сильный дождь затопил город, сказала Пелоси.", russian, "Школа была закрыта на неделю."];

        var findings = CheckBitext.Check(new NameCheck(), document, translation);

        Assert.Equal(message, findings.SingleOrDefault()?.Message);
    }

    [Fact]
    public void A_known_word_that_opens_a_sentence_stays_a_word_where_the_document_translates_it()
    {
        // The river crossing is "брод" in mid-sentence: the capital that opens sentence 1 proves nothing.
        string[] english = ["Heavy rain flooded the Ford near the town yesterday.", "Ford told the police that the talks ended.", "The school was closed for a week."];
        string[] russian = ["Вчера сильный дождь затопил брод у города.", "Кавано сказала полиции, что переговоры завершились.", "Школа была закрыта на неделю."];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Theory]
    [InlineData("Один канадский фермер сказал журналистам, что свиньи обычно спокойны.", null)]
    [InlineData("Один фермер сказал журналистам, что свиньи обычно спокойны.", "the English names Manitoba, the Russian has no such name")]
    // An adjective the source has a word for describes nothing in the name's place.
    [InlineData("Один фермер сказал канадским журналистам, что свиньи обычно спокойны.", "the English names Manitoba, the Russian has no such name")]
    // A noun whose stem ends as an adjective's suffix does ("поиска", "розыска") is no adjective: those end in two letters or three.
    [InlineData("Один фермер после поиска сказал журналистам, что свиньи обычно спокойны.", "the English names Manitoba, the Russian has no such name")]
    public void A_name_that_qualifies_a_noun_is_described_by_an_adjective_of_place_beside_the_nouns_translation(string russian, string? message)
    {
        string[] english = ["Heavy rain flooded the town yesterday.", "One Manitoba farmer told Canadian reporters that pigs are usually calm.", "The school was closed for a week."];
        string[] translation = ["Вчера сильный дождь затопил город.", russian, "Школа была закрыта на неделю."];
        if (message is null)
            english[1] = english[1].Replace("Canadian ", "", StringComparison.Ordinal);

        var findings = CheckBitext.Check(new NameCheck(), english, translation);

        Assert.Equal(message, findings.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("He is a Hall of Famer, the coach said.", "Он ходячий Зал Славы, сказал тренер.", null)]
    // The title's translated word with nothing beside it has lost the name the title holds.
    [InlineData("He is a Hall of Famer, the coach said.", "Он ходячий Зал, сказал тренер.", "the English names Famer, the Russian has no such name")]
    [InlineData("He won the Ryder Cup twice, the coach said.", "Он дважды выиграл Кубок, сказал тренер.", "the English names Ryder, the Russian has no such name")]
    // A name of the document beside it, though a common word too ("Мост" for officer Most), is another name put in the title.
    [InlineData("He won the Ryder Cup twice, the coach said.", "Он дважды выиграл Кубок Мост, сказал тренер.", "the English names Ryder, the Russian has no such name")]
    public void A_name_in_a_title_the_translation_renders_by_a_capitalised_word_of_its_own_beside_the_titles_translated_word_is_rendered(
        string sentence, string translation, string? message)
    {
        string[] english = ["Heavy rain flooded the town, officer Most said yesterday.", sentence, "The school was closed for a week."];
        string[] russian = ["Вчера сильный дождь затопил город, сказал полицейский Мост.", translation, "Школа была закрыта на неделю."];

        var findings = CheckBitext.Check(new NameCheck(), english, russian);

        Assert.Equal(message, findings.SingleOrDefault()?.Message);
    }

    [Fact]
    public void A_short_name_spelt_like_a_function_word_where_it_opens_the_sentence_is_the_name()
    {
        // "Ли" opening a sentence is also the particle "ли"; it still writes "Lee", and a word no longer than it.
        string[] english = ["Heavy rain flooded the town, the investor Lee said yesterday.", "Lee told the police that the talks ended.", "The school was closed for a week."];
        string[] russian = ["Вчера сильный дождь затопил город, сказал инвестор Ли.", "Ли сказал полиции, что переговоры завершились.", "Школа была закрыта на неделю."];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_word_the_lexicon_lacks_that_the_translation_also_writes_in_lower_case_is_no_name()
    {
        // A manual's headings and the titles it cites capitalise a word the dictionary lacks in this form ("Будьте").
        string[] english = ["Be careful at the bridge.", "The police arrested a man, as Be careful says.", "Parents and teachers, be careful.", "The school was closed for a week."];
        string[] russian = ["Будьте осторожны у моста.", "Полиция арестовала мужчину, как велит Будьте осторожны.", "Родители и учителя, будьте осторожны.", "Школа была закрыта на неделю."];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_name_the_translation_keeps_only_in_sentences_it_left_untranslated_is_not_one_it_writes_by_its_sound()
    {
        // The last sentence was left in English: it keeps "Hunter" as it keeps every word, which tells nothing of
        // whether the translation writes the word as a name.
        string[] english = ["The school was closed for a week.", "Parents met the Hunter at the bridge.", "The Hunter closed the bridge."];
        string[] russian = ["Школа была закрыта на неделю.", "Родители встретились у моста.", "The Hunter closed the bridge."];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Fact]
    public void A_name_a_manual_also_writes_in_lower_case_as_a_directory_is_still_a_name()
    {
        string[] english = ["The police arrested a man near the Debian bridge.", "Parents and teachers met Debian workers.", "The school was closed, see the debian directory."];
        string[] russian = ["Полиция арестовала мужчину возле моста.", "Родители и учителя встретились с рабочими Debian.", "Школа была закрыта, см. каталог debian."];

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));
        Assert.Equal("the English names Debian, the Russian has no such name", finding.Message);
    }

    [Fact]
    public void A_word_that_opens_a_tables_cell_opens_it_as_a_sentence_does()
    {
        string[] english = ["The school was closed for a week.", "|1 |User commands |Executable scripts |", "Parents and teachers met the minister."];
        string[] russian = ["Школа была закрыта на неделю.", "|1 |Пользовательские команды |Запускаемые сценарии |", "Родители и учителя встретились с министром."];

        Assert.Empty(CheckBitext.Check(new NameCheck(), english, russian));
    }

    [Theory]
    [InlineData("The school follows the Filesystem Hierarchy Standard (FHS).", "Школа следует FHS.", null)]
    // "Debian" is no part of what "BTS" spells.
    [InlineData("Parents use the Debian Bug Tracking System (BTS).", "Родители используют систему (BTS).", "the English names Debian, the Russian has no such name")]
    // The translation that keeps no acronym has lost the name.
    [InlineData("The school follows the Filesystem Hierarchy Standard (FHS).", "Школа следует стандарту.", "the English names Filesystem, the Russian has no such name")]
    public void A_name_spelt_out_beside_its_acronym_is_rendered_by_the_acronym_alone(string sentence, string translation, string? message)
    {
        string[] english = ["Heavy rain flooded the town yesterday.", sentence, "The police arrested a man near the bridge."];
        string[] russian = ["Вчера сильный дождь затопил город.", translation, "Полиция арестовала мужчину возле моста."];

        Assert.Equal(message, CheckBitext.Check(new NameCheck(), english, russian).SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("Parents and teachers felt a magnitude 5 quake.", "Родители и учителя почувствовали толчок магнитудой 5 по шкале Рихтера.")]
    [InlineData("Parents and teachers met at 25 degrees Celsius.", "Родители и учителя встретились при 77 градусах по Фаренгейту.")]
    [InlineData("Parents and teachers met at 5 a.m. Eastern time.", "Родители и учителя встретились в 5 часов утра по Нью-Йорку.")]
    [InlineData("Parents and teachers met at 12:55 local time.", "Родители и учителя встретились в 12:55 по Москве.")]
    public void A_measure_or_a_clock_named_after_someone_or_somewhere_is_no_name_of_the_story(string english, string russian)
    {
        Assert.Empty(Check(english, russian));
        Assert.Empty(CheckRussianOriginal(CheckBitext.With(s_russian, 3, russian), CheckBitext.With(s_english, 3, english)));
    }

    [Theory]
    [InlineData("Parents and teachers heard Gilels play.", "Родители и учителя слушали, как играет Рихтер.")]
    [InlineData("Parents and teachers met Bronson in Moscow.", "Родители и учителя встретились с Келвином в Москве.")]
    [InlineData("Parents and teachers met in Kazan.", "Родители и учителя встретились по Москве.")]
    public void A_maker_of_a_scale_or_a_city_away_from_its_measure_is_a_name(string english, string russian)
    {
        Assert.Single(Check(english, russian));
    }

    [Theory]
    [InlineData("Конференцией директоров школ (HMC)", false)]
    [InlineData("Конференцией директоров школ", true)]
    public void A_title_translated_beside_its_kept_acronym_is_rendered_though_the_acronym_skips_its_words(string rendering, bool reported)
    {
        var findings = Check("Parents and teachers met the Headmasters' and Headmistresses' Conference (HMC).",
            $"Родители и учителя встретились с {rendering}.");

        Assert.Equal(reported, findings.Any(f => f.Message.Contains("Headmasters", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_before_the_words_an_acronym_stands_for_is_no_part_of_the_title()
    {
        var finding = Assert.Single(Check("Parents and teachers met the Wilson Headmasters' Conference (HMC).",
            "Родители и учителя встретились с Конференцией директоров (HMC)."));

        Assert.Contains("Wilson", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Headmasters", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parents and teachers from D.C. met the minister.", "Родители и учителя из округа Колумбия встретились с министром.", false)]
    [InlineData("Parents and teachers from Texas met the minister.", "Родители и учителя из округа Колумбия встретились с министром.", true)]
    public void The_district_of_columbia_is_written_by_its_acronym(string english, string russian, bool reported)
    {
        Assert.Equal(reported, Check(english, russian).Count > 0);
        Assert.Equal(reported, CheckRussianOriginal(CheckBitext.With(s_russian, 3, russian), CheckBitext.With(s_english, 3, english)).Count > 0);
    }
}
