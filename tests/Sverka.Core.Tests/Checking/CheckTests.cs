using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>Each check on small hand-made bitexts: what must fire, and loose but correct translations that must not.</summary>
public sealed class CheckTests
{
    private static readonly string[] s_english = CheckBitext.FaithfulEnglish();

    private static readonly string[] s_russian = CheckBitext.FaithfulRussian();

    [Fact]
    public void Checks_run_side_by_side_give_the_findings_of_checks_run_one_after_another()
    {
        // Every kind at once: a dropped sentence, a changed number, a swapped name, an untranslated sentence.
        string[] english = [.. s_english, "The company hired 40 workers in Leeds.", "The river flooded the village.", "Talks ended yesterday."];
        string[] russian = [.. s_russian, "Компания наняла 45 рабочих в Глазго.", "The river flooded the village."];
        var result = CheckBitext.Result(english, russian, "0:0 1:1 2:2 3:3 4:4 5:5 6:");

        var oneByOne = new TranslationChecker(new CheckOptions { MaxDegreeOfParallelism = 1 }, null).Check(result, CheckBitext.Lexicon);
        var sideBySide = new TranslationChecker(new CheckOptions { MaxDegreeOfParallelism = 4 }, null).Check(result, CheckBitext.Lexicon);

        Assert.True(oneByOne.Select(f => f.Kind).Distinct().Count() >= 4, string.Join("; ", oneByOne.Select(f => f.Message)));
        Assert.Equal(oneByOne.Select(f => (f.Kind, f.BeadIndex, f.Severity, f.Message)), sideBySide.Select(f => (f.Kind, f.BeadIndex, f.Severity, f.Message)));
    }

    [Fact]
    public void A_faithful_translation_has_no_findings()
    {
        Assert.Empty(CheckBitext.Check(s_english, s_russian));
    }

