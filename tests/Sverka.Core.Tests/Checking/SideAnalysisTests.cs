using CsCheck;
using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>How a side reads its words: the same whichever occurrence is read first, and the original's words in brackets as glosses.</summary>
public sealed class SideAnalysisTests
{
    // The same letters in different cases, with a possessive, a number word, a month and function words: every
    // spelling must get its own reading even where its lower case is shared.
    private static readonly string[] s_english =
        ["company", "Company", "COMPANY", "Holt", "holt", "Holt's", "Trump", "trump", "seven", "Seven", "December", "the", "The", "NATO", "Nato", "Southwest"];

    private static readonly string[] s_russian =
        ["компания", "Компания", "КОМПАНИЯ", "Холт", "холт", "Холта", "семь", "Семь", "декабря", "и", "И", "НАТО", "Москва", "москва"];

    [Fact]
    public void Each_word_reads_as_it_does_alone()
    {
        var english = Gen.Int[0, s_english.Length - 1].Array[1, 8].Select(words => string.Join(" ", words.Select(w => s_english[w])) + ".");
        var russian = Gen.Int[0, s_russian.Length - 1].Array[1, 8].Select(words => string.Join(" ", words.Select(w => s_russian[w])) + ".");
        Gen.Select(english.Array[1, 6], russian.Array[1, 6]).Sample((englishSentences, russianSentences) =>
        {
            var context = Context(englishSentences, russianSentences);
            AssertReadAsAlone(context.Source, englishSentences.Length, word => Context([word + "."], ["и."]).Source);
            AssertReadAsAlone(context.Target, russianSentences.Length, word => Context(["the."], [word + "."]).Target);
        }, iter: 300);
    }

    [Theory]
    // The original's words beside their translation, after a word of the sentence's own script.
    [InlineData("Полиция арестовала Джеймса Триси (James Treacy) возле моста.", "James Treacy")]
    [InlineData("Полиция отправила сообщения об ошибках(bug reports) вчера.", "bug reports")]
    // Brackets that mix the scripts, hold no letters or open the sentence gloss nothing.
    [InlineData("Полиция арестовала мужчину (его звали John) возле моста.", "")]
    [InlineData("Полиция арестовала мужчину (1991) возле моста.", "")]
    [InlineData("(James Treacy) арестован возле моста.", "")]
    public void Words_of_the_original_in_brackets_beside_their_translation_are_glosses(string russian, string glosses)
    {
        var side = Context(["The police arrested a man."], [russian]).Target;

        var glossed = side[0].Words.Where(w => w.Role == WordRole.Gloss).Select(w => side.Document.Text.Substring(w.Span.Start, w.Span.Length));

        Assert.Equal(glosses, string.Join(" ", glossed));
    }

    [Theory]
    // A currency written out after its amount, where the English writes a sign or nothing.
    [InlineData("Компания заплатила 5 миллионов долларов за мост.", "долларов")]
    [InlineData("Компания потратила 300 рублей.", "рублей")]
    // A currency word away from any figure is a word of the sentence.
    [InlineData("Компания потратила доллары на мост.", "")]
    // What a figure counts, where English writes the figure alone ("in 2018") or joined ("32-year-old").
    [InlineData("Компания основана в 2018 году.", "году")]
    [InlineData("Полиция арестовала 32-летнего мужчину.", "летнего")]
    // The case ending written after a hyphen, where English writes "1990s" or "23rd".
    [InlineData("В 1990-е годы правила пересматривались.", "е годы")]
    [InlineData("Гол забит на 23-й минуте.", "й")]
    [InlineData("Расходы в 2027–2028 годах вырастут.", "годах")]
    // The same words with no figure just before them are words of the sentence.
    [InlineData("Год был трудным.", "")]
    [InlineData("В 2018 был трудный год.", "")]
    public void Words_a_figure_takes_in_are_read_with_the_figure_not_as_words(string russian, string withTheFigure)
    {
        var side = Context(["The company paid."], [russian]).Target;

        var anchors = side[0].Words.Where(w => w.Role == WordRole.Anchor && !char.IsDigit(side.Document.Text[w.Span.Start]))
            .Select(w => w.Lower).Where(w => !w.StartsWith("миллион", StringComparison.Ordinal));

        Assert.Equal(withTheFigure, string.Join(" ", anchors));
    }

    [Theory]
    // Words split at hyphens: "г-н", "г-на", "г-жа" (Mr, Mrs) come as "г", a title like "Mr", no word to look for.
    [InlineData("Полиция арестовала г-на Смита.")]
    [InlineData("Г-жа Смит встретилась с министром.")]
    public void A_russian_title_split_at_its_hyphen_is_no_word_to_look_for(string russian)
    {
        var side = Context(["The police arrested Mr Smith."], [russian]).Target;

        var title = Assert.Single(side[0].Words, w => w.Lower == "г");

        Assert.Equal(WordRole.Stopword, title.Role);
    }

    [Theory]
    [InlineData("ИФХиБПП", true)]
    [InlineData("РАН", true)]
    // Two capitals and a letter in lower case, or a plural's ending, are not an acronym's conjunction.
    [InlineData("ГиБ", false)]
    [InlineData("СМИс", false)]
    [InlineData("МакДональдс", false)]
    public void A_russian_acronym_may_keep_one_conjunction_in_lower_case(string acronym, bool allCaps)
    {
        var side = Context(["The institute met the minister."], [$"Вчера {acronym} встретился с министром."]).Target;

        Assert.Equal(allCaps, Assert.Single(side[0].Words, w => w.Lower.Equals(acronym, StringComparison.OrdinalIgnoreCase)).AllCaps);
    }

    private static CheckContext Context(string[] english, string[] russian) =>
        new(CheckBitext.Result(english, russian, string.Join(" ", english.Select((_, i) => i == 0 ? "0:0" : $"{i}:")) + (russian.Length > 1 ? " " + string.Join(" ", russian.Skip(1).Select((_, j) => $":{j + 1}")) : "")),
            CheckBitext.Lexicon, new CheckOptions());

    private static void AssertReadAsAlone(SideAnalysis side, int sentences, Func<string, SideAnalysis> alone)
    {
        for (var s = 0; s < sentences; s++)
        {
            foreach (var word in side[s].Words)
            {
                var spelling = side.Document.Text.Substring(word.Span.Start, word.Span.Length);
                var single = alone(spelling)[0].Words[0];
                Assert.Equal(
                    (single.Lower, single.Role, single.LexiconId, single.FunctionWordId, single.Capitalised, single.AllCaps, single.LeadingCapitals, single.Skeleton, single.Sound, single.Parts),
                    (word.Lower, word.Role, word.LexiconId, word.FunctionWordId, word.Capitalised, word.AllCaps, word.LeadingCapitals, word.Skeleton, word.Sound, word.Parts));
            }
        }
    }
}
