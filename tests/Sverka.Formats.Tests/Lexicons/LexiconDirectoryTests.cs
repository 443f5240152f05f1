using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

/// <summary>Finds the lexicons the repository ships, data/lexicons, by the languages in their names.</summary>
public sealed class LexiconDirectoryTests
{
    private static readonly LexiconDirectory s_committed = new(Path.Combine(CommittedLexiconTests.RepositoryRoot(), "data", "lexicons"));

    [Theory]
    [InlineData("en", "ru")]
    [InlineData("ru", "en")]
    [InlineData("de", "fr")]
    [InlineData("fr", "de")]
    [InlineData("is", "en")]
    public void A_language_with_a_lexicon_gets_one_that_reads_from_it(string language, string other)
    {
        var lexicon = s_committed.FindAnyFrom(language);

        Assert.NotNull(lexicon);
        Assert.Equal((language, other), (lexicon.SourceLanguage, lexicon.TargetLanguage));
    }

    [Fact]
    public void A_language_no_file_names_gets_none()
    {
        Assert.Null(s_committed.FindAnyFrom("fi"));
        Assert.Null(s_committed.FindAnyFrom("e"));
    }

    [Fact]
    public void A_missing_folder_serves_no_lexicon()
    {
        var folder = new LexiconDirectory(Path.Combine(Path.GetTempPath(), "sverka-no-such-folder"));

        Assert.Null(folder.FindAnyFrom("en"));
        Assert.Null(folder.Find("en", "ru"));
    }
}
