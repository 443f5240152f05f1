using System.Text;
using Sverka.Core.Text;
using Sverka.Formats.Reading;

namespace Sverka.Formats.Tests.Reading;

public sealed class TextFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sverka-read-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_windows_1251_file_is_read_as_russian_with_lf_line_breaks()
    {
        var path = Path.Combine(_folder, "ru.txt");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes("Привет.\r\nКак дела?\r\n"));
        var decoded = TextFileReader.ReadDecoded(path);
        Assert.Equal("Привет.\nКак дела?\n", decoded.Text);
        Assert.Equal("windows-1251", decoded.Encoding.WebName);
        Assert.Equal(decoded.Text, TextFileReader.Read(path));
    }

    [Fact]
    public void A_forced_encoding_is_used()
    {
        var path = Path.Combine(_folder, "ru.txt");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(20866)!.GetBytes("Привет"));
        Assert.Equal("Привет", TextFileReader.Read(path, TextDecoder.EncodingByName("koi8-r")));
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_the_file()
    {
        var path = Path.Combine(_folder, "missing.txt");
        var e = Assert.Throws<SverkaInputException>(() => TextFileReader.Read(path));
        Assert.Equal($"{path}: no such file", e.Message);
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_an_input_error()
    {
        var path = Path.Combine(_folder, "nowhere", "en.txt");
        var e = Assert.Throws<SverkaInputException>(() => TextFileReader.Read(path));
        Assert.StartsWith($"{path}: no such file", e.Message);
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        var e = Assert.Throws<SverkaInputException>(() => TextFileReader.Read(_folder));
        Assert.Equal($"{_folder}: is a directory, not a file", e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused_by_name()
    {
        var path = Path.Combine(_folder, "en.txt");
        File.WriteAllBytes(path, []);
        var e = Assert.Throws<SverkaInputException>(() => TextFileReader.Read(path));
        Assert.Equal($"{path}: is empty", e.Message);
    }
}
