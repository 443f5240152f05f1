using BenchmarkDotNet.Attributes;

namespace Sverka.Benchmarks;

/// <summary>
/// What every benchmark shares: the size of the bitext, in sentences a side. Each size runs in a process of its
/// own, which makes its bitext once in its global setup. The benchmark classes are public and not sealed because
/// BenchmarkDotNet finds them by reflection and its generated runner derives from them.
/// </summary>
public abstract class BitextBenchmarks
{
    /// <summary>English sentences in the bitext; the Russian side has about as many (a few percent fewer lines).</summary>
    [Params(2_000, 20_000, 100_000)]
    public int Sentences { get; set; }

    private protected LargeBitext MakeBitext() => LargeBitext.Make(Sentences, BenchData.Ntrex);
}
