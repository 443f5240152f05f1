using Sverka.Core.Alignment;
using Sverka.Core.Checking;
using Sverka.Core.Pipeline;
using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// A hand-made bitext with the beads given, not found, so that a check test is about the check alone: lines of
/// English and Russian, a ladder ("0:0 1: 2:1" means 0-0, 1-nothing, 2-1), and a small lexicon of word pairs.
/// </summary>
internal static class CheckBitext
{
    private static readonly (string English, string Russian)[] s_words =
    [
        ("company", "компания"), ("hired", "наняла"), ("workers", "рабочих"), ("people", "человека"), ("died", "погибли"),
        ("homes", "домов"), ("damaged", "пострадали"), ("minister", "министр"), ("met", "встретился"), ("talks", "переговоры"),
        ("ended", "завершились"), ("yesterday", "вчера"), ("river", "река"), ("flooded", "затопила"), ("town", "город"),
        ("police", "полиция"), ("arrested", "арестовала"), ("man", "мужчину"), ("report", "доклад"), ("published", "опубликован"),
        ("school", "школа"), ("closed", "закрыта"), ("week", "неделю"), ("rain", "дождь"), ("heavy", "сильный"),
        ("weather", "погода"), ("cold", "холодная"), ("village", "деревня"), ("bridge", "мост"), ("built", "построен"),
        ("children", "дети"), ("parents", "родители"), ("teachers", "учителя"), ("strike", "забастовка"),
        ("desert", "пустынный"), ("twitter", "твиттер"), ("farmer", "фермер"), ("canadian", "канадский"),
        ("hall", "зал"), ("fame", "слава"), ("cup", "кубок"), ("south", "юг"), ("west", "запад"), ("born", "рожденный"), ("street", "улица"),
        ("down", "вниз"), ("hunter", "охотник"), ("ford", "брод"), ("state", "государство"), ("coach", "тренер"), ("lee", "затишье"),
        // Adjectives a dictionary gives in their full form, one beside a noun its short form stems like ("доступен", "доступ").
        ("available", "доступный"), ("access", "доступ"), ("necessary", "необходимый"), ("dangerous", "опасный"), ("valid", "действительный"),
        // Places a dictionary knows, one as a common word.
        ("china", "фарфор"), ("japan", "япония"),
        // A term a manual renders in a sense the dictionary does not list ("bug", "ошибка").
        ("bug", "клоп"), ("error", "ошибка"),
        // A capitalised common word of a title: "House" of Representatives.
        ("house", "палата"),
        // The common words of a programme's name: "Desert Island Discs".
        ("island", "остров"), ("discs", "диски"),
        // A surname that is a common word too.
        ("flake", "хлопья"),
        ("ministry", "министерство"), ("defence", "оборона"),
        // Common words of the names of states, bodies and places.
        ("federation", "федерация"), ("commission", "комиссия"), ("peninsula", "полуостров"), ("director", "режиссёр"),
    ];

    public static Lexicon Lexicon { get; } = BuildLexicon();

    /// <summary>Four English sentences whose Russian translation (<see cref="FaithfulRussian"/>) every check must leave quiet.</summary>
    public static string[] FaithfulEnglish() =>
    [
        "Heavy rain flooded the town yesterday.",
        "The police arrested a man near the bridge.",
        "The school was closed for a week.",
        "Parents and teachers met the minister.",
    ];

    /// <summary>The faithful translation of <see cref="FaithfulEnglish"/>, sentence for sentence.</summary>
    public static string[] FaithfulRussian() =>
    [
        "Вчера сильный дождь затопил город.",
        "Полиция арестовала мужчину возле моста.",
        "Школа была закрыта на неделю.",
        "Родители и учителя встретились с министром.",
    ];

    /// <summary>Six English sentences, one of two clauses, that the clause tests cut from and add to.</summary>
    public static string[] ClausesEnglish() =>
    [
        "Heavy rain flooded the town yesterday.",
        "The police arrested a man near the bridge, and the river flooded the village.",
        "The school was closed for a week.",
        "Parents and teachers met the minister.",
        "The talks ended yesterday.",
        "The company hired workers for the bridge.",
    ];

    /// <summary>The faithful translation of <see cref="ClausesEnglish"/>, sentence for sentence.</summary>
    public static string[] ClausesRussian() =>
    [
        "Вчера сильный дождь затопил город.",
        "Полиция арестовала мужчину возле моста, а река затопила деревню.",
        "Школа была закрыта на неделю.",
        "Родители и учителя встретились с министром.",
        "Переговоры завершились вчера.",
        "Компания наняла рабочих для моста.",
    ];

    public static IReadOnlyList<Finding> Check(string[] english, string[] russian, string? ladder = null, float confidence = 0.9f) =>
        new TranslationChecker().Check(Result(english, russian, ladder, confidence), Lexicon);

    public static IReadOnlyList<Finding> Check(ICheck check, string[] english, string[] russian, string? ladder = null, float confidence = 0.9f) =>
        new TranslationChecker(new CheckOptions(), [check]).Check(Result(english, russian, ladder, confidence), Lexicon);

    /// <summary>A copy of <paramref name="lines"/> with line <paramref name="index"/> replaced: the one pair a test changes.</summary>
    public static string[] With(string[] lines, int index, string line)
    {
        var copy = (string[])lines.Clone();
        copy[index] = line;
        return copy;
    }

    /// <summary>The text a finding's span covers.</summary>
    public static string TextOf(Document document, TextSpan span) => document.Text.Substring(span.Start, span.Length);

    public static AlignmentResult Result(string[] english, string[] russian, string? ladder = null, float confidence = 0.9f)
    {
        var source = TestDocuments.Lines(english, "en");
        var target = TestDocuments.Lines(russian, "ru");
        ladder ??= string.Join(' ', Enumerable.Range(0, english.Length).Select(i => $"{i}:{i}"));
        var beads = new List<Bead>();
        int s = 0, t = 0;
        foreach (var rung in ladder.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var sides = rung.Split(':');
            var sourceCount = Count(sides[0]);
            var targetCount = Count(sides[1]);
            beads.Add(new Bead(s, sourceCount, t, targetCount, confidence));
            s += sourceCount;
            t += targetCount;
        }
        return new AlignmentResult(source, target, new SentenceAlignment([.. beads], source.SentenceCount, target.SentenceCount), null);
    }

    /// <summary>A bitext of any two languages whose sentences pair one to one, in order.</summary>
    public static AlignmentResult OneToOne(string[] source, string sourceLanguage, string[] target, string targetLanguage)
    {
        var beads = Enumerable.Range(0, source.Length).Select(i => new Bead(i, 1, i, 1, 0.9f)).ToArray();
        return new AlignmentResult(TestDocuments.Lines(source, sourceLanguage), TestDocuments.Lines(target, targetLanguage),
            new SentenceAlignment(beads, source.Length, target.Length), null);
    }

    private static int Count(string side) => side.Length == 0 ? 0 : side.Split(',').Length;

    private static Lexicon BuildLexicon()
    {
        var english = WordStemmer.For("en");
        var russian = WordStemmer.For("ru");
        return new Lexicon("en", "ru", s_words.Select(p => (english.Stem(p.English), russian.Stem(p.Russian))).ToList());
    }
}
