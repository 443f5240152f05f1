using Sverka.Core.Scoring;
using Sverka.Core.Text;

namespace Sverka.Core.Tests.Scoring;

/// <summary>The features of an English–Russian bitext as the aligner has them, for tests of the scoring below it.</summary>
internal static class BitextFeatures
{
    /// <summary>Both sides' features, with the target's keys renumbered into the source's.</summary>
    public static (SideFeatures Source, SideFeatures Target, KeyInterner Keys) Of((Document Source, Document Target) bitext, Lexicon lexicon)
    {
        var keys = new KeyInterner();
        var targetKeys = new KeyInterner();
        var source = new FeatureExtractor("en", new LexiconSide(lexicon, isSource: true), keys).Extract(bitext.Source);
        var target = new FeatureExtractor("ru", new LexiconSide(lexicon, isSource: false), targetKeys).Extract(bitext.Target);
        target.RenumberKeys(keys.Absorb(targetKeys));
        return (source, target, keys);
    }
}
