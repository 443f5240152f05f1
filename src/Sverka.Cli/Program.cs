using System.CommandLine;
using Sverka.Cli.Commands;

namespace Sverka.Cli;

/// <summary>The `sverka` command: parses the command line and hands the request to a command.</summary>
public static class Program
{
    /// <summary>Runs the command line with the console's writers.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Sverka aligns a text with its translation sentence by sentence, from two files or one file that holds both versions.")
        {
            AlignCommand.Create(output, error),
            CheckCommand.Create(output, error),
            LexiconCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            // One line, whatever the parser's message looks like: scripts read the first line of stderr.
            var message = string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine($"sverka: {message} (see `sverka --help`)");
            return ExitCodes.Usage;
        }
        return parse.Invoke(configuration);
    }
}
