using BenchmarkDotNet.Running;

// `dotnet run -c Release -- --filter '*'` runs every benchmark; bench/run-benchmarks.sh does that and prints the tables.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