    [Fact]
    public void A_source_sentence_with_no_counterpart_is_an_omission_error()
    {
        var russian = s_russian.Where((_, i) => i != 2).ToArray();

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, "0:0 1:1 2: 3:2");

        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.Omission, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.BeadIndex);
        Assert.Empty(finding.TargetSpans);
    }

    [Fact]
    public void A_sentence_left_unpaired_beside_an_unpaired_translation_is_only_a_warning_that_says_so()
    {
        // The aligner found the pair too unlike to join: a sentence lost and one added, or a loose translation.
        var findings = CheckBitext.Check(new OmissionCheck(), s_english, s_russian, "0:0 1:1 2: :2 3:3");

        var finding = Assert.Single(findings);
        Assert.Equal((2, FindingSeverity.Warning), (finding.BeadIndex, finding.Severity));
        Assert.Equal("the Russian has nothing for this sentence, unless the unpaired sentence of the Russian beside it translates it loosely", finding.Message);
    }

    [Fact]
    public void A_sentence_merged_into_a_pair_and_not_translated_is_an_omission()
    {
        var russian = s_russian.Where((_, i) => i != 2).ToArray();

        var findings = CheckBitext.Check(new OmissionCheck(), s_english, russian, "0:0 1:1 2,3:2");

        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.BeadIndex);
        var sentence = CheckBitext.Result(s_english, russian, "0:0 1:1 2,3:2").Source.Sentences[2].Span;
        Assert.Equal([sentence], finding.SourceSpans);
    }

    [Fact]
    public void A_target_sentence_with_no_counterpart_is_an_addition()
    {
        var russian = s_russian.Take(2).Append("Погода была холодной всю неделю.").Concat(s_russian.Skip(2)).ToArray();

        var findings = CheckBitext.Check(new AdditionCheck(), s_english, russian, "0:0 1:1 :2 2:3 3:4");

        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.Addition, finding.Kind);
        Assert.Equal(2, finding.BeadIndex);
        Assert.Empty(finding.SourceSpans);
    }

    // Written alike counts only as a whole number: "5" inside "15" or "1.5" is not there.
    [Theory]
    [InlineData("The school has 15 classes.", "В школе 5 классов.")]
    [InlineData("The school spent 1.5 million.", "Школа потратила 5 миллионов.")]
    [InlineData("The school spent 5,000.", "Школа потратила 3,000.")]
    public void A_number_only_part_of_a_number_on_the_other_side_is_reported(string english, string russian)
    {
        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));

        Assert.Equal(2, finding.BeadIndex);
    }

    // A 1 in digits before a noun is often the noun alone in Russian ("over 1 year", "больше года"); changed, or beside
    // a larger number, it is still reported.
    [Theory]
    [InlineData("The school was closed for over 1 year.", "Школа была закрыта больше года.", null)]
    [InlineData("The school was closed for over 1 year.", "Школа была закрыта больше 2 лет.", "the English has 1, the Russian has 2")]
    [InlineData("The school was closed for 1.5 years.", "Школа была закрыта полтора года.", null)]
    [InlineData("The school spent 1% of its money.", "Школа потратила часть денег.", "the English has 1%, the Russian has no such number")]
    [InlineData("The school was closed for 2 years.", "Школа была закрыта два года.", null)]
    [InlineData("The school was closed for 12 years.", "Школа была закрыта годами.", "the English has 12 years, the Russian has no such number")]
    public void A_lone_one_in_digits_may_be_rendered_by_its_noun_alone(string english, string russian, string? message)
    {
        var findings = CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian));

        Assert.Equal(message, findings.SingleOrDefault()?.Message);
    }

    [Fact]
    public void A_changed_date_is_a_number_error_that_quotes_both_sides()
    {
        var english = CheckBitext.With(s_english, 2, "The school was closed on December 7.");
        var russian = CheckBitext.With(s_russian, 2, "Школа была закрыта 17 декабря.");

        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), english, russian));

        Assert.Equal(FindingKind.Number, finding.Kind);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("the English has December 7, the Russian has 17 декабря", finding.Message);
        var target = CheckBitext.Result(english, russian).Target;
        Assert.Equal("17 декабря", CheckBitext.TextOf(target, finding.TargetSpans[0]));
    }

    // Quantities written without digits are reported only when each side has one the other lacks.
    [Theory]
    [InlineData("The school will reopen in November.", "Школа вновь откроется в июле.", "November", "июле")]
    [InlineData("The school was closed on Monday.", "Школа была закрыта во вторник.", "Monday", "вторник")]
    [InlineData("Police said twenty-five people were hurt.", "Полиция сообщила, что пострадали двадцать шесть человек.", "twenty-five", "двадцать шесть")]
    [InlineData("The firm hired three hundred workers.", "Фирма наняла двести рабочих.", "three hundred", "двести")]
    [InlineData("Two thousand people came to the rally.", "На митинг пришли три тысячи человек.", "Two thousand", "три тысячи")]
    [InlineData("The firm hired three engineers.", "Фирма наняла пятерых инженеров.", "three", "пятерых")]
    [InlineData("Inflation reached thirty percent.", "Инфляция достигла сорока процентов.", "thirty percent", "сорока процентов")]
    public void A_month_day_or_count_in_words_changed_on_both_sides_is_a_number_error(string english, string russian, string was, string now)
    {
        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal($"the English has {was}, the Russian has {now}", finding.Message);
    }

    [Fact]
    public void A_converted_measure_changed_beyond_rounding_is_a_number_error()
    {
        var english = CheckBitext.With(s_english, 2, "The school is 10 miles from the coast.");
        var russian = CheckBitext.With(s_russian, 2, "Школа находится в 70 милях от побережья.");

        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), english, russian));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("The bridge is 2 km long.", "Длина моста составляет 2 мили.", "2 km", "2 mi")]
    [InlineData("He was sentenced to 12 years in prison.", "Его приговорили к 12 месяцам тюрьмы.", "12 years", "12 months")]
    [InlineData("The talks lasted three hours.", "Переговоры длились три дня.", "three hours", "три days")]
    [InlineData("It hit at speeds of 800 kph (497 mph).", "Оно обрушилось со скоростью 497 км/ч.", "800", "497")]
    public void A_figure_kept_with_its_unit_changed_is_a_number_error_that_names_the_units(string english, string russian, string was, string now)
    {
        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal($"the English has {was}, the Russian has {now}", finding.Message);
    }

    [Theory]
    [InlineData("Waves as high as six meters (18 feet) hit the shore.", "На берег обрушились волны высотой шесть метров.")]
    [InlineData("Waves as high as 6 meters (18 feet) hit the shore.", "На берег обрушились волны высотой 6 метров.")]
    public void The_originals_own_conversion_in_brackets_may_be_left_out(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));
    }

    [Fact]
    public void A_measure_changed_beside_its_conversion_in_brackets_is_still_reported()
    {
        var english = CheckBitext.With(s_english, 2, "The plane sank in about 30 meters (100 feet) of water.");
        var russian = CheckBitext.With(s_russian, 2, "Самолёт затонул на глубине около 32 метров (100 футов).");

        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), english, russian));

        Assert.Equal("the Russian has 32 m, the English has no such number", finding.Message);
    }

    [Fact]
    public void A_conversion_in_brackets_the_translation_keeps_must_agree()
    {
        var english = CheckBitext.With(s_english, 2, "The plane sank in about 30 meters (100 feet) of water.");
        var russian = CheckBitext.With(s_russian, 2, "Самолёт затонул на глубине около 30 метров (700 футов).");

        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), english, russian));

        Assert.Equal("the Russian has 700 ft, the English has no such number", finding.Message);
    }

    // A Russian collective numeral counts people and nothing else: one the English lacks is a count lost, unless the
    // English gives the count otherwise, one by one.
    [Theory]
    [InlineData("Seven people died, including two children.", "Погибли семь человек, в том числе двое детей.", null)]
    [InlineData("Seven people died.", "Погибли семь человек, в том числе двое детей.", "the Russian has двое, the English has no such number")]
    [InlineData("A 17-year-old and two 18-year-olds were arrested.", "Арестованы трое подозреваемых в возрасте 17 и 18 лет.", null)]
    [InlineData("Seven people died, the children among them.", "Погибли семь человек, все трое детей тоже.", null)]
    public void A_russian_collective_numeral_the_english_lacks_is_a_count_lost(string english, string russian, string? message)
    {
        var findings = CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian));

        Assert.Equal(message, findings.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("The talks lasted 48 hours.", "Переговоры длились двое суток.")]
    [InlineData("The talks lasted 3 days.", "Переговоры длились трое суток.")]
    [InlineData("The talks lasted 24 hours.", "Переговоры длились сутки.")]
    [InlineData("A 24-hour strike began.", "Началась суточная забастовка.")]
    public void Days_and_nights_counted_in_russian_are_their_hours(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));
    }

    [Fact]
    public void A_number_the_translation_moved_across_a_bead_boundary_is_not_reported()
    {
        // The translation ends the first sentence earlier and starts the next with the number, so each bead has
        // one side's 12 left over; the number itself is there.
        var english = CheckBitext.With(CheckBitext.With(s_english, 1, "The police arrested 12 men near the bridge."), 2, "They were released on bail.");
        var russian = CheckBitext.With(CheckBitext.With(s_russian, 1, "Полиция арестовала мужчин возле моста."), 2, "Все 12 были отпущены под залог.");

        Assert.Empty(CheckBitext.Check(new NumberCheck(), english, russian));
    }

    [Fact]
    public void A_number_missing_beside_a_bead_that_has_another_left_over_is_still_reported()
    {
        var english = CheckBitext.With(CheckBitext.With(s_english, 1, "The police arrested 12 men near the bridge."), 2, "They were released on bail.");
        var russian = CheckBitext.With(CheckBitext.With(s_russian, 1, "Полиция арестовала мужчин возле моста."), 2, "Все 15 были отпущены под залог.");

        var findings = CheckBitext.Check(new NumberCheck(), english, russian);

        Assert.Equal([1, 2], findings.Select(f => f.BeadIndex));
    }

    [Fact]
    public void A_number_missing_from_the_translation_is_a_number_warning()
    {
        var english = CheckBitext.With(s_english, 1, "The police arrested 12 men near the bridge.");
        var russian = CheckBitext.With(s_russian, 1, "Полиция арестовала мужчин возле моста.");

        var finding = Assert.Single(CheckBitext.Check(new NumberCheck(), english, russian));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("12", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Two people died and 30% of homes were damaged.", "Погибли два человека, пострадали 30 процентов домов.")]
    [InlineData("The company hired 1,500 workers.", "Компания наняла 1 500 рабочих.")]
    [InlineData("The bridge was built in 1930.", "Мост построен в 1930 году.")]
    [InlineData("It rained 2 to 4 inches in the village.", "В деревне выпало от 5 до 10 см дождя.")]
    [InlineData("The strike began on December 7.", "Забастовка началась 7 декабря.")]
    [InlineData("The first report was published.", "Доклад опубликован.")]
    [InlineData("The 6-foot-6 forward grew up in Baton Rouge.", "Двухметровый форвард вырос в Батон-Руже.")]
    [InlineData("The wave travelled at 800 kph before it struck.", "Цунами пришло не одно, а с волной в 800 км/ч.")]
    [InlineData("Both teams scored twice, per 247sports.", "Обе команды забили по два гола.")]
    [InlineData("Both churches were built by St. Martin's congregation.", "Обе церкви построила община Мартина.")]
    [InlineData("The school closed last December.", "Школа закрылась в прошлом году.")]
    [InlineData("Patches were found 10 miles offshore, up to 4 inches wide.", "Очаги нашли в 16 км от берега, до 10 см в ширину.")]
    [InlineData("Expect widespread 80s in the east.", "На востоке температура будет достигать 27 градусов.")]
    [InlineData("Five of the boats sank.", "Лодки затонули.")]
    [InlineData("He scored in the last quarter of an hour.", "Он забил на сорок пятой минуте.")]
    [InlineData("Forty-two boats sank.", "Затонули сорок две лодки.")]
    [InlineData("The school closed on Friday.", "Школа закрылась в пятницу.")]
    [InlineData("The school closed on Friday.", "Школа закрылась.")]
    [InlineData("Use a date such as 11Apr29 as the version.", "Используйте дату вида 11Apr29 как версию.")]
    [InlineData("Check the MD5sums of the files.", "Проверьте контрольные суммы MD5 файлов.")]
    public void Numbers_written_differently_but_meaning_the_same_are_not_reported(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new NumberCheck(), CheckBitext.With(s_english, 1, english), CheckBitext.With(s_russian, 1, russian)));
    }

    [Fact]
    public void A_sentence_left_in_english_on_the_russian_side_is_untranslated()
    {
        var russian = CheckBitext.With(s_russian, 2, "The school was closed for a week.");

        var finding = Assert.Single(CheckBitext.Check(new UntranslatedCheck(), s_english, russian));

        Assert.Equal(FindingKind.Untranslated, finding.Kind);
        Assert.Equal(2, finding.BeadIndex);
        Assert.Contains("copy", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_sentence_the_aligner_merged_with_its_neighbour_is_still_untranslated()
    {
        var russian = CheckBitext.With(s_russian, 2, "The school was closed for a week.");

        var finding = Assert.Single(CheckBitext.Check(new UntranslatedCheck(), s_english, russian, "0:0 1:1 2,3:2,3"));

        Assert.Equal(2, finding.BeadIndex);
        Assert.Equal("this sentence of the Russian is a copy of the English", finding.Message);
        Assert.Equal("The school was closed for a week.", CheckBitext.TextOf(CheckBitext.Result(s_english, russian).Target, finding.TargetSpans[0]));
    }

    [Fact]
    public void A_quotation_in_a_third_language_kept_by_both_versions_is_not_untranslated()
    {
        const string quotation = "Il faut bien le faire, disait-il toujours à ses amis.";
        var english = CheckBitext.With(s_english, 2, quotation);
        var russian = CheckBitext.With(s_russian, 2, quotation);

        Assert.Empty(CheckBitext.Check(new UntranslatedCheck(), english, russian));
    }

    [Theory]
    [InlineData("Labour is no longer a broad church.")]
    [InlineData("18 holes to make a mark.")]
    public void A_copied_english_sentence_the_identifier_may_take_for_another_language_is_untranslated(string sentence)
    {
        var english = CheckBitext.With(s_english, 2, sentence);
        var russian = CheckBitext.With(s_russian, 2, sentence);

        var finding = Assert.Single(CheckBitext.Check(new UntranslatedCheck(), english, russian));

        Assert.Equal(2, finding.BeadIndex);
    }

    [Theory]
    [InlineData("It is very bad.", true)]
    // Names, and a single word, are often rightly the same in both versions.
    [InlineData("BBC News.", false)]
    [InlineData("Already.", false)]
    public void A_short_copied_sentence_is_untranslated_when_it_has_a_function_word_of_the_source(string sentence, bool untranslated)
    {
        Assert.Equal(untranslated ? [2] : [], UntranslatedWithCopy(sentence).Select(f => f.BeadIndex));
    }

    [Fact]
    public void An_english_passage_left_inside_a_russian_sentence_is_untranslated()
    {
        var english = CheckBitext.With(s_english, 2, "The school was closed for a week after the heavy rain.");
        var russian = CheckBitext.With(s_russian, 2, "Школа была закрыта на неделю after the heavy rain.");

        var finding = Assert.Single(CheckBitext.Check(new UntranslatedCheck(), english, russian));

        Assert.Equal(2, finding.BeadIndex);
        Assert.Equal("after the heavy rain", CheckBitext.TextOf(CheckBitext.Result(english, russian).Target, finding.TargetSpans[0]));
        Assert.Equal("the Russian leaves \"after the heavy rain\" as it is in the English, not translated", finding.Message);
    }

    [Theory]
    [InlineData("The school in Canada plus plus was closed for a week.", "Школа Canada plus plus была закрыта на неделю.")]
    [InlineData("The Member of the Welsh Parliament closed the school for a week.", "Member of the Welsh Parliament закрыл школу на неделю.")]
    [InlineData("The school was closed for a week, one of the teachers said.", "Школа была закрыта на неделю, сказал one of the учителей.")]
    public void Names_titles_and_function_words_kept_in_english_are_no_passage_left_untranslated(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new UntranslatedCheck(), CheckBitext.With(s_english, 2, english), CheckBitext.With(s_russian, 2, russian)));
    }

    [Theory]
    // The original's term given beside its translation, and a string quoted to be typed or searched for.
    [InlineData("Школа была закрыта на неделю из-за ливня (heavy rain).")]
    [InlineData("Школа была закрыта на неделю, ищите «heavy rain».")]
    // A path, an option and a package's name: one token each, however many words it joins.
    [InlineData("Школа была закрыта на неделю, см. school/closed/week.")]
    [InlineData("Школа была закрыта на неделю, задайте closed=week heavy-rain.")]
    public void English_kept_in_brackets_quotes_or_code_tokens_is_no_passage_left_untranslated(string russian)
    {
        var english = CheckBitext.With(s_english, 2, "The school was closed for a week after the heavy rain.");

        Assert.Empty(CheckBitext.Check(new UntranslatedCheck(), english, CheckBitext.With(s_russian, 2, russian)));
    }

    /// <summary>The untranslated check's findings where both versions of pair 2 are <paramref name="sentence"/>.</summary>
    private static IReadOnlyList<Finding> UntranslatedWithCopy(string sentence) =>
        CheckBitext.Check(new UntranslatedCheck(), CheckBitext.With(s_english, 2, sentence), CheckBitext.With(s_russian, 2, sentence));

    [Theory]
    // Commands and configuration, which a manual's translation rightly copies.
    [InlineData("$ tar -cvzf hello-sh-1.0.tar.gz hello-sh-1.0", false)]
    [InlineData("$ echo 10 > debian/compat", false)]
    [InlineData("subnet 192.168.1.0 netmask 255.255.255.0 { range 192.168.1.200 192.168.1.253; option routers 192.168.1.1; }", false)]
    [InlineData("# tasksel install standard", false)]
    [InlineData("# To use DHCP, uncomment the two lines below.", true)]
    // Prose that names a path or a number is prose still, and so is a numbered heading over its underline.
    [InlineData("* Set debian/compat to \"10\" before the build.", true)]
    [InlineData("5.6.6. Notifications of new uploads --------------------", true)]
    public void A_copied_command_or_listing_is_not_untranslated_where_copied_prose_is(string sentence, bool untranslated)
    {
        Assert.Equal(untranslated ? [2] : [], UntranslatedWithCopy(sentence).Select(f => f.BeadIndex));
    }

    [Theory]
    // Configuration and commands after a prompt, a line at a time: each line has words enough for prose.
    [InlineData("default-lease-time 600;\nmax-lease-time 7200;", true)]
    [InlineData("host clientname {\n  filename \"/tftpboot.img\";\n  next-server servername;\n}", true)]
    [InlineData("# apt install locales\n# dpkg-reconfigure locales", true)]
    [InlineData("$ mkdir work\n$ cd work", true)]
    // Settings and listings: a few fields, one of them a path, a URL, a setting's key or an address.
    [InlineData("d-i mirror/country string manual\nd-i mirror/http/hostname string http.us.debian.org", true)]
    [InlineData("deb http://deb.debian.org/debian bookworm main", true)]
    [InlineData("127.0.0.1 localhost\n127.0.1.1 DebianHostName", true)]
    [InlineData("proc /proc proc defaults 0 0", true)]
    // A numbered heading, and prose naming a path, are prose: "GNU/Linux" is no path.
    [InlineData("4.1. Official Debian GNU/Linux installation images", false)]
    [InlineData("3.2. Mounting the /proc file system", false)]
    [InlineData("see the file /etc/fstab\nfor the details of each mount.", false)]
    // Prose wrapped over lines, a line of it ending in a semicolon, and a comment of a configuration file.
    [InlineData("This program is free software; you can redistribute it and/or modify it\nunder the terms of the GNU General Public License;\nsee the file for details.", false)]
    [InlineData("This is free software;\nsee the source for copying conditions.", false)]
    [InlineData("# To use dhcp, uncomment this:\n# auto eth0", false)]
    [InlineData("# If you have a slow dhcp server and the installer times out waiting for\n# it, this might be useful.", false)]
    public void Code_over_several_lines_is_read_line_by_line(string sentence, bool code)
    {
        Assert.Equal(code, UntranslatedCheck.IsCode(sentence));
    }

    [Theory]
    // Latin letters only in acronyms and names: Russian still.
    [InlineData("IDE (тн. PATA), SATA или SCSI.", false)]
    [InlineData("Marvell Kirkwood и Orion.", false)]
    [InlineData("IDE, SATA or SCSI disks are supported.", true)]
    public void A_sentence_in_latin_letters_only_by_its_acronyms_and_names_is_not_untranslated(string russian, bool untranslated)
    {
        var findings = CheckBitext.Check(new UntranslatedCheck(), CheckBitext.With(s_english, 2, "IDE, SATA and SCSI disks are supported."), CheckBitext.With(s_russian, 2, russian));

        Assert.Equal(untranslated ? [2] : [], findings.Select(f => f.BeadIndex));
    }

    [Fact]
    public void An_english_name_or_figure_kept_in_a_russian_sentence_is_not_untranslated()
    {
        var russian = CheckBitext.With(s_russian, 2, "Школа Oxford Academy была закрыта на неделю (BBC News).");

        Assert.Empty(CheckBitext.Check(new UntranslatedCheck(), s_english, russian));
    }

    [Fact]
    public void A_name_replaced_by_another_is_reported_once_with_both()
    {
        var english = CheckBitext.With(s_english, 3, "Parents and teachers met minister Ushakov and Biden.");
        var russian = CheckBitext.With(s_russian, 3, "Родители и учителя встретились с министром Петровым и Байденом.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal(FindingKind.Name, finding.Kind);
        Assert.Equal("the English has Ushakov, the Russian has Петровым instead", finding.Message);
    }

    [Fact]
    public void A_name_dropped_from_the_translation_is_reported()
    {
        var english = CheckBitext.With(CheckBitext.With(s_english, 3, "Parents and teachers met minister Ushakov yesterday."), 1, "The police arrested a man near Ushakov's bridge.");
        var russian = CheckBitext.With(CheckBitext.With(s_russian, 3, "Вчера родители и учителя встретились с министром."), 1, "Полиция арестовала мужчину возле моста Ушакова.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal(3, finding.BeadIndex);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Ushakov", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_dropped_after_the_first_name_the_translation_keeps_is_reported()
    {
        var english = CheckBitext.With(s_english, 3, "Parents and teachers met minister Gjorge Ivanov yesterday.");
        var russian = CheckBitext.With(s_russian, 3, "Вчера родители и учителя встретились с министром Георге.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Contains("Ivanov", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parents and teachers met the Ibrox minister yesterday.", "Вчера родители и учителя встретились с министром клуба.", "Ibrox")]
    [InlineData("Police arrested the man in the U.S. Approaching the bridge, Rosa stopped.", "Полиция арестовала мужчину в США. Приближаясь к мосту, шторм остановился.", "Rosa")]
    [InlineData("Parents met Ladbrokes leaders at St Johnstone.", "Родители встретились с лидерами в Сент-Джонстоне.", "Ladbrokes")]
    [InlineData("Heavy rain flooded the Southwest.", "Сильный дождь затопил город.", "Southwest")]
    public void A_foreign_name_the_bead_does_not_render_is_worth_a_look(string english, string russian, string name)
    {
        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian)));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Contains(name, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_with_a_capital_inside_is_a_name_not_an_acronym()
    {
        var english = CheckBitext.With(s_english, 3, "Parents and teachers met minister Dennis McCarthy yesterday.");
        var russian = CheckBitext.With(s_russian, 3, "Вчера родители и учителя встретились с министром Деннисом.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal("the English names McCarthy, the Russian has no such name", finding.Message);
    }

    [Theory]
    [InlineData("Parents met the minister and Gwyneth Paltrow's Goop teachers.", "Родители встретились с министром и учителями Goop Гвинет Нортон.",
        "the English has Paltrow's, the Russian has Нортон instead")]
    [InlineData("The police arrested a man in John Street.", "Полиция арестовала мужчину на Идлиб-стрит.", "the English has John, the Russian has Идлиб instead")]
    public void A_name_replaced_before_a_kept_word_is_no_first_name_dropped_before_its_surname(string english, string russian, string message)
    {
        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 1, english), CheckBitext.With(s_russian, 1, russian)));

        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void A_name_put_for_another_beside_a_shouted_quotation_is_reported()
    {
        var english = CheckBitext.With(s_english, 3, "Minister Ushakov told the teachers and parents: SCHOOL CLOSED.");
        var russian = CheckBitext.With(s_russian, 3, "Министр Петров сказал учителям и родителям: ШКОЛА ЗАКРЫТА.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal("the English has Ushakov, the Russian has Петров instead", finding.Message);
    }

    [Theory]
    [InlineData("Parents met Biden in Geneva.", "Родители встретились с Байденом в Женеве.")]
    [InlineData("Yesterday the talks ended.", "Вчера переговоры завершились.")]
    [InlineData("Children met President Donald Trump.", "Дети встретились с президентом Трампом.")]
    [InlineData("Mr Hughes met the minister.", "Г-н Хьюз встретился с министром.")]
    [InlineData("Teachers from the NHS met the minister.", "Учителя из Национальной службы здравоохранения встретились с министром.")]
    [InlineData("\"Police arrested the man,\" he said.", "«Полиция арестовала мужчину», — сказал он.")]
    [InlineData("Parents met the minister in Beijing.", "Родители встретились с министром в Пекине.")]
    [InlineData("Parents met Trump and Holly Willoughby.", "Родители встретились с Трампом и Холли Уиллоуби.")]
    [InlineData("Parents met German Turks in Newport.", "Родители встретились с немцами турецкого происхождения в ньюпортском отделении.")]
    [InlineData("Teachers met Thomas Bjorn's parents.", "Учителя встретились с родителями Томаса Бьорна.")]
    [InlineData("Parents met Margaret Thatcher at Harvard.", "Родители встретились с Маргарет Тэтчер в Гарвардском университете.")]
    public void Transliterated_names_and_capitals_that_are_not_names_are_not_reported(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian)));
    }

    [Theory]
    [InlineData("Heavy rain flooded the Desert Southwest.", "Сильный дождь затопил пустынный юго-запад.")]
    [InlineData("Parents met Capt. Larry Giles.", "Родители встретились с капитаном Ларри Гайлзом.")]
    [InlineData("Parents met Brexiteers yesterday.", "Вчера родители встретились со сторонниками Brexit.")]
    [InlineData("Parents met the Reborn teachers.", "Родители встретились с рожденными учителями.")]
    [InlineData("Parents met Kim Jong-un yesterday.", "Вчера родители встретились с Ким Чен Ыном.")]
    [InlineData("A New York school was closed.", "Нью-йоркская школа была закрыта.")]
    [InlineData("Parents met leaders at St Johnstone.", "Родители встретились с лидерами в Сент-Джонстоне.")]
    [InlineData("Parents were deported to Auschwitz.", "Родителей сослали в Освенцим.")]
    public void Names_a_correct_translation_renders_its_own_way_are_not_reported(string english, string russian)
    {
        Assert.Empty(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian)));
    }

    [Fact]
    public void A_name_put_for_a_name_the_lexicon_knows_is_reported()
    {
        var english = CheckBitext.With(s_english, 3, "Parents and teachers wrote to the minister on Twitter.");
        var russian = CheckBitext.With(s_russian, 3, "Родители и учителя написали министру Томасу.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal("the English has Twitter, the Russian has Томасу instead", finding.Message);
    }

    [Fact]
    public void A_capital_the_lexicon_knows_is_not_reported_when_the_bead_renders_it()
    {
        Assert.Empty(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, "Parents and teachers wrote to the minister on Twitter."),
            CheckBitext.With(s_russian, 3, "Родители и учителя написали министру в Твиттере.")));
    }

    [Theory]
    [InlineData("Parents met the School minister.", "Родители встретились с министром школы Рейнджерс.", "Рейнджерс")]
    [InlineData("Parents met the minister at Friday's talks.", "Родители встретились с министром на переговорах Элитной лиги.", "Элитной")]
    public void A_capital_the_lexicon_knows_beside_an_added_name_is_no_name_the_added_one_was_put_for(string english, string russian, string added)
    {
        // The added name is one the English never mentions, worth a look; the capital the bead renders is no name lost.
        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian)));

        Assert.Equal($"the Russian names {added}, which the English never mentions", finding.Message);
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Theory]
    // The translator's rendering glossed with the original in brackets: nothing added.
    [InlineData("Parents met the minister at noon UTC.", "Родители встретились с министром в полдень по Гринвичу (UTC).", false)]
    [InlineData("Parents met the minister, an Open Source supporter.", "Родители встретились с министром, сторонником Открытых Исходников (Open Source).", false)]
    // Brackets that hold no word of the English gloss nothing.
    [InlineData("Parents met the minister at noon.", "Родители встретились с министром в полдень по Гринвичу (днём).", true)]
    public void A_name_the_translation_glosses_with_the_original_in_brackets_is_not_added(string english, string russian, bool reported)
    {
        var findings = CheckBitext.Check(new NameCheck(), CheckBitext.With(s_english, 3, english), CheckBitext.With(s_russian, 3, russian));

        Assert.Equal(reported ? [3] : [], findings.Select(f => f.BeadIndex));
    }

    [Fact]
    public void A_name_put_for_another_after_an_acronym_that_ends_a_sentence_is_reported()
    {
        var english = CheckBitext.With(s_english, 3, "Police arrested the man in the U.S. Then Ushakov met the minister.");
        var russian = CheckBitext.With(s_russian, 3, "Полиция арестовала мужчину в США. Затем министр встретился с Петровым.");

        var finding = Assert.Single(CheckBitext.Check(new NameCheck(), english, russian));

        Assert.Equal("the English has Ushakov, the Russian has Петровым instead", finding.Message);
    }

    [Fact]
    public void A_loose_but_correct_reply_raises_nothing_but_low_confidence()
    {
        var english = CheckBitext.With(s_english, 1, "No, they didn't.");
        var russian = CheckBitext.With(s_russian, 1, "Нет, нам об этом известно.");

        var findings = CheckBitext.Check(english, russian);

        Assert.DoesNotContain(findings, f => f.Kind != FindingKind.LowConfidence);
    }

    [Fact]
    public void A_bead_below_the_confidence_threshold_is_low_confidence_info()
    {
        var findings = CheckBitext.Check(new LowConfidenceCheck(), s_english, s_russian, confidence: 0.3f);

        Assert.Equal(s_english.Length, findings.Count);
        Assert.All(findings, f => Assert.Equal((FindingKind.LowConfidence, FindingSeverity.Info), (f.Kind, f.Severity)));
        Assert.Empty(CheckBitext.Check(new LowConfidenceCheck(), s_english, s_russian, confidence: 0.6f));
    }

    [Fact]
    public void A_doubtful_unpaired_sentence_is_said_to_maybe_have_a_counterpart_rather_than_to_belong_with_one()
    {
        var russian = s_russian.Take(2).Concat(s_russian.Skip(3)).ToArray();

        var findings = CheckBitext.Check(new LowConfidenceCheck(), s_english, russian, "0:0 1:1 2: 3:2", confidence: 0.3f);

        Assert.Contains(findings, f => f.BeadIndex == 2 && f.Message.Contains("this sentence of the English may have a counterpart in the Russian", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.BeadIndex == 0 && f.Message.Contains("these sentences may not belong together", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_come_back_ordered_by_bead_then_kind()
    {
        var english = CheckBitext.With(s_english, 3, "Parents and teachers met minister Ushakov on December 7.");
        var russian = s_russian.Take(2).Concat([CheckBitext.With(s_russian, 3, "Родители и учителя встретились с министром Петровым 8 декабря.")[3]]).ToArray();

        var findings = CheckBitext.Check(english, russian, "0:0 1:1 2: 3:2", confidence: 0.4f);

        Assert.Equal(findings.OrderBy(f => f.BeadIndex).ThenBy(f => f.Kind), findings);
        Assert.Contains(findings, f => f is { Kind: FindingKind.Omission, BeadIndex: 2 });
        Assert.Contains(findings, f => f is { Kind: FindingKind.Number, BeadIndex: 3 });
        Assert.Contains(findings, f => f is { Kind: FindingKind.Name, BeadIndex: 3 });
    }

    [Fact]
    public void Kind_names_read_back_to_their_kind()
    {
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            Assert.True(KindNames.TryParse(KindNames.Name(kind).ToUpperInvariant(), out var parsed));
            Assert.Equal(kind, parsed);
        }
        Assert.False(KindNames.TryParse("typo", out _));
    }
}
