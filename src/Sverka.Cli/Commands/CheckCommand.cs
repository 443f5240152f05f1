using System.CommandLine;
using Sverka.Core.Checking;
using Sverka.Formats.Writing;
using Sverka.Formats.Writing.Findings;

namespace Sverka.Cli.Commands;

/// <summary>`sverka check FILE [FILE2]`: aligns, runs the translation checks and writes the findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The source and its translation, or one file that holds both versions one after the other (`-` reads stdin).",
            Arity = new ArgumentArity(1, 2),
        };
        var options = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(" or ", FindingWriters.Formats)}.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. FindingWriters.Formats]);
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of stdout." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = $"Exit with code {ExitCodes.FindingsFound} when there is a finding of these kinds (comma-separated: {string.Join(", ", Enum.GetValues<FindingKind>().Select(KindNames.Name))}).",
        };
        failOn.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } list && !TryParseKinds(list, out _, out var bad))
                result.AddError($"--fail-on: '{bad}' is not a finding kind (valid: {string.Join(", ", Enum.GetValues<FindingKind>().Select(KindNames.Name))})");
        });

        var command = new Command("check", """
            Check a translation against its source: omitted and added sentences, changed numbers and dates, missing
            names, untranslated sentences, and pairs the aligner is unsure of.

            Examples:
              sverka check en.txt ru.txt                          a report on the terminal
              sverka check en.txt ru.txt -f jsonl -o findings.jsonl   one finding per line
              sverka check en.txt ru.txt -f html -o review.html   both texts side by side, findings highlighted
              sverka check en.txt ru.txt --fail-on omission,number    exit code 3 when such a finding exists
            """)
        {
            files,
            format,
            outputPath,
            failOn,
        };
        options.AddTo(command);
        command.SetAction(parse => CommandErrors.Run(error, () =>
        {
            // The validator has refused a bad list before the action runs.
            if (!TryParseKinds(parse.GetValue(failOn) ?? "", out var failKinds, out var bad))
                throw new InvalidOperationException($"--fail-on: '{bad}' passed validation");
            var request = options.Read(parse, parse.GetValue(files)!);
            var writer = FindingWriters.For(parse.GetValue(format)!);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var result = request.Align();
            var findings = request.Pipeline.Check(result, new TranslationChecker());
            AlignCommand.Report(request, result, stopwatch.Elapsed, error);
            var path = parse.GetValue(outputPath);
            if (path is null)
            {
                writer.Write(result, findings, output);
                output.Flush();
            }
            else
            {
                AtomicFileWriter.Write(path, w => writer.Write(result, findings, w));
            }
            return findings.Any(f => failKinds.Contains(f.Kind)) ? ExitCodes.FindingsFound : ExitCodes.Success;
        }));
        return command;
    }

    private static bool TryParseKinds(string list, out HashSet<FindingKind> kinds, out string bad)
    {
        kinds = [];
        bad = "";
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!KindNames.TryParse(name, out var kind))
            {
                bad = name;
                return false;
            }
            kinds.Add(kind);
        }
        return true;
    }
}
