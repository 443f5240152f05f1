using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sverka.Core.Alignment;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;
using Sverka.Formats.Lexicons;
using Sverka.Formats.Reading;
using Sverka.Formats.Writing;

namespace Sverka.Cli.Commands;

/// <summary>`sverka align FILE [FILE2]`: reads, aligns and writes in the chosen format.</summary>
internal static class AlignCommand
{
    private const double LowConfidence = 0.5;

    // Below this share of the shorter side paired, and from this many sentences a side, the result is flagged.
    private const double LowPairedShare = 0.5;
    private const int MinSentencesToJudgePairing = 20;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The source and its translation, or one file that holds both versions one after the other (`-` reads stdin).",
            Arity = new ArgumentArity(0, 2),
        };
        var batch = new Option<string?>("--batch")
        {
            Description = "Align many pairs: a file with one `source<TAB>target<TAB>output` line per pair (or `mixed<TAB>output`), in parallel; a bad pair is reported and the others are written.",
        };
        var options = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, tsv, jsonl, tmx, ladder or html (a self-contained page to review in a browser).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. AlignmentWriters.Formats]);
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of stdout." };

        var command = new Command("align", """
            Align a text with its translation sentence by sentence.

            Examples:
              sverka align en.txt ru.txt                       side-by-side pairs on the terminal
              sverka align briefing.txt --format tmx -o tm.tmx  one file holding both versions, to a TMX memory
              sverka align en.txt ru.txt --presegmented -f ladder   one sentence per line, vecalign's ladder
              sverka align en.txt ru.txt -f html -o review.html  both texts side by side, to open in a browser
              sverka align --batch pairs.tsv --presegmented -f tsv  many pairs at once, one output file each
            """)
        {
            files,
            format,
            outputPath,
            batch,
        };
        options.AddTo(command);
        command.SetAction(parse => CommandErrors.Run(error, () =>
        {
            var inputFiles = parse.GetValue(files) ?? [];
            if (parse.GetValue(batch) is { } list)
            {
                if (inputFiles.Length > 0 || parse.GetValue(outputPath) is not null)
                    throw new SverkaInputException("--batch: give the pairs and their outputs in the list, not as FILE or -o");
                return BatchAlignment.Run(list, options.BuildPipeline(parse, maxDegreeOfParallelismPerDocument: 1),
                    options.Encoding(parse), AlignmentWriters.For(parse.GetValue(format)!), options.IsVerbose(parse), error);
            }
            if (inputFiles.Length == 0)
                throw new SverkaInputException("align: give FILE (one file with both versions) or FILE FILE2, or --batch LIST");
            var request = options.Read(parse, inputFiles);
            var writer = AlignmentWriters.For(parse.GetValue(format)!);
            var stopwatch = Stopwatch.StartNew();
            var result = request.Align();
            Report(request, result, stopwatch.Elapsed, error);
            var path = parse.GetValue(outputPath);
            if (path is null)
            {
                writer.Write(result, output);
                output.Flush();
            }
            else
            {
                AtomicFileWriter.Write(path, w => writer.Write(result, w));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static void Report(AlignRequest request, AlignmentResult result, TimeSpan elapsed, TextWriter error)
    {
        var mean = result.Alignment.MeanConfidence;
        if (request.Verbose)
        {
            var invariant = CultureInfo.InvariantCulture;
            if (result.Split is { } split)
            {
                error.WriteLine(string.Create(invariant,
                    $"sverka: {request.Inputs[0].Name}: split at line {split.Line} (paragraph {split.ParagraphIndex}): first version {split.FirstLanguage}, second {split.SecondLanguage}"));
            }
            error.WriteLine(string.Create(invariant,
                $"sverka: {result.Source.Language} {result.Source.SentenceCount} sentences, {result.Target.Language} {result.Target.SentenceCount} sentences, {result.Alignment.Count} beads, mean confidence {mean:0.000}, {elapsed.TotalMilliseconds:0} ms"));
        }
        if (PairingWarning(result.Alignment) is { } warning)
            error.WriteLine($"sverka: warning: {warning}");
    }

    /// <summary>Why the texts may not be translations of each other (or only in part), or null when nothing says so.</summary>
    internal static string? PairingWarning(SentenceAlignment alignment)
    {
        var mean = alignment.MeanConfidence;
        if (alignment.Count > 0 && mean < LowConfidence)
            return string.Create(CultureInfo.InvariantCulture, $"low confidence ({mean:0.00}): these texts may not be translations of each other; check the result");
        if (alignment.LooksUnrelated)
            return $"low confidence: {SentenceAlignment.UnrelatedExplanation}; check the result";
        if (Math.Min(alignment.SourceCount, alignment.TargetCount) >= MinSentencesToJudgePairing
            && alignment.PairedShareOfShorterSide is var share && share < LowPairedShare)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"only {share:0%} of the shorter text's sentences are paired: one text may translate only part of the other, or not be its translation at all; check the result");
        }
        return null;
    }
}

/// <summary>The options `align` and `check` share, and how they become a request.</summary>
internal sealed class InputOptions
{
    private readonly Option<bool> _presegmented = new("--presegmented") { Description = "Inputs hold one sentence per line; never re-segment. Blank lines separate paragraphs." };
    private readonly Option<string?> _sourceLanguage = new("--source-lang") { Description = "Language of the source (ISO 639-1, e.g. en); identified when omitted." };
    private readonly Option<string?> _targetLanguage = new("--target-lang") { Description = "Language of the target; identified when omitted." };
    private readonly Option<string?> _encoding = new("--encoding") { Description = "Encoding of the input files (utf-8, utf-16, windows-1251, koi8-r, ...); detected when omitted." };
    private readonly Option<string?> _shapes = new("--shapes") { Description = "Bead shapes allowed, e.g. 1-1,1-0,0-1,2-1,1-2 (default: up to 3-1 and 2-2)." };
    private readonly Option<string?> _lexicons = new("--lexicons") { Description = "Folder of *.lex.gz lexicons (default: the one beside the program)." };
    private readonly Option<bool> _fullMatrix = new("--full-matrix") { Description = "Search every sentence pair instead of a band (time and memory grow with the product of the lengths); for checking the band's result." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Report languages, the split of a mixed file and timings on stderr." };

    public void AddTo(Command command)
    {
        command.Options.Add(_presegmented);
        command.Options.Add(_sourceLanguage);
        command.Options.Add(_targetLanguage);
        command.Options.Add(_encoding);
        command.Options.Add(_shapes);
        command.Options.Add(_lexicons);
        command.Options.Add(_fullMatrix);
        command.Options.Add(_verbose);
    }

    public AlignRequest Read(ParseResult parse, string[] files)
    {
        var encoding = Encoding(parse);
        var pipeline = BuildPipeline(parse, maxDegreeOfParallelismPerDocument: -1);
        var inputs = files.Select(f => new NamedText(f == "-" ? "stdin" : Path.GetFileName(f), ReadInput(f, encoding))).ToArray();
        return new AlignRequest(pipeline, inputs, parse.GetValue(_verbose));
    }

    public bool IsVerbose(ParseResult parse) => parse.GetValue(_verbose);

    public Encoding? Encoding(ParseResult parse)
    {
        var encodingName = parse.GetValue(_encoding);
        return encodingName is null ? null : TextDecoder.EncodingByName(encodingName);
    }

    /// <summary>The pipeline the options describe, built once: its lexicons load once however many pairs it aligns.</summary>
    public SverkaPipeline BuildPipeline(ParseResult parse, int maxDegreeOfParallelismPerDocument)
    {
        var aligner = new AlignerOptions { MaxDegreeOfParallelism = maxDegreeOfParallelismPerDocument, ForceFullMatrix = parse.GetValue(_fullMatrix) };
        if (parse.GetValue(_shapes) is { } shapeList)
        {
            if (!BeadShape.TryParseList(shapeList, out var shapes))
                throw new SverkaInputException($"--shapes: cannot read \"{shapeList}\"; write shapes like 1-1,2-1,1-0,0-1");
            if (!shapes.Contains(new BeadShape(1, 0)) || !shapes.Contains(new BeadShape(0, 1)))
                throw new SverkaInputException("--shapes: must include 1-0 and 0-1, or a sentence with no counterpart could not be placed");
            aligner = aligner with { Shapes = shapes };
        }
        var options = new PipelineOptions
        {
            Presegmented = parse.GetValue(_presegmented),
            SourceLanguage = Normalise(parse.GetValue(_sourceLanguage)),
            TargetLanguage = Normalise(parse.GetValue(_targetLanguage)),
            Aligner = aligner,
        };
        var folder = parse.GetValue(_lexicons) ?? Path.Combine(AppContext.BaseDirectory, "lexicons");
        return new SverkaPipeline(options, new LexiconDirectory(folder));
    }

    private static string? Normalise(string? language) => language?.Trim().ToLowerInvariant();

    private static string ReadInput(string path, Encoding? encoding)
    {
        if (path != "-")
            return TextFileReader.Read(path, encoding);
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return TextDecoder.Decode(buffer.ToArray(), "stdin", encoding).Text;
    }
}

/// <summary>One alignment to do: the pipeline and its one or two inputs.</summary>
internal sealed record AlignRequest(SverkaPipeline Pipeline, NamedText[] Inputs, bool Verbose)
{
    public AlignmentResult Align() => Inputs.Length == 1
        ? Pipeline.AlignMixed(Inputs[0])
        : Pipeline.Align(Inputs[0], Inputs[1]);
}
