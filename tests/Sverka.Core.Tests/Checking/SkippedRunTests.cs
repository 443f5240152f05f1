using Sverka.Core.Checking;

namespace Sverka.Core.Tests.Checking;

/// <summary>
/// A 1-1 pair whose translation lost a stretch of the source that no punctuation marks off: the translation goes
/// straight on from the counterpart of the word before the stretch to that of the word after it. A translation that
/// renders the stretch loosely writes words of its own there instead.
/// </summary>
public sealed class SkippedRunTests
{
    private static readonly string[] s_english = CheckBitext.ClausesEnglish();

    private static readonly string[] s_russian = CheckBitext.ClausesRussian();

    private const string English = "The police arrested a man near the bridge as children and teachers met the minister.";

    [Fact]
    public void A_stretch_the_translation_steps_over_is_an_omission_of_that_stretch()
    {
        // "Вчера утром" and "пьяного" make up some of the length, away from the words the stretch stands between.
        var english = CheckBitext.With(s_english, 1, English);
        var russian = CheckBitext.With(s_russian, 1, "Вчера утром полиция арестовала пьяного мужчину возле моста.");

        var finding = Assert.Single(CheckBitext.Check(new OmissionCheck(), english, russian));

        Assert.Equal(1, finding.BeadIndex);
        Assert.Equal("children and teachers met the minister", CheckBitext.TextOf(CheckBitext.Result(english, russian).Source, finding.SourceSpans[0]));
        Assert.Contains("goes straight on", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stretch_the_translation_has_words_of_its_own_for_is_no_omission()
    {
        // The same words as above, those of its own where the stretch stands: a loose rendering, however loose.
        var english = CheckBitext.With(s_english, 1, English);
        var russian = CheckBitext.With(s_russian, 1, "Полиция арестовала пьяного мужчину возле моста вчера утром.");

        Assert.Empty(CheckBitext.Check(new OmissionCheck(), english, russian));
    }
}
