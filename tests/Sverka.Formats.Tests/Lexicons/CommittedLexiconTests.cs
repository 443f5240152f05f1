using Sverka.Core.Scoring;
using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

/// <summary>Checks the lexicons the repository ships, data/lexicons/*.lex.gz, on words every text has.</summary>
public sealed class CommittedLexiconTests
{
    private static readonly Lazy<Lexicon> s_lexicon = new(() => LexiconFile.Read(Path.Combine(RepositoryRoot(), "data", "lexicons", "en-ru.lex.gz")));
    private static readonly Lazy<Lexicon> s_germanFrench = new(() => LexiconFile.Read(Path.Combine(RepositoryRoot(), "data", "lexicons", "de-fr.lex.gz")));
    private static readonly Lazy<Lexicon> s_icelandicEnglish = new(() => LexiconFile.Read(Path.Combine(RepositoryRoot(), "data", "lexicons", "is-en.lex.gz")));

    [Theory]
    [InlineData("president", "президент")]
    [InlineData("water", "вода")]
    [InlineData("government", "правительство")]
    [InlineData("say", "говорить")]
    [InlineData("say", "сказать")]
    [InlineData("said", "сказал")]
    [InlineData("year", "год")]
    [InlineData("years", "года")]
    [InlineData("went", "идти")]
    [InlineData("went", "шёл")]
    [InlineData("years", "лет")]
    [InlineData("can", "может")]
    [InlineData("children", "дети")]
    [InlineData("country", "страна")]
    [InlineData("house", "дом")]
    [InlineData("think", "думать")]
    [InlineData("work", "работа")]
    [InlineData("city", "город")]
    [InlineData("war", "война")]
    [InlineData("people", "люди")]
    [InlineData("people", "человек")]
    [InlineData("announced", "объявил")]
    [InlineData("received", "получил")]
    [InlineData("i", "я")]
    [InlineData("end", "конца")]
    [InlineData("ambassador", "посла")]
    [InlineData("neighbor", "сосед")]
    [InlineData("hero", "героев")]
    public void Common_words_translate(string english, string russian) => AssertTranslates(s_lexicon.Value, english, russian);

    // From data/lexicons/en-ru.supplement.txt: what the dictionaries lack in the sense news gives it.
    [Theory]
    [InlineData("last", "прошлом")]
    [InlineData("cent", "процентов")]
    [InlineData("media", "медиа")]
    [InlineData("website", "сайте")]
    [InlineData("came", "пришли")]
    [InlineData("took", "занял")]
    [InlineData("allegations", "обвинения")]
    [InlineData("staff", "сотрудников")]
    [InlineData("house", "палате")]
    [InlineData("state", "штата")]
    [InlineData("led", "возглавил")]
    [InlineData("earlier", "ранее")]
    [InlineData("previously", "ранее")]
    public void Present_day_senses_from_the_supplement_translate(string english, string russian) => AssertTranslates(s_lexicon.Value, english, russian);

    [Theory]
    [InlineData("berg", "montagne")]
    [InlineData("gipfel", "sommet")]
    [InlineData("gletscher", "glacier")]
    [InlineData("lager", "camp")]
    [InlineData("expedition", "expédition")]
    [InlineData("wetter", "temps")]
    [InlineData("tag", "jour")]
    [InlineData("tage", "jours")]
    [InlineData("schnee", "neige")]
    [InlineData("stunden", "heures")]
    [InlineData("weg", "chemin")]
    [InlineData("steigen", "monter")]
    [InlineData("erreichen", "atteindre")]
    [InlineData("erreichten", "atteindre")]
    [InlineData("gemacht", "faire")]
    [InlineData("seil", "corde")]
    [InlineData("grat", "arête")]
    public void Common_german_words_translate_into_french(string german, string french) => AssertTranslates(s_germanFrench.Value, german, french);

    // Icelandic has no stemmer: its words are found in the dictionary's own form only.
    [Theory]
    [InlineData("jökull", "glacier")]
    [InlineData("vatn", "water")]
    [InlineData("hús", "houses")]
    [InlineData("maður", "man")]
    [InlineData("land", "country")]
    [InlineData("dagur", "days")]
    public void Common_icelandic_words_translate_into_english(string icelandic, string english) => AssertTranslates(s_icelandicEnglish.Value, icelandic, english);

    [Fact]
    public void The_icelandic_english_lexicon_runs_from_icelandic_and_is_under_its_own_licence()
    {
        var lexicon = s_icelandicEnglish.Value;

        Assert.Equal(("is", "en"), (lexicon.SourceLanguage, lexicon.TargetLanguage));
        Assert.InRange(lexicon.PairCount, 8_000, 20_000);
        using var header = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(RepositoryRoot(), "data", "lexicons", "is-en.lex.gz")),
            System.IO.Compression.CompressionMode.Decompress));
        var lines = Enumerable.Range(0, 5).Select(_ => header.ReadLine()).ToList();
        Assert.Contains("# licence: GPL-3.0-or-later, as the dictionaries it is derived from; see LICENSE beside this file", lines);
    }

    [Fact]
    public void The_german_french_lexicon_runs_from_german_and_is_of_a_useful_size()
    {
        var lexicon = s_germanFrench.Value;

        Assert.Equal(("de", "fr"), (lexicon.SourceLanguage, lexicon.TargetLanguage));
        Assert.InRange(lexicon.SourceStemCount, 30_000, 80_000);
        Assert.InRange(lexicon.PairCount, 60_000, 200_000);
    }

    [Fact]
    public void The_lexicon_is_english_to_russian_and_of_a_useful_size()
    {
        var lexicon = s_lexicon.Value;

        Assert.Equal("en", lexicon.SourceLanguage);
        Assert.Equal("ru", lexicon.TargetLanguage);
        Assert.InRange(lexicon.SourceStemCount, 25_000, 60_000);
        Assert.InRange(lexicon.PairCount, 80_000, 250_000);
    }

    /// <summary>Asserts that the lexicon pairs the stems of the two words, looked up from either side.</summary>
    private static void AssertTranslates(Lexicon lexicon, string sourceWord, string targetWord)
    {
        var source = lexicon.SourceId(WordStemmer.For(lexicon.SourceLanguage).Stem(sourceWord));
        var target = lexicon.TargetId(WordStemmer.For(lexicon.TargetLanguage).Stem(targetWord));

        Assert.True(source >= 0, $"'{sourceWord}' is not in the lexicon");
        Assert.True(target >= 0, $"'{targetWord}' is not in the lexicon");
        Assert.Contains(target, lexicon.TranslationsOfSource(source).ToArray());
        Assert.Contains(source, lexicon.TranslationsOfTarget(target).ToArray());
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sverka.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No Sverka.slnx above {AppContext.BaseDirectory}");
    }
}
