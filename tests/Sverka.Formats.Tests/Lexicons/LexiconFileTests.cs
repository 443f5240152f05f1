using System.IO.Compression;
using System.Text;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

public sealed class LexiconFileTests
{
    private static readonly (string, string)[] s_pairs =
    [
        ("water", "вод"),
        ("presid", "президент"),
        ("water", "мороз"),
        ("presid", "председател"),
        ("water", "вод"),
        ("year", "год"),
    ];

    [Fact]
    public void The_file_is_a_sorted_header_and_one_line_per_source_stem()
    {
        var stream = new MemoryStream();

        LexiconFile.Write(stream, "en", "ru", ["source: a test"], s_pairs);

        Assert.Equal(
            """
            # sverka-lexicon 1
            # languages: en ru
            # stemmer: snowball
            # source: a test
            presid	председател президент
            water	вод мороз
            year	год

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Decompress(stream.ToArray()));
    }

    [Fact]
    public void What_is_written_reads_back_as_the_same_lexicon()
    {
        var stream = new MemoryStream();
        LexiconFile.Write(stream, "en", "ru", [], s_pairs);
        stream.Position = 0;

        var lexicon = LexiconFile.Read(stream);

        Assert.Equal("en", lexicon.SourceLanguage);
        Assert.Equal("ru", lexicon.TargetLanguage);
        Assert.Equal(5, lexicon.PairCount);
        Assert.Equal(3, lexicon.SourceStemCount);
        Assert.Equal(5, lexicon.TargetStemCount);
        Assert.Equal(
            ["вод", "мороз"],
            lexicon.TranslationsOfSource(lexicon.SourceId("water")).ToArray().Select(Target).Order(StringComparer.Ordinal));
        Assert.Equal(-1, lexicon.SourceId("вод"));

        string Target(int id)
        {
            foreach (var (_, target) in s_pairs)
            {
                if (lexicon.TargetId(target) == id)
                    return target;
            }
            return "?";
        }
    }

    [Fact]
    public void Reading_does_not_close_the_stream()
    {
        var stream = new MemoryStream();
        LexiconFile.Write(stream, "en", "ru", [], s_pairs);
        stream.Position = 0;

        LexiconFile.Read(stream);

        Assert.True(stream.CanRead);
    }

    [Theory]
    [InlineData("", "line 1 is not '# sverka-lexicon 1'")]
    [InlineData("presid\tпрезидент\n", "line 1 is not '# sverka-lexicon 1'")]
    [InlineData("# sverka-lexicon 2\n", "line 1 declares format version '2'")]
    [InlineData("# sverka-lexicon 1\n# stemmer: snowball\npresid\tпрезидент\n", "line 3 starts the stems before the header has given '# languages:'")]
    [InlineData("# sverka-lexicon 1\n# languages: en ru\npresid\tпрезидент\n", "line 3 starts the stems before the header has given '# stemmer:'")]
    [InlineData("# sverka-lexicon 1\n# languages: en\n", "line 2 should be '# languages: SOURCE TARGET'")]
    [InlineData("# sverka-lexicon 1\n# languages: en ru\n# stemmer: porter\n", "line 3 names the stemmer 'porter'")]
    [InlineData(Header + "presid президент\n", "line 4 has no tab")]
    [InlineData(Header + "\tпрезидент\n", "line 4 has an empty source stem")]
    [InlineData(Header + "presid\t\n", "line 4 has no target stems")]
    [InlineData(Header + "presid\tпрезидент  ректор\n", "line 4 has an empty target stem")]
    [InlineData(Header + "presid\tпрезидент \n", "line 4 has an empty target stem")]
    [InlineData(Header + "presid\tпрезидент\tректор\n", "line 4 has more than one tab")]
    [InlineData(Header + "year\tгод\nwater\tвод\n", "line 5 has the source stem 'water' out of order")]
    [InlineData(Header + "year\tгод\nyear\tлет\n", "line 5 has the source stem 'year' out of order or repeated")]
    [InlineData(Header + "\n", "line 4 has no tab")]
    [InlineData("# sverka-lexicon 1\n# stemmer: snowball\n", "the header has no '# languages:' line")]
    public void A_malformed_file_names_the_line_and_the_cause(string text, string expected)
    {
        var error = Assert.Throws<SverkaInputException>(() => LexiconFile.Read(new MemoryStream(Compress(text)), "en-ru.lex.gz"));

        Assert.StartsWith("en-ru.lex.gz: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_file_that_is_not_gzip_is_an_input_error()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "presid\tпрезидент\n");

        var error = Assert.Throws<SverkaInputException>(() => LexiconFile.Read(new MemoryStream(bytes), "en-ru.lex.gz"));

        Assert.StartsWith("en-ru.lex.gz: not a gzip-compressed lexicon file", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "sverka-no-such-lexicon.lex.gz");

        var error = Assert.Throws<SverkaInputException>(() => LexiconFile.Read(path));

        Assert.Contains("no such lexicon file", error.Message);
    }

    [Theory]
    [InlineData("two words", "вод")]
    [InlineData("water", "")]
    [InlineData("#water", "вод")]
    public void Stems_that_would_break_the_format_are_refused(string source, string target)
    {
        Assert.ThrowsAny<ArgumentException>(() => LexiconFile.Write(new MemoryStream(), "en", "ru", [], [(source, target)]));
    }

    private const string Header = "# sverka-lexicon 1\n# languages: en ru\n# stemmer: snowball\n";

    private static byte[] Compress(string text)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    private static string Decompress(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
