using System.IO.Compression;
using System.Text;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;

namespace Sverka.Formats.Tests.Lexicons;

public sealed class DictdReaderTests
{
    [Theory]
    [InlineData("A", 0)]
    [InlineData("B", 1)]
    [InlineData("Z", 25)]
    [InlineData("a", 26)]
    [InlineData("z", 51)]
    [InlineData("0", 52)]
    [InlineData("9", 61)]
    [InlineData("+", 62)]
    [InlineData("/", 63)]
    [InlineData("BA", 64)]
    [InlineData("k", 36)]
    // The offset of "'cause" in mueller7.index: 2·64² + 62·64 + 38.
    [InlineData("C+m", 12198)]
    [InlineData("PEGB", 3948929)]
    public void Numbers_are_base64_digits_most_significant_first(string digits, long expected)
    {
        Assert.True(DictdReader.TryDecodeNumber(digits, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A=")]
    [InlineData("AB CD")]
    [InlineData("ЖЖ")]
    [InlineData("AAAAAAAAAAA")]
    public void Anything_else_is_not_a_number(string digits)
    {
        Assert.False(DictdReader.TryDecodeNumber(digits, out _));
    }

    [Fact]
    public void Entries_come_from_a_dictzipped_dictionary_by_byte_offset()
    {
        var (index, dictionary) = Dictionary(compress: true, ("кот", "кот\n   cat\n"), ("lantern", "lantern\n   фонарь\n"));

        var entries = DictdReader.Read(index, dictionary, "sample");

        Assert.Equal(
            [new DictdEntry("кот", "кот\n   cat\n"), new DictdEntry("lantern", "lantern\n   фонарь\n")],
            entries);
    }

    [Fact]
    public void An_uncompressed_dictionary_reads_the_same()
    {
        var (index, dictionary) = Dictionary(compress: false, ("lantern", "lantern\n   фонарь\n"));

        var entries = DictdReader.Read(index, dictionary, "sample");

        Assert.Equal("lantern\n   фонарь\n", Assert.Single(entries).Definition);
    }

    [Fact]
    public void The_alphabet_dictfmt_files_under_an_empty_headword_is_skipped()
    {
        var (index, dictionary) = Dictionary(compress: false, ("", " abcäöü\n"), ("lantern", "lantern\n   фонарь\n"));

        var entries = DictdReader.Read(index, dictionary, "sample");

        Assert.Equal("lantern", Assert.Single(entries).Headword);
    }

    [Theory]
    [InlineData("lantern\tA\n", "line 1")]
    [InlineData("lantern\tA\tB\nrope\tA-\tB\n", "line 2")]
    [InlineData("\n\nlantern\tA\tZZ\n", "line 3")]
    public void A_malformed_index_line_is_named(string index, string line)
    {
        var definitions = new MemoryStream(Encoding.UTF8.GetBytes("lantern\n"));

        var error = Assert.Throws<SverkaInputException>(
            () => DictdReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(index)), definitions, "sample"));

        Assert.StartsWith("sample.index: " + line + " ", error.Message);
    }

    [Fact]
    public void A_missing_dictionary_is_an_input_error()
    {
        var basePath = Path.Combine(Path.GetTempPath(), "sverka-no-such-dictionary");

        var error = Assert.Throws<SverkaInputException>(() => DictdReader.Read(basePath));

        Assert.Contains("no such file", error.Message);
    }

    /// <summary>Builds an index and a definitions stream the way dictfmt lays them out.</summary>
    internal static (Stream Index, Stream Dictionary) Dictionary(bool compress, params (string Headword, string Definition)[] entries)
    {
        var definitions = new MemoryStream();
        var index = new StringBuilder();
        foreach (var (headword, definition) in entries)
        {
            var bytes = Encoding.UTF8.GetBytes(definition);
            index.Append(headword).Append('\t').Append(Encode(definitions.Length)).Append('\t').Append(Encode(bytes.Length)).Append('\n');
            definitions.Write(bytes);
        }
        var dictionary = new MemoryStream();
        if (compress)
        {
            using var gzip = new GZipStream(dictionary, CompressionLevel.Optimal, leaveOpen: true);
            definitions.Position = 0;
            definitions.CopyTo(gzip);
        }
        else
        {
            definitions.Position = 0;
            definitions.CopyTo(dictionary);
        }
        dictionary.Position = 0;
        return (new MemoryStream(Encoding.UTF8.GetBytes(index.ToString())), dictionary);
    }

    private static string Encode(long value)
    {
        const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var text = "";
        do
        {
            text = Digits[(int)(value % 64)] + text;
            value /= 64;
        }
        while (value > 0);
        return text;
    }
}
