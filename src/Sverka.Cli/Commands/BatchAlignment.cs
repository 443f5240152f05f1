using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;
using Sverka.Formats.Reading;
using Sverka.Formats.Writing;

namespace Sverka.Cli.Commands;

/// <summary>
/// `sverka align --batch LIST`: many document pairs through one pipeline (lexicons loaded once), one pair per
/// core at a time. A pair that fails is reported on stderr with its line in the list and the others go on; a pair
/// that may not be a translation (<see cref="AlignCommand.PairingWarning"/>) is written and warned of by its line.
/// </summary>
internal static class BatchAlignment
{
    /// <summary>One line of the list: one or two inputs and where the result goes.</summary>
    private sealed record Job(int Line, string[] Inputs, string Output);

    public static int Run(string listPath, SverkaPipeline pipeline, Encoding? encoding, IAlignmentWriter writer, bool verbose, TextWriter error)
    {
        var jobs = ReadList(listPath);
        var stopwatch = Stopwatch.StartNew();
        var failures = 0;
        var flagged = 0;
        long sentences = 0;
        var errorLock = new object();
        Parallel.ForEach(jobs, job =>
        {
            string? failure = null, warning = null;
            try
            {
                var inputs = job.Inputs.Select(path => new NamedText(Path.GetFileName(path), TextFileReader.Read(path, encoding))).ToArray();
                var result = inputs.Length == 1 ? pipeline.AlignMixed(inputs[0]) : pipeline.Align(inputs[0], inputs[1]);
                AtomicFileWriter.Write(job.Output, w => writer.Write(result, w));
                Interlocked.Add(ref sentences, result.Source.SentenceCount + result.Target.SentenceCount);
                warning = AlignCommand.PairingWarning(result.Alignment);
            }
            catch (Exception exception) when (exception is SverkaInputException or IOException or UnauthorizedAccessException)
            {
                failure = exception.Message;
            }
            if (failure is not null)
                Interlocked.Increment(ref failures);
            else if (warning is not null)
                Interlocked.Increment(ref flagged);
            var message = failure ?? (warning is null ? null : "warning: " + warning);
            if (message is not null)
            {
                lock (errorLock)
                    error.WriteLine($"sverka: {Path.GetFileName(listPath)}:{job.Line}: {message}");
            }
        });
        if (verbose || failures > 0 || flagged > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sverka: batch: {jobs.Count - failures} of {jobs.Count} pairs aligned ({sentences:N0} sentences), {failures} failed, {flagged} may not be translations, {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        }
        return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static List<Job> ReadList(string listPath)
    {
        var jobs = new List<Job>();
        var lineNumber = 0;
        foreach (var line in TextFileReader.Read(listPath, null).Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3 || fields.Any(f => f.Trim().Length == 0))
            {
                throw new SverkaInputException(
                    $"{Path.GetFileName(listPath)}:{lineNumber}: expected source<TAB>target<TAB>output or mixed<TAB>output");
            }
            var trimmed = fields.Select(f => f.Trim()).ToArray();
            jobs.Add(new Job(lineNumber, trimmed[..^1], trimmed[^1]));
        }
        if (jobs.Count == 0)
            throw new SverkaInputException($"{Path.GetFileName(listPath)}: lists no pairs");
        return jobs;
    }
}
