using System.Text;
using Sverka.Core.Text;

namespace Sverka.Formats.Writing;

/// <summary>
/// Writes a file so that it is either wholly replaced or not touched: the text goes to a temporary file beside
/// the target, which is flushed to disk and then moved over it. A failure part way, or a crash, never leaves a
/// half-written output where a good one stood.
/// </summary>
public static class AtomicFileWriter
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes UTF-8 without a byte order mark, with LF as the writer's <see cref="TextWriter.NewLine"/>.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content; if it throws, the exception propagates and <paramref name="path"/>
    /// is left as it was.</param>
    /// <exception cref="SverkaInputException">The file cannot be written: no such folder, no permission, disk
    /// full and the like.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        // Same folder, so that the move is a rename on one file system, and hidden so that a crash leaves no
        // file that looks like output.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, s_utf8) { NewLine = "\n" })
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e)
        {
            TryDelete(temporary);
            if (e is DirectoryNotFoundException)
                throw new SverkaInputException($"{path}: cannot be written (its folder does not exist)", e);
            if (e is UnauthorizedAccessException)
                throw new SverkaInputException($"{path}: cannot be written (permission denied)", e);
            if (e is IOException)
                throw new SverkaInputException($"{path}: cannot be written ({e.Message.ReplaceLineEndings(" ").Trim()})", e);
            throw;
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // The original exception is the one worth reporting; a stray hidden file is the lesser harm.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
