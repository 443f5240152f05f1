using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

/// <summary>
/// The sample entries follow the layout of mueller7.dict (headword line, transcription, "1. _n." parts of speech,
/// "1)" senses, "а)" sub-senses, labels with an underscore, examples after the translations); their wording is
/// made up for the tests.
/// </summary>
public sealed class MuellerDefinitionParserTests
{
    [Fact]
    public void A_single_sense_entry_gives_its_translations_without_transcription_labels_or_notes()
    {
        var entry = Parse("""
            cello
               [ˈtʃeləʊ] _n. (_pl. -os; _сокр. от violoncello) _муз. виолончель
            """);

        Assert.Equal("cello", entry.Headword);
        Assert.Equal(["виолончель"], Words(entry));
        Assert.Empty(entry.References);
    }

    [Fact]
    public void Examples_and_the_russian_that_renders_them_are_left_out()
    {
        var entry = Parse("""
            harbour
               [ˈhɑːbə] _n.
               1) гавань, порт; to enter a harbour входить в гавань; убежище
               2) _перен. приют, пристанище
            """);

        Assert.Equal(["гавань", "порт", "приют", "пристанище"], Words(entry));
    }

    [Fact]
    public void The_main_part_of_speech_leads_and_the_others_take_turns()
    {
        var entry = Parse("""
            lantern
               [ˈlæntən]
               1. _n.
                  1) фонарь; dark lantern потайной фонарь
                  2) _архит. световой купол (на крыше)
                  3) _мор. маяк
               2. _v. _разг. вешать (на фонарном столбе)
            """);

        Assert.Equal(["фонарь", "световой", "купол", "вешать", "маяк"], Words(entry));
    }

    [Fact]
    public void Sub_senses_of_an_idiom_belong_to_the_idiom()
    {
        var entry = Parse("""
            bucket
               [ˈbʌkɪt] _n.
               1) ведро; to kick the bucket
                  а) умереть;
                  б) _разг. сыграть в ящик
               2) черпак
            """);

        Assert.Equal(["ведро", "черпак"], Words(entry));
    }

    [Fact]
    public void Sub_senses_without_an_idiom_are_translations()
    {
        var entry = Parse("""
            plait
               [plæt] _n.
               1) а) коса; б) складка
            """);

        Assert.Equal(["коса", "складка"], Words(entry));
    }

    [Fact]
    public void Two_word_translations_keep_their_content_words()
    {
        var entry = Parse("""
            abroad
               [əˈbrɔːd] _adv. за границей, за границу; в результате (чего-л.); кругом
            """);

        Assert.Equal(
            [new Translation("границей", true), new Translation("границу", true), new Translation("результате", true), new Translation("кругом", false)],
            entry.Translations);
    }

    [Fact]
    public void Adjectives_that_share_the_last_noun_are_halves_of_phrases()
    {
        var entry = Parse("""
            racer
               [ˈreɪsə] _n. скаковая или беговая лошадь; гонщик
            """);

        Assert.Equal(
            [new Translation("скаковая", true), new Translation("беговая", true), new Translation("лошадь", true), new Translation("гонщик", false)],
            entry.Translations);
    }

    [Fact]
    public void Descriptions_of_three_words_or_more_are_not_translations()
    {
        var entry = Parse("""
            jobholder
               [ˈdʒɒbhəʊldə] _n. человек, имеющий постоянную работу; служащий
            """);

        Assert.Equal(["человек", "служащий"], Words(entry));
    }

    [Fact]
    public void Commentary_stops_the_sense_it_opens()
    {
        var entry = Parse("""
            upon
               [əˈpɒn] _prep.
               1) указывает на положение а) на, по; upon the table на столе
               2) после
            """);

        Assert.Equal(["после"], Words(entry));
    }

    [Fact]
    public void Abbreviations_and_placeholders_drop_out_of_a_translation()
    {
        var entry = Parse("""
            befriend
               [bɪˈfrend] _v. помогать кому-л., тж. опекать (кого-л.); особ. поддерживать и т.п.
            """);

        Assert.Equal(["помогать", "опекать", "поддерживать"], Words(entry));
    }

