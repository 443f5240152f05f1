using System.Text;

namespace Sverka.Benchmarks;

/// <summary>
/// A large English–Russian bitext made in memory from the shared NTREX documents, the way bench/make-large.py makes
/// its files: documents are repeated in a seeded random order until the English side has the requested number of
/// sentences, and on the way about 2% of sentences go unpaired on each side and 3% of English neighbours are merged
/// into one Russian line, so the aligner has real work to do. Each repeated document is one paragraph. The random
/// generator is .NET's, not Python's, so the exact sentences differ from make-large.py's while the mix is the same.
/// </summary>
internal sealed class LargeBitext
{
    private const double EnglishOnly = 0.02;
    private const double RussianOnly = 0.04;
    private const double Merged = 0.07;

    private LargeBitext(List<List<string>> english, List<List<string>> russian)
    {
        English = english;
        Russian = russian;
    }

    /// <summary>The English documents, one sentence per line.</summary>
    public IReadOnlyList<IReadOnlyList<string>> English { get; }

    /// <summary>The Russian documents, one sentence (or merged pair) per line.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Russian { get; }

    public int EnglishCount => English.Sum(d => d.Count);

    public int RussianCount => Russian.Sum(d => d.Count);

    /// <summary>Makes a bitext with about <paramref name="sentences"/> English sentences (never fewer).</summary>
    public static LargeBitext Make(int sentences, string ntrexFolder, int seed = 1)
    {
        var documents = ReadDocuments(ntrexFolder);
        // Seeded, hence the same bitext in every benchmark process; randomness here only shuffles test data.
        var random = new Random(seed);
        var english = new List<List<string>>();
        var russian = new List<List<string>>();
        var englishCount = 0;
        while (englishCount < sentences)
        {
            var (en, ru) = documents[random.Next(documents.Count)];
            var englishLines = new List<string>();
            var russianLines = new List<string>();
            for (var k = 0; k < en.Length;)
            {
                var roll = random.NextDouble();
                if (roll < EnglishOnly)
                {
                    englishLines.Add(en[k++]);
                }
                else if (roll < RussianOnly)
                {
                    russianLines.Add(ru[k++]);
                }
                else if (roll < Merged && k + 1 < en.Length)
                {
                    englishLines.Add(en[k]);
                    englishLines.Add(en[k + 1]);
                    russianLines.Add(ru[k] + " " + ru[k + 1]);
                    k += 2;
                }
                else
                {
                    englishLines.Add(en[k]);
                    russianLines.Add(ru[k++]);
                }
            }
            english.Add(englishLines);
            russian.Add(russianLines);
            englishCount += englishLines.Count;
        }
        return new LargeBitext(english, russian);
    }

    /// <summary>One sentence per line, a blank line after each document: what <c>--presegmented</c> reads.</summary>
    public static string Presegmented(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            foreach (var line in document)
                text.Append(line).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Running text: each document's sentences joined by spaces into one paragraph, blank lines between.</summary>
    public static string Running(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
            text.AppendJoin(' ', document).Append("\n\n");
        return text.ToString();
    }

    /// <summary>The NTREX documents whose two sides have the same number of lines (all of them, as shipped).</summary>
    private static List<(string[] English, string[] Russian)> ReadDocuments(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{folder}: not found; set SVERKA_SHARED_BENCH to the shared benchmark folder");
        var documents = new List<(string[], string[])>();
        var paths = Directory.GetFiles(folder, "*.en");
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var english = File.ReadAllLines(path);
            var russian = File.ReadAllLines(Path.ChangeExtension(path, ".ru"));
            if (english.Length == russian.Length)
                documents.Add((english, russian));
        }
        if (documents.Count == 0)
            throw new InvalidDataException($"{folder}: holds no English–Russian document pairs");
        return documents;
    }
}
