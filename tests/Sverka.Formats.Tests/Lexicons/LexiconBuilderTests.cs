using System.IO.Compression;
using System.Text;
using Sverka.Core.Scoring;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

public sealed class LexiconBuilderTests
{
    [Fact]
    public void Both_sides_are_stemmed_and_pairs_come_sorted_and_distinct()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(Entry("presidents", "президент", "председатель"));
        builder.Add(Entry("president", "президенты"));

        var pairs = builder.Build();

        Assert.Equal([("presid", "председател"), ("presid", "президент")], pairs);
    }

    [Fact]
    public void A_form_borrows_the_first_translations_of_its_headword()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(new LexiconEntry("went", [], ["go"]));
        builder.Add(Entry("go", "ходить", "ехать", "уходить", "двигаться", "передвигаться", "работать"));

        var pairs = builder.Build();

        // All the stems of the first five translations, the forms the builder adds for them included, and none of "работать".
        var borrowed = pairs.Where(p => p.SourceStem == "go" && !p.TargetStem.StartsWith("работ", StringComparison.Ordinal)).Select(p => p.TargetStem);
        Assert.Contains("ход", borrowed);
        Assert.Equal(borrowed, pairs.Where(p => p.SourceStem == "went").Select(p => p.TargetStem));
    }

    [Fact]
    public void Forms_the_stemmer_cannot_reach_are_added()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(Entry("child", "ребёнок"));

        var pairs = builder.Build();

        Assert.Equal([("child", "дет"), ("child", "детьм"), ("child", "ребенк"), ("child", "ребенок")], pairs);
    }

    [Fact]
    public void A_noun_that_drops_its_last_vowel_meets_its_inflected_forms()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(Entry("flood", "паводок"));
        builder.Add(Entry("day", "день"));

        var pairs = builder.Build();

        var stemmer = WordStemmer.For("ru");
        Assert.Contains(("flood", stemmer.Stem("паводков")), pairs);
        Assert.Contains(("day", stemmer.Stem("дня")), pairs);
        Assert.Contains(("flood", stemmer.Stem("паводок")), pairs);
    }

    [Theory]
    [InlineData("паводок", "паводка")]
    [InlineData("конец", "конца")]
    [InlineData("посол", "посла")]
    [InlineData("ветер", "ветра")]
    [InlineData("день", "дня")]
    [InlineData("герой", "героя")]
    [InlineData("церковь", "церкви")]
    [InlineData("любовь", "любви")]
    [InlineData("город", null)]
    [InlineData("заём", null)]
    [InlineData("боец", null)]
    [InlineData("дело", null)]
    [InlineData("председатель", null)]
    public void The_genitive_is_made_only_where_the_stemmer_cuts_the_dictionary_form_apart(string word, string? expected)
    {
        Assert.Equal(expected, LexiconBuilder.GenitiveTheStemmerMisses(word));
    }

    [Theory]
    [InlineData("объявлять", "объявить")]
    [InlineData("добавлять", "добавить")]
    [InlineData("получать", "получить")]
    [InlineData("сообщать", "сообщить")]
    [InlineData("показывать", "показать")]
    [InlineData("рассказывать", "рассказать")]
    [InlineData("создавать", "создать")]
    [InlineData("выполнять", "выполнить")]
    [InlineData("проверять", "проверить")]
    [InlineData("включаться", "включиться")]
    [InlineData("давать", null)]
    [InlineData("читать", null)]
    [InlineData("гулять", null)]
    [InlineData("сделать", null)]
    [InlineData("получить", null)]
    [InlineData("дорога", null)]
    public void The_perfective_is_made_from_a_regular_imperfective_suffix(string word, string? expected)
    {
        Assert.Equal(expected, LexiconBuilder.PerfectiveTheStemmerMisses(word));
    }

    [Fact]
    public void A_perfective_past_meets_the_imperfective_the_dictionary_gives()
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(new LexiconEntry("announce", [new Translation("объявлять", FromPhrase: false)], []));

        var pairs = builder.Build();

        var stemmer = WordStemmer.For("ru");
        Assert.Contains(("announc", stemmer.Stem("объявил")), pairs);
        Assert.Contains(("announc", stemmer.Stem("объявляет")), pairs);
    }

    [Theory]
    [InlineData("kill", "убить", "убиты")]
    [InlineData("kill", "убить", "убитый")]
    [InlineData("open", "открыть", "открыто")]
    [InlineData("accept", "принять", "принят")]
    [InlineData("announce", "объявить", "объявлено")]
    [InlineData("announce", "объявить", "объявлен")]
    [InlineData("free", "освободить", "освобождённые")]
    [InlineData("protect", "защитить", "защищенный")]
    [InlineData("build", "построить", "построенный")]
    [InlineData("die", "умереть", "умер")]
    [InlineData("die", "умереть", "умерли")]
    [InlineData("perish", "погибнуть", "погиб")]
    [InlineData("perish", "погибнуть", "погибли")]
    [InlineData("return", "вернуть", "вернули")]
    [InlineData("return", "вернуться", "вернулся")]
    [InlineData("find", "найти", "нашли")]
    [InlineData("find", "найти", "найдёт")]
    [InlineData("happen", "произойти", "произошло")]
    [InlineData("leave", "выйти", "вышел")]
    [InlineData("disperse", "разойтись", "разошлись")]
    public void A_past_or_a_participle_whose_stem_differs_meets_the_infinitive(string headword, string infinitive, string form)
    {
        var builder = new LexiconBuilder("en", "ru");
        builder.Add(new LexiconEntry(headword, [new Translation(infinitive, FromPhrase: false)], []));

        var pairs = builder.Build();

        var stemmer = WordStemmer.For("ru");
        Assert.NotEqual(stemmer.Stem(infinitive), stemmer.Stem(form));
        Assert.Contains((WordStemmer.For("en").Stem(headword), stemmer.Stem(form)), pairs);
    }

    [Theory]
    [InlineData("дорога")]
    [InlineData("город")]
    [InlineData("читать")]
    [InlineData("путь")]
    public void A_word_that_is_no_verb_of_those_kinds_gains_no_form(string word)
    {
        Assert.Empty(LexiconBuilder.VerbFormsTheStemmerMisses(word));
    }

    [Fact]
    public void A_word_many_headwords_take_from_phrases_is_left_out_of_them()
    {
        var builder = new LexiconBuilder("en", "ru");
        for (var i = 0; i <= LexiconBuilder.GenericPhraseWordLimit; i++)
            builder.Add(new LexiconEntry($"word{(char)('a' + i)}", [new Translation("штука", FromPhrase: true)], []));
        builder.Add(new LexiconEntry("thing", [new Translation("штука", FromPhrase: false)], []));
        builder.Add(new LexiconEntry("rower", [new Translation("гребец", FromPhrase: true)], []));

        var pairs = builder.Build();

        Assert.Equal([("rower", "гребец"), ("rower", "гребц"), ("thing", "штук")], pairs);
    }

    [Fact]
    public void The_runner_builds_a_lexicon_file_from_dictd_dictionaries()
    {
        InTemporaryDirectory(directory =>
        {
            var mueller = Path.Combine(directory.FullName, "mueller7");
            WriteDictionary(
                mueller,
                ("00-database-short", "00-database-short\n     Sample Mueller\n"),
                ("year", "year\n   [jɪə] _n.\n   1) год; year by year каждый год\n   2) _pl. возраст\n"),
                ("went", "went\n   [went] _p. от go\n"),
                ("go", "go\n   [ɡəʊ] _v. ехать, двигаться\n"));
            var freeDict = Path.Combine(directory.FullName, "freedict-eng-rus");
            WriteDictionary(freeDict, ("00databaseshort", "Sample FreeDict\n"), ("water", "water /wɔːtə/\nвода\n"));
            var output = Path.Combine(directory.FullName, "out", "en-ru.lex.gz");
            var log = new StringWriter();

            var exitCode = LexiconBuildRunner.Run([mueller, freeDict], output, log);

            Assert.Equal(0, exitCode);
            var text = Decompress(output);
            Assert.Contains("# source: Sample Mueller (dictd mueller7), GPL-2.0-or-later\n", text);
            Assert.Contains("# source: Sample FreeDict (dictd freedict-eng-rus), GPL-2.0-or-later\n", text);
            Assert.EndsWith("go\tдвига еха\nwater\tвод\nwent\tдвига еха\nyear\tвозраст год лет\n", text);
            Assert.Contains(": 8 stem pairs for 4 en stems", log.ToString());
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(output)!));
        });
    }

    [Fact]
    public void A_supplement_adds_its_words_after_the_dictionaries_and_is_named_in_the_header()
    {
        InTemporaryDirectory(directory =>
        {
            var mueller = Path.Combine(directory.FullName, "mueller7");
            WriteDictionary(mueller, ("year", "year\n   [jɪə] _n.\n   1) год\n"), ("last", "last\n   [lɑːst] _a.\n   1) последний\n"));
            var supplement = Path.Combine(directory.FullName, "en-ru.supplement.txt");
            File.WriteAllText(supplement, "# sverka-supplement 1\n# languages: en ru\n# a comment\nlast\tпрошлый\nwebsite\tсайт\n");
            var output = Path.Combine(directory.FullName, "en-ru.lex.gz");
            var log = new StringWriter();

            LexiconBuildRunner.Run([supplement, mueller], output, log);

            var text = Decompress(output);
            Assert.Contains("# source: Sverka's own supplement (en-ru.supplement.txt), Apache-2.0\n", text);
            Assert.Contains("\nlast\tпоследн прошл\n", text);
            Assert.EndsWith("\nwebsit\tсайт\nyear\tгод лет\n", text);
            Assert.Contains("en-ru.supplement.txt: 2 words", log.ToString());
        });
    }

    [Theory]
    [InlineData("last\tпрошлый\n", "before the header names the languages")]
    [InlineData("# languages: en ru\nlast прошлый\n", "line 2 is not a word, a tab and its translations")]
    [InlineData("# languages: en ru\nlast\t\n", "line 2 is not a word, a tab and its translations")]
    [InlineData("# languages: de fr\nberg\tmontagne\n", "the supplement is de-fr and cannot go into a en-ru lexicon")]
    [InlineData("# a comment only\n", "names no languages")]
    public void A_supplement_it_cannot_read_is_named_with_its_fault_and_no_lexicon_is_written(string content, string expected)
    {
        InTemporaryDirectory(directory =>
        {
            var mueller = Path.Combine(directory.FullName, "mueller7");
            WriteDictionary(mueller, ("year", "year\n   [jɪə] _n.\n   1) год\n"));
            var supplement = Path.Combine(directory.FullName, "en-ru.supplement.txt");
            File.WriteAllText(supplement, content);
            var output = Path.Combine(directory.FullName, "en-ru.lex.gz");

            var error = Assert.Throws<SverkaInputException>(() => LexiconBuildRunner.Run([mueller, supplement], output, TextWriter.Null));

            Assert.Contains(expected, error.Message);
            Assert.False(File.Exists(output));
        });
    }

    [Fact]
    public void A_dictionary_that_runs_the_other_way_adds_the_same_pairs_turned_round()
    {
        var builder = new LexiconBuilder("de", "fr");
        builder.Add(Entry("gletscher", "glacier"));
        builder.AddInverse(Entry("sommet", "gipfel", "spitze"));
        builder.AddInverse(Entry("glacier", "gletscher"));

        var pairs = builder.Build();

        Assert.Equal([("gipfel", "sommet"), ("gletsch", "glaci"), ("spitz", "sommet")], pairs);
    }

    [Fact]
    public void The_runner_takes_its_languages_from_the_first_dictionary_and_turns_the_opposite_one_round()
    {
        InTemporaryDirectory(directory =>
        {
            var germanFrench = Path.Combine(directory.FullName, "freedict-deu-fra");
            WriteDictionary(germanFrench, ("Gletscher", "Gletscher /ˈɡlɛtʃɐ/ <n>\nglacier\nEismasse im Gebirge\n"));
            var frenchGerman = Path.Combine(directory.FullName, "freedict-fra-deu");
            WriteDictionary(frenchGerman, ("sommet", "sommet /sɔ.mɛ/ <n>\nGipfel\npoint le plus haut\n"));
            var output = Path.Combine(directory.FullName, "de-fr.lex.gz");

            LexiconBuildRunner.Run([germanFrench, frenchGerman], output, TextWriter.Null);

            var lexicon = LexiconFile.Read(output);
            Assert.Equal(("de", "fr"), (lexicon.SourceLanguage, lexicon.TargetLanguage));
            Assert.Contains(lexicon.TargetId("sommet"), lexicon.TranslationsOfSource(lexicon.SourceId("gipfel")).ToArray());
            Assert.Contains("# licence: CC-BY-SA-3.0, as the dictionaries", Decompress(output));
        });
    }

    [Theory]
    [InlineData("machen", "macht machte gemacht")]
    [InlineData("arbeiten", "arbeitet arbeitete gearbeitet")]
    [InlineData("erreichen", "erreicht erreichte")]
    [InlineData("studieren", "studiert studierte")]
    [InlineData("wandern", "wandert wanderte gewandert")]
    [InlineData("See", "")]
    public void A_german_verb_gains_the_forms_in_t_its_stemmer_does_not_reach(string infinitive, string forms)
    {
        Assert.Equal(forms, string.Join(' ', LexiconBuilder.GermanVerbForms(infinitive)));
    }

    [Fact]
    public void German_verb_forms_are_added_only_for_words_a_dictionary_marks_as_verbs()
    {
        var builder = new LexiconBuilder("de", "fr");
        builder.AddInverse(new LexiconEntry("atteindre", [new Translation("erreichen", FromPhrase: false)], []) { IsVerb = true });
        builder.AddInverse(new LexiconEntry("jardin", [new Translation("garten", FromPhrase: false)], []));

        var pairs = builder.Build();

        Assert.Equal([("erreich", "atteindr"), ("erreicht", "atteindr"), ("gart", "jardin")], pairs);
    }

    [Theory]
    [InlineData("Availability:\n\n    Licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported\n  license\n", "CC-BY-SA-3.0")]
    [InlineData("Available under the terms of the GNU General Public License ver. 3.0 or\n  any later version.\n", "GPL-3.0-or-later")]
    [InlineData("Available under the terms of the GNU General Public License ver. 2.0 and\n  any later version.\n", "GPL-2.0-or-later")]
    [InlineData("Public domain.\n", null)]
    public void A_dictionary_states_its_licence_across_line_breaks(string description, string? licence)
    {
        Assert.Equal(licence, LexiconBuildRunner.StatedLicence(description));
    }

    [Fact]
    public void A_lexicon_is_built_under_the_licence_its_dictionary_states()
    {
        InTemporaryDirectory(directory =>
        {
            var icelandic = Path.Combine(directory.FullName, "freedict-isl-eng");
            WriteDictionary(
                icelandic,
                ("00databaseinfo", "Available under the terms of the GNU General Public License ver. 3.0 or\n  any later version.\n"),
                ("jökull", "jökull /ˈjœːkʏtl/ <n>\nglacier\n"));
            var output = Path.Combine(directory.FullName, "is-en.lex.gz");

            LexiconBuildRunner.Run([icelandic], output, TextWriter.Null);

            var text = Decompress(output);
            Assert.Contains("# languages: is en\n", text);
            Assert.Contains("# licence: GPL-3.0-or-later, as the dictionaries", text);
            Assert.EndsWith("jökull\tglacier\n", text);
        });
    }

    [Fact]
    public void The_runner_refuses_a_dictionary_of_another_pair_of_languages()
    {
        var error = Assert.Throws<SverkaInputException>(
            () => LexiconBuildRunner.Run(["/usr/share/dictd/freedict-deu-fra", "/usr/share/dictd/mueller7"], Path.Combine(Path.GetTempPath(), "never.lex.gz"), TextWriter.Null));

        Assert.Equal("mueller7: the dictionary is en-ru and cannot go into a de-fr lexicon", error.Message);
    }

    [Fact]
    public void The_runner_refuses_a_dictionary_it_cannot_parse()
    {
        var error = Assert.Throws<SverkaInputException>(
            () => LexiconBuildRunner.Run(["/usr/share/dictd/wn"], Path.Combine(Path.GetTempPath(), "never.lex.gz"), TextWriter.Null));

        Assert.Contains("not a dictionary Sverka can parse", error.Message);
    }

    private static void InTemporaryDirectory(Action<DirectoryInfo> test)
    {
        var directory = Directory.CreateTempSubdirectory("sverka-lexicon-");
        try
        {
            test(directory);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static LexiconEntry Entry(string headword, params string[] words) =>
        new(headword, [.. words.Select(w => new Translation(w, FromPhrase: false))], []);

    private static void WriteDictionary(string basePath, params (string Headword, string Definition)[] entries)
    {
        var (index, dictionary) = DictdReaderTests.Dictionary(compress: true, entries);
        using (var file = File.Create(basePath + ".index"))
            index.CopyTo(file);
        using (var file = File.Create(basePath + ".dict.dz"))
            dictionary.CopyTo(file);
    }

    private static string Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