    [Fact]
    public void Reflexive_endings_in_parentheses_drop_and_wrapped_lines_join()
    {
        var entry = Parse("""
            better
               [ˈbetə] _v. улучшать(ся); поправлять(ся), исправлять(ся); чуть-
            чуть менять; превзойти
            """);

        Assert.Equal(["улучшать", "поправлять", "исправлять", "чуть-чуть", "менять", "превзойти"], Words(entry));
    }

    [Fact]
    public void Obsolete_and_slang_senses_come_last()
    {
        var entry = Parse("""
            caitiff
               [ˈkeɪtɪf]
               1) _уст. негодяй
               2) трус
            """);

        Assert.Equal(["трус", "негодяй"], Words(entry));
    }

    [Fact]
    public void Forms_point_to_their_headword()
    {
        var went = Parse("""
            strode
               [strəʊd] _p. от stride 2
            """);
        var said = Parse("""
            spoke
               [spəʊk]
               1. _p. от speak
               2. _n. спица (колеса)
            """);

        Assert.Empty(went.Translations);
        Assert.Equal(["stride"], went.References);
        Assert.Equal(["спица"], Words(said));
        Assert.Equal(["speak"], said.References);
    }

    [Fact]
    public void A_synonym_is_borrowed_only_by_an_entry_with_nothing_of_its_own()
    {
        var bare = Parse("""
            gaol
               [dʒeɪl] = jail
            """);
        var rich = Parse("""
            just
               _I [dʒʌst] _a. справедливый
               _II [dʒʌst] = joust
            """);

        Assert.Equal(["jail"], bare.References);
        Assert.Empty(rich.References);
    }

    [Fact]
    public void A_pointer_inside_a_numbered_sense_is_not_followed()
    {
        var entry = Parse("""
            wash
               [wɒʃ] _n.
               1) мытьё
               2) _жив. _сокр. от water-colour
            """);

        Assert.Empty(entry.References);
    }

    [Fact]
    public void Translations_stop_at_ten()
    {
        var entry = Parse("""
            row
               [raʊ] _n.
               1) ссора, скандал, шум, гам, гвалт, галдёж, перебранка
               2) нагоняй, выговор, взбучка, головомойка
            """);

        Assert.Equal(["ссора", "скандал", "шум", "нагоняй", "выговор", "взбучка", "гам", "гвалт", "галдёж", "перебранка"], Words(entry));
    }

    [Theory]
    [InlineData("a.m.\n   [ˈeɪˈem] до полудня\n")]
    [InlineData("USA\n   США\n")]
    [InlineData("-man\n   в сложных словах означает занятие\n")]
    [InlineData("'cause\n   _уст. = because\n")]
    [InlineData("b\n   [biː] вторая буква\n")]
    [InlineData("bird of passage\n   перелётная птица\n")]
    public void Headwords_that_are_not_one_english_word_are_skipped(string definition)
    {
        Assert.Null(MuellerDefinitionParser.Parse(definition));
    }

    [Fact]
    public void A_stray_part_of_speech_letter_is_not_a_translation()
    {
        var entry = Parse("""
            wiper
               [ˈwaɪpə] н
               1) полотенце
               2) с, у
            """);

        Assert.Equal(["полотенце", "с", "у"], Words(entry));
    }

    [Fact]
    public void Capitals_and_stress_marks_are_lowercased()
    {
        var entry = Parse("""
            Telegraph
               [ˈtelɪɡrɑːf] _n. телегрАф
            """);

        Assert.Equal("telegraph", entry.Headword);
        Assert.Equal(["телеграф"], Words(entry));
    }

    private static LexiconEntry Parse(string definition)
    {
        var entry = MuellerDefinitionParser.Parse(definition.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        Assert.NotNull(entry);
        return entry;
    }

    private static string[] Words(LexiconEntry entry) => [.. entry.Translations.Select(t => t.Word)];
}
