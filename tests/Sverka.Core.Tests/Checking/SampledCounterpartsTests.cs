using CsCheck;
using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>The sample's index answers for all its sentences what asking each of them would.</summary>
public sealed class SampledCounterpartsTests
{
    // Words of the test lexicon, names that sound alike across the alphabets, and words that differ by a consonant,
    // so that translations, shared spellings, strong and loose skeleton matches and exonyms all occur.
    private static readonly string[] s_english =
        ["company", "workers", "river", "town", "police", "Holt", "Vance", "Devon", "Gates", "Kent", "Texas", "video", "Twitter", "Adams", "Dover", "the", "down", "UK", "US", "Beijing", "British"];

    private static readonly string[] s_russian =
        ["компания", "рабочих", "река", "город", "полиция", "Холт", "Вэнс", "Девон", "Гейтс", "Кент", "Техас", "видео", "Твиттер", "Адамс", "Довер",
         "Дэвис", "Ганс", "техника", "кентавр", "и", "Кейт", "вниз", "Великобритании", "США", "Пекин", "британский"];

    [Fact]
    public void Counts_the_sentences_a_pass_over_each_of_them_finds()
    {
        var sentence = Gen.Int[0, s_russian.Length - 1].Array[1, 6].Select(words => string.Join(" ", words.Select(w => s_russian[w])) + ".");
        var query = Gen.Int[0, s_english.Length - 1].Array[1, 6].Select(words => string.Join(" ", words.Select(w => s_english[w])) + ".");
        Gen.Select(query, sentence.Array[1, 12]).Sample((english, russian) =>
        {
            var context = new CheckContext(CheckBitext.Result([english], russian, string.Join(" ", russian.Select((_, j) => j == 0 ? "0:0" : $":{j}"))),
                CheckBitext.Lexicon, new CheckOptions());
            var sample = Enumerable.Range(0, russian.Length).ToArray();
            var sampled = new SampledCounterparts(context.Source, context.Target, sample);
            foreach (var word in context.Source[0].Words)
            {
                var expected = sample.Count(j => new Counterparts(context.Source, context.Target, j, 1).Has(word));
                Assert.Equal(expected, sampled.CountHolding(word));
            }
        }, iter: 2_000);
    }

    [Fact]
    public void A_sentence_holds_a_counterpart_of_a_word_exactly_when_one_of_its_words_is_one()
    {
        var sentence = Gen.Int[0, s_russian.Length - 1].Array[1, 6].Select(words => string.Join(" ", words.Select(w => s_russian[w])) + ".");
        var query = Gen.Int[0, s_english.Length - 1].Array[1, 6].Select(words => string.Join(" ", words.Select(w => s_english[w])) + ".");
        Gen.Select(query, sentence).Sample((english, russian) =>
        {
            var context = new CheckContext(CheckBitext.Result([english], [russian], "0:0"), CheckBitext.Lexicon, new CheckOptions());
            foreach (var (from, to) in new[] { (context.Source, context.Target), (context.Target, context.Source) })
            {
                var gathered = new Counterparts(from, to, 0, 1);
                foreach (var word in from[0].Words)
                {
                    var oneByOne = to[0].Words.Any(other => Counterparts.IsCounterpart(from.Lexicon, Counterparts.Direction(from, to), word, other));
                    Assert.Equal(gathered.Has(word), oneByOne);
                }
            }
        }, iter: 2_000);
    }
}
