using CsCheck;
using Sverka.Core.Segmentation;
using Sverka.Core.Text;

namespace Sverka.Core.Tests;

/// <summary>Random bitexts for property tests, and the repository's own files for tests on real text.</summary>
internal static class TestDocuments
{
    private static readonly string[] s_latinWords =
        ["the", "report", "minister", "said", "talks", "Moscow", "Biden", "2021", "economy", "growth", "of", "30%", "new", "law", "a", "river"];

    private static readonly string[] s_cyrillicWords =
        ["доклад", "министр", "сказал", "переговоры", "Москва", "Байден", "2021", "экономика", "рост", "30%", "новый", "закон", "река", "и", "в"];

    /// <summary>A sentence of 1 to 25 words drawn from a small vocabulary, or an odd one (empty-ish, very long, digits only).</summary>
    public static Gen<string> Sentence(string[] vocabulary) =>
        Gen.Frequency(
            (8, Gen.Int[0, vocabulary.Length - 1].Array[1, 25].Select(ids => string.Join(' ', ids.Select(i => vocabulary[i])) + ".")),
            (1, Gen.Int[1, 999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.Char['a', 'z'].Array[200, 600].Select(c => new string(c))),
            (1, Gen.Const("?")));

    /// <summary>A pair of presegmented documents of 0 to <paramref name="maxSentences"/> sentences each.</summary>
    public static Gen<(Document Source, Document Target)> Bitext(int maxSentences) =>
        Gen.Select(
            Sentence(s_latinWords).Array[0, maxSentences],
            Sentence(s_cyrillicWords).Array[0, maxSentences],
            (source, target) => (Lines(source, "en"), Lines(target, "ru")));

    /// <summary>
    /// A source document and a "translation" of it: each sentence word-mapped into the other vocabulary, with
    /// random deletions, insertions, merges and splits, so the true path stays near the diagonal as in real
    /// bitexts. Operations: 0 translate, 1 delete, 2 insert an unrelated sentence, 3 merge with the next.
    /// </summary>
    public static Gen<(Document Source, Document Target)> TranslatedBitext(int maxSentences) =>
        Gen.Select(
            Gen.Int[0, s_latinWords.Length - 1].Array[1, 20].Array[0, maxSentences],
            Gen.Frequency((17, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3))).Array[maxSentences],
            (sentences, operations) =>
            {
                var source = sentences.Select(ids => string.Join(' ', ids.Select(i => s_latinWords[i])) + ".").ToList();
                var target = new List<string>();
                for (var k = 0; k < sentences.Length; k++)
                {
                    var translated = string.Join(' ', sentences[k].Select(i => s_cyrillicWords[i % s_cyrillicWords.Length])) + ".";
                    switch (operations[k])
                    {
                        case 1:
                            break;
                        case 2:
                            target.Add("Вставка " + string.Join(' ', Enumerable.Repeat("река", 1 + (k % 7))) + ".");
                            target.Add(translated);
                            break;
                        case 3 when target.Count > 0:
                            target[^1] += " " + translated;
                            break;
                        default:
                            target.Add(translated);
                            break;
                    }
                }
                return (Lines(source, "en"), Lines(target, "ru"));
            });

    /// <summary>Documents one sentence per line.</summary>
    public static Document Lines(IEnumerable<string> sentences, string language)
    {
        var text = string.Join('\n', sentences);
        return DocumentSegmenter.FromLines(text, new TextSpan(0, text.Length), language);
    }

    /// <summary>The folder that holds Sverka.slnx.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sverka.slnx")))
                directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Sverka.slnx not found above the test binaries.");
        }
    }

    /// <summary>A shipped sample, one sentence per line.</summary>
    public static Document Sample(string fileName, string language) =>
        Lines(File.ReadAllLines(Path.Combine(RepositoryRoot, "samples", fileName)), language);
}
