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
    /// <param name="sentences">English sentences wanted.</param>
    /// <param name="ntrexFolder">The NTREX documents.</param>
    /// <param name="seed">The shuffle's seed.</param>
    /// <param name="respelt">
    /// Whether each repetition of a document spells its longer words anew (<see cref="Respell"/>), so that the
    /// vocabulary grows with the bitext as a book's does, rather than staying NTREX's.
    /// </param>
    public static LargeBitext Make(int sentences, string ntrexFolder, int seed = 1, bool respelt = false)
    {
        var documents = ReadDocuments(ntrexFolder);
        // Seeded, hence the same bitext in every benchmark process; randomness here only shuffles test data.
        var random = new Random(seed);
        var english = new List<List<string>>();
        var russian = new List<List<string>>();
        var uses = new int[documents.Count];
        var englishCount = 0;
        while (englishCount < sentences)
        {
            var pick = random.Next(documents.Count);
            var (en, ru) = documents[pick];
            if (respelt && uses[pick] > 0)
                (en, ru) = ([.. en.Select(line => Respell(line, uses[pick], "aeiou"))], [.. ru.Select(line => Respell(line, uses[pick], "аеиоу"))]);
            uses[pick]++;
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

    /// <summary>
    /// The line with the second letter of each word of five letters or more replaced by a vowel that the word and
    /// the repetition choose: a new spelling for every word in every repetition, the same each time it is made.
    /// </summary>
    private static string Respell(string line, int repetition, string vowels)
    {
        var letters = line.ToCharArray();
        for (var start = 0; start < letters.Length;)
        {
            var end = start;
            while (end < letters.Length && char.IsLetter(letters[end]))
                end++;
            if (end - start >= 5)
            {
                // FNV-1a over the word: string.GetHashCode differs from one process to the next.
                var hash = 2166136261u;
                for (var k = start; k < end; k++)
                    hash = (hash ^ char.ToLowerInvariant(letters[k])) * 16777619u;
                var vowel = vowels[(int)((hash + (uint)repetition * 7919u) % (uint)vowels.Length)];
                letters[start + 1] = char.IsUpper(letters[start + 1]) ? char.ToUpperInvariant(vowel) : vowel;
            }
            start = Math.Max(end, start + 1);
        }
        return new string(letters);
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
