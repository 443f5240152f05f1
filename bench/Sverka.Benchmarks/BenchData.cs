namespace Sverka.Benchmarks;

/// <summary>
/// Where the benchmarks find their inputs: the repository (found from the running binary, which BenchmarkDotNet
/// builds under the project's bin folder) and the shared benchmark data beside it.
/// </summary>
internal static class BenchData
{
    private static readonly Lazy<string> s_repository = new(FindRepository);

    /// <summary>The repository's root, the folder that holds Sverka.slnx.</summary>
    public static string Repository => s_repository.Value;

    /// <summary>The shared benchmark folder: $SVERKA_SHARED_BENCH, or ../shared/bench beside the repository.</summary>
    public static string SharedBench =>
        Environment.GetEnvironmentVariable("SVERKA_SHARED_BENCH") is { Length: > 0 } folder
            ? folder
            : Path.GetFullPath(Path.Combine(Repository, "..", "shared", "bench"));

    /// <summary>The NTREX English–Russian documents that the large bitexts are made from.</summary>
    public static string Ntrex => Path.Combine(SharedBench, "ntrex-en-ru");

    /// <summary>The English–Russian lexicon the sverka command ships with.</summary>
    public static string EnglishRussianLexicon => Path.Combine(Repository, "data", "lexicons", "en-ru.lex.gz");

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sverka.slnx")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No Sverka.slnx above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
