using CsCheck;
using Sverka.Core.Alignment;

namespace Sverka.Core.Tests.Alignment;

public sealed class SentenceAlignmentTests
{
    [Fact]
    public void The_paired_share_counts_the_shorter_side_sentences_in_beads_with_both_sides()
    {
        // Beads of 0-2 sentences a side (never 0-0), in order: the share is what a direct count gives.
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2]).Where(s => s.Item1 + s.Item2 > 0).Array[1, 60].Sample(shapes =>
        {
            var beads = new List<Bead>();
            int source = 0, target = 0, pairedSource = 0, pairedTarget = 0;
            foreach (var (a, b) in shapes)
            {
                beads.Add(new Bead(source, a, target, b, 1f));
                if (a > 0 && b > 0)
                    (pairedSource, pairedTarget) = (pairedSource + a, pairedTarget + b);
                (source, target) = (source + a, target + b);
            }
            var alignment = new SentenceAlignment([.. beads], source, target);
            var expected = source == 0 || target == 0 ? 0 : source <= target ? (double)pairedSource / source : (double)pairedTarget / target;
            Assert.Equal(expected, alignment.PairedShareOfShorterSide, 12);
            Assert.InRange(alignment.PairedShareOfShorterSide, 0, 1);
        }, iter: 500);
    }

    [Fact]
    public void A_short_text_paired_with_only_the_start_of_a_long_one_is_fully_paired_and_one_left_unpaired_is_not()
    {
        var paired = new SentenceAlignment([new Bead(0, 1, 0, 1, 1f), new Bead(1, 1, 1, 1, 1f), new Bead(2, 8, 2, 0, 1f)], 10, 2);
        Assert.Equal(1.0, paired.PairedShareOfShorterSide);
        var unpaired = new SentenceAlignment([new Bead(0, 10, 0, 0, 1f), new Bead(10, 0, 0, 2, 1f)], 10, 2);
        Assert.Equal(0.0, unpaired.PairedShareOfShorterSide);
    }
}
