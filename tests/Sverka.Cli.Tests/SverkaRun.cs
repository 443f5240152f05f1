using System.Diagnostics;
using System.Text;

namespace Sverka.Cli.Tests;

/// <summary>What one run of the command gave back.</summary>
public sealed record SverkaRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command in this process, as `Main` does, with captured writers.</summary>
    public static SverkaRun InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new SverkaRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the real executable as a child process, so exit codes and stderr are what a shell sees.</summary>
    public static SverkaRun AsProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sverka.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new SverkaRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The lines of stderr, without the trailing empty one.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Ladder output read back as (source indices, target indices) per bead.</summary>
    public IReadOnlyList<(int[] Source, int[] Target)> Ladder() =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLadderLine).ToList();

    private static (int[] Source, int[] Target) ParseLadderLine(string line)
    {
        // "[0, 1]:[2]:0.950" or "[0]:[]"
        var parts = line.Split(':');
        return (Indices(parts[0]), Indices(parts[1]));
    }

    private static int[] Indices(string list) =>
        list.Trim().Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse).ToArray();
}

/// <summary>Files a test writes, removed when it ends.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sverka-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>The samples shipped in the repository, found from the test's output folder.</summary>
public static class Samples
{
    private static readonly Lazy<string> s_folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "samples");
            if (System.IO.File.Exists(System.IO.Path.Combine(candidate, "news.mixed.txt")))
                return candidate;
        }
        throw new InvalidOperationException("samples/ not found above the test folder");
    });

    public static string Path(string name) => System.IO.Path.Combine(s_folder.Value, name);
}
