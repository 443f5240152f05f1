using CsCheck;
using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>The indexed document answers for a name what comparing it with each of the document's words would.</summary>
public sealed class DocumentCounterpartsTests
{
    // Each way a word can be a name's counterpart: the same word, a long shared start, a word made from the name,
    // a transliteration, a lower-case adjective, an exonym, a lexicon translation and one of a compound's parts;
    // and words that are none of these.
    private static readonly string[] s_english =
        ["Holt", "Vance", "Kurdish", "Beijing", "Britain's", "British", "Brexit", "Kenya", "Instagram", "company", "Southwest", "Twitter",
         "New", "York", "police", "Dover", "the", "down", "Texas", "Kent", "Malta"];

    private static readonly string[] s_russian =
        ["Холт", "Вэнс", "курдских", "Пекин", "британский", "Brexiteers", "Kenyan", "Instagram'е", "компания", "юго-запад", "Твиттер",
         "Нью-Йорке", "нью-йоркская", "полиция", "Довер", "и", "вниз", "Техас", "Кейт", "кентавр", "Лондон", "дождь", "maltese"];

    [Fact]
    public void Has_a_counterpart_exactly_when_some_word_of_the_document_is_one()
    {
        var english = Gen.Int[0, s_english.Length - 1].Array[1, 8].Select(words => "So " + string.Join(" ", words.Select(w => s_english[w])) + ".");
        var russian = Gen.Int[0, s_russian.Length - 1].Array[1, 8].Select(words => "Так " + string.Join(" ", words.Select(w => s_russian[w])) + ".");
        Gen.Select(english.Array[1, 4], russian.Array[1, 4]).Sample((englishSentences, russianSentences) =>
        {
            var ladder = string.Join(" ", englishSentences.Select((_, i) => i == 0 ? "0:0" : $"{i}:"))
                + string.Concat(russianSentences.Skip(1).Select((_, j) => $" :{j + 1}"));
            var context = new CheckContext(CheckBitext.Result(englishSentences, russianSentences, ladder), CheckBitext.Lexicon, new CheckOptions());
            foreach (var (names, other, nameIsEnglish) in new[] { (context.Source, context.Target, true), (context.Target, context.Source, false) })
            {
                var words = other.WordsOf(0, other.Document.SentenceCount).ToArray();
                var index = new DocumentCounterparts(words, names.Lexicon, exonyms: true, nameIsEnglish);
                foreach (var word in names.WordsOf(0, names.Document.SentenceCount))
                {
                    var expected = Array.Exists(words, candidate => DocumentCounterparts.IsCounterpart(word, candidate, names.Lexicon, exonyms: true, nameIsEnglish));
                    Assert.Equal(expected, index.Has(word));
                }
            }
        }, iter: 500);
    }
}
