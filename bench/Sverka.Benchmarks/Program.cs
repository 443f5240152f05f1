using BenchmarkDotNet.Running;
using Sverka.Benchmarks;

// `dotnet run -c Release -- --filter '*'` runs every benchmark; bench/run-benchmarks.sh does that and prints the tables.
// `dotnet run -c Release -- coverage [LEXICON] [FOLDER] [WORDS]` reports how far a lexicon reaches (CoverageReport).
if (args is ["coverage", .. var rest])
    return CoverageReport.Run(rest, Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
