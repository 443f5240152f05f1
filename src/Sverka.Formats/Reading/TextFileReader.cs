using System.Text;
using Sverka.Core.Text;

namespace Sverka.Formats.Reading;

/// <summary>
/// Reads a plain-text file as one string, finding its encoding with <see cref="TextDecoder"/>. Every failure, a
/// missing file included, is a <see cref="SverkaInputException"/> whose one-line message names the path.
/// </summary>
public static class TextFileReader
{
    /// <summary>Reads the text of a file.</summary>
    /// <param name="path">The file, named in messages as given.</param>
    /// <param name="forced">The encoding to read with instead of detecting one, such as from
    /// <see cref="TextDecoder.EncodingByName"/>.</param>
    /// <returns>The text, line breaks normalised to LF.</returns>
    /// <exception cref="SverkaInputException">The file is missing, unreadable, empty, or not text.</exception>
    public static string Read(string path, Encoding? forced = null) => ReadDecoded(path, forced).Text;

    /// <summary>Reads the text of a file and says which encoding it was read with.</summary>
    /// <param name="path">The file, named in messages as given.</param>
    /// <param name="forced">The encoding to read with instead of detecting one.</param>
    /// <returns>The text and its encoding.</returns>
    /// <exception cref="SverkaInputException">The file is missing, unreadable, empty, or not text.</exception>
    public static DecodedText ReadDecoded(string path, Encoding? forced = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return TextDecoder.Decode(ReadBytes(path), path, forced);
    }

    private static byte[] ReadBytes(string path)
    {
        if (Directory.Exists(path))
            throw new SverkaInputException($"{path}: is a directory, not a file");
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new SverkaInputException($"{path}: no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new SverkaInputException($"{path}: no such file (its folder does not exist)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SverkaInputException($"{path}: cannot be read (permission denied)", e);
        }
        catch (IOException e)
        {
            throw new SverkaInputException($"{path}: cannot be read ({OneLine(e.Message)})", e);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
