using System.IO.Compression;
using System.Text;
using Sverka.Core.Text;

namespace Sverka.Formats.Lexicons;

/// <summary>
/// One entry of a dictd dictionary: the headword as the index files it, and the definition text, which begins with
/// the headword line as the dictionary itself spells it (the index folds case and, in some dictionaries, drops
/// punctuation).
/// </summary>
/// <param name="Headword">The index key.</param>
/// <param name="Definition">The entry's text, headword line first.</param>
public readonly record struct DictdEntry(string Headword, string Definition);

/// <summary>
/// Reads a dictionary in the format of the dictd server (RFC 2229 servers, as packaged by Debian): a
/// <c>.index</c> of <c>headword TAB offset TAB length</c> lines, with the two numbers in dictd's own base64, and a
/// <c>.dict</c> holding the definitions, usually dictzip-compressed as <c>.dict.dz</c>.
/// </summary>
public static class DictdReader
{
    /// <summary>
    /// Reads the dictionary whose files are <paramref name="basePath"/> plus <c>.index</c> and <c>.dict.dz</c> (or
    /// <c>.dict</c>), in index order.
    /// </summary>
    /// <exception cref="SverkaInputException">A file is missing or malformed.</exception>
    public static IReadOnlyList<DictdEntry> Read(string basePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        var indexPath = basePath + ".index";
        var dictPath = basePath + ".dict.dz";
        if (!File.Exists(dictPath))
            dictPath = basePath + ".dict";
        if (!File.Exists(indexPath))
            throw new SverkaInputException($"{indexPath}: no such file; expected a dictd index beside {Path.GetFileName(dictPath)}");
        if (!File.Exists(dictPath))
            throw new SverkaInputException($"{basePath}.dict.dz: no such file; expected the dictd definitions beside {Path.GetFileName(indexPath)}");
        using var index = File.OpenRead(indexPath);
        using var dictionary = File.OpenRead(dictPath);
        return Read(index, dictionary, Path.GetFileName(basePath));
    }

    /// <summary>
    /// Reads a dictionary from its index and its definitions, which may be plain or gzip/dictzip-compressed (told
    /// apart by the gzip magic number). <paramref name="name"/> names the dictionary in error messages.
    /// </summary>
    /// <exception cref="SverkaInputException">The index is malformed or points outside the definitions.</exception>
    public static IReadOnlyList<DictdEntry> Read(Stream index, Stream dictionary, string name)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(dictionary);
        var text = LoadDefinitions(dictionary, name);
        var entries = new List<DictdEntry>();
        using var reader = new StreamReader(index, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var fields = line.AsSpan();
            var firstTab = fields.IndexOf('\t');
            var lastTab = fields.LastIndexOf('\t');
            if (firstTab < 0 || lastTab == firstTab)
                throw new SverkaInputException($"{name}.index: line {lineNumber} is not 'headword TAB offset TAB length'");
            if (!TryDecodeNumber(fields[(firstTab + 1)..lastTab], out var offset) ||
                !TryDecodeNumber(fields[(lastTab + 1)..], out var length))
                throw new SverkaInputException($"{name}.index: line {lineNumber} has an offset or length that is not dictd base64");
            if (offset + length > text.Length)
                throw new SverkaInputException(
                    $"{name}.index: line {lineNumber} points to bytes {offset}-{offset + length}, past the end of the {text.Length}-byte definitions");
            // dictfmt 1.13 files the alphabet of the headwords under an empty headword; no word looks it up.
            if (firstTab == 0)
                continue;
            var definition = Encoding.UTF8.GetString(text, (int)offset, (int)length);
            entries.Add(new DictdEntry(line[..firstTab], definition));
        }
        return entries;
    }

    /// <summary>
    /// Decodes one of dictd's numbers: base64 digits (A–Z, a–z, 0–9, +, /, worth 0 to 63), most significant first,
    /// with no padding. Fails on an empty or over-long number as well as on a foreign character.
    /// </summary>
    internal static bool TryDecodeNumber(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        // Ten digits already reach 2^60; dictionaries are nowhere near that, so longer is corruption.
        if (digits.IsEmpty || digits.Length > 10)
            return false;
        foreach (var c in digits)
        {
            int digit = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (digit < 0)
                return false;
            value = (value << 6) | (uint)digit;
        }
        return true;
    }

    private static byte[] LoadDefinitions(Stream dictionary, string name)
    {
        using var buffer = new MemoryStream();
        dictionary.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
            return bytes;
        // A dictzip file is an ordinary gzip member whose extra field indexes its chunks for random access; reading
        // the whole dictionary once, the chunk table is not needed and GZipStream inflates it like any gzip file.
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var inflated = new MemoryStream(bytes.Length * 4);
            gzip.CopyTo(inflated);
            return inflated.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new SverkaInputException($"{name}.dict.dz: the compressed definitions are damaged ({e.Message})", e);
        }
    }
}
