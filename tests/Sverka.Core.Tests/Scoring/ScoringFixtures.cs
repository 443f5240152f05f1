using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Scoring;

/// <summary>A lexicon for the test vocabulary of <see cref="TestDocuments"/>, and features extracted with it.</summary>
internal static class ScoringFixtures
{
    public static Lexicon Lexicon { get; } = BuildLexicon();

    /// <summary>Both sides' features, their name and number keys in one numbering, and how many keys there are.</summary>
    public static (SideFeatures Source, SideFeatures Target, int KeyCount) Features(Document source, Document target)
    {
        var keys = new KeyInterner();
        var targetKeys = new KeyInterner();
        var sourceFeatures = new FeatureExtractor("en", new LexiconSide(Lexicon, isSource: true), keys).Extract(source);
        var targetFeatures = new FeatureExtractor("ru", new LexiconSide(Lexicon, isSource: false), targetKeys).Extract(target);
        targetFeatures.RenumberKeys(keys.Absorb(targetKeys));
        return (sourceFeatures, targetFeatures, keys.Count);
    }

    private static Lexicon BuildLexicon()
    {
        var english = WordStemmer.For("en");
        var russian = WordStemmer.For("ru");
        string[] en = ["report", "minister", "said", "talks", "economy", "growth", "new", "law", "river"];
        string[] ru = ["доклад", "министр", "сказал", "переговоры", "экономика", "рост", "новый", "закон", "река"];
        return new Lexicon("en", "ru", en.Zip(ru, (e, r) => (english.Stem(e), russian.Stem(r))).ToList());
    }
}
