using Sverka.Core.Text;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sverka-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void It_writes_utf8_without_a_byte_order_mark_and_with_lf()
    {
        var path = Path.Combine(_folder, "out.txt");
        AtomicFileWriter.Write(path, output => output.WriteLine("Привет"));
        Assert.Equal("Привет\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void It_replaces_an_existing_file_whole()
    {
        var path = Path.Combine(_folder, "out.txt");
        File.WriteAllText(path, "a much longer old content that must not survive at the end");
        AtomicFileWriter.Write(path, output => output.Write("new"));
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void When_the_write_throws_the_existing_file_is_left_intact_and_no_temporary_file_remains()
    {
        var path = Path.Combine(_folder, "out.tmx");
        File.WriteAllText(path, "the good old output");
        var e = Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(path, output =>
        {
            output.Write(new string('x', 100_000));
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("boom", e.Message);
        Assert.Equal("the good old output", File.ReadAllText(path));
        Assert.Equal(["out.tmx"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void When_the_write_throws_and_there_was_no_file_none_is_created()
    {
        var path = Path.Combine(_folder, "out.tmx");
        Assert.Throws<SverkaInputException>(() => AtomicFileWriter.Write(path, _ => throw new SverkaInputException("ru.txt: is empty")));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_missing_folder_is_an_input_error_naming_the_file()
    {
        var path = Path.Combine(_folder, "nowhere", "out.tmx");
        var e = Assert.Throws<SverkaInputException>(() => AtomicFileWriter.Write(path, output => output.Write("x")));
        Assert.Equal($"{path}: cannot be written (its folder does not exist)", e.Message);
    }

    [Fact]
    public void A_folder_in_the_way_is_an_input_error_and_is_left_alone()
    {
        var path = Path.Combine(_folder, "out");
        Directory.CreateDirectory(path);
        var e = Assert.Throws<SverkaInputException>(() => AtomicFileWriter.Write(path, output => output.Write("x")));
        Assert.StartsWith($"{path}: cannot be written", e.Message);
        Assert.True(Directory.Exists(path));
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
