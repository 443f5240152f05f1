using System.Globalization;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Formats.Lexicons;

namespace Sverka.Benchmarks;

/// <summary>
/// How far a lexicon reaches into real translations: over the 1-1 beads Sverka aligns in a folder of English–Russian
/// document pairs, the share of counted words of each side whose counterpart the other sentence holds
/// (<see cref="BeadCoverage"/>), and the words of each side most often left without one. This rate is what bounds the
/// evidence a missing word gives the omission and addition checks, so it is the figure to read before and after a
/// change to the lexicon. Names are left out: they have a rate of their own.
/// <c>dotnet run -c Release --project bench/Sverka.Benchmarks -- coverage [LEXICON] [FOLDER] [WORDS]</c>; the
/// defaults are the committed en-ru lexicon, NTREX's documents and 40 words.
/// </summary>
internal static class CoverageReport
{
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        var lexiconPath = args.Length > 0 ? args[0] : BenchData.EnglishRussianLexicon;
        var folder = args.Length > 1 ? args[1] : BenchData.Ntrex;
        var shown = 40;
        var problem = !File.Exists(lexiconPath) ? $"no lexicon {lexiconPath}"
            : !Directory.Exists(folder) ? $"no folder {folder}"
            : args.Length > 2 && !int.TryParse(args[2], CultureInfo.InvariantCulture, out shown) ? $"not a number of words: {args[2]}"
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine($"coverage: {problem}; usage: coverage [LEXICON] [FOLDER] [WORDS]");
            return 2;
        }

        var lexicon = LexiconFile.Read(lexiconPath);
        var options = new PipelineOptions { Presegmented = true, SourceLanguage = "en", TargetLanguage = "ru" };
        var pipeline = new SverkaPipeline(options, new InMemoryLexiconSource(lexicon));
        var english = new SideTally();
        var russian = new SideTally();
        var documents = 0;
        foreach (var englishPath in Directory.GetFiles(folder, "*.en").Order(StringComparer.Ordinal))
        {
            var russianPath = Path.ChangeExtension(englishPath, ".ru");
            if (!File.Exists(russianPath))
                continue;
            documents++;
            var result = pipeline.Align(new NamedText(englishPath, File.ReadAllText(englishPath)), new NamedText(russianPath, File.ReadAllText(russianPath)));
            var context = new CheckContext(result, lexicon, new CheckOptions());
            foreach (var bead in context.Beads)
            {
                if (bead.SourceCount != 1 || bead.TargetCount != 1)
                    continue;
                english.Add(BeadCoverage.Measure(context.Source, bead.Source, 1, context.Target, bead.Target, 1));
                russian.Add(BeadCoverage.Measure(context.Target, bead.Target, 1, context.Source, bead.Source, 1));
            }
        }
        output.WriteLine($"{Path.GetFileName(lexiconPath)} on {documents} documents of {folder}, 1-1 beads, names left out");
        output.WriteLine($"English words covered: {english.Covered} of {english.Counted} ({english.Rate:F3})");
        output.WriteLine($"Russian words covered: {russian.Covered} of {russian.Counted} ({russian.Rate:F3})");
        output.WriteLine("English words most often left without a counterpart (left out, covered):");
        foreach (var (word, (missed, covered)) in english.MostMissed(shown))
            output.WriteLine($"  {word}\t{missed}\t{covered}");
        output.WriteLine("Russian words most often left without a counterpart (left out, covered):");
        foreach (var (word, (missed, covered)) in russian.MostMissed(shown))
            output.WriteLine($"  {word}\t{missed}\t{covered}");
        return 0;
    }

    private sealed class SideTally
    {
        private readonly Dictionary<string, (int Missed, int Covered)> _byWord = new(StringComparer.Ordinal);

        public int Counted { get; private set; }

        public int Covered { get; private set; }

        public double Rate => Counted == 0 ? 0 : (double)Covered / Counted;

        public void Add(BeadCoverage coverage)
        {
            foreach (var word in coverage.Words)
            {
                if (word.Word.CapitalisedInProse)
                    continue;
                Counted++;
                var (missed, covered) = _byWord.GetValueOrDefault(word.Word.Lower);
                if (word.Covered)
                {
                    Covered++;
                    covered++;
                }
                else
                {
                    missed++;
                }
                _byWord[word.Word.Lower] = (missed, covered);
            }
        }

        public IEnumerable<(string Word, (int Missed, int Covered) Counts)> MostMissed(int count) =>
            _byWord.OrderByDescending(p => p.Value.Missed).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => (p.Key, p.Value));
    }
}
