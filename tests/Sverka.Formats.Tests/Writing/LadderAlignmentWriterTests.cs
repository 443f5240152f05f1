using System.Text.RegularExpressions;
using Sverka.Core.Alignment;
using Sverka.Formats.Writing;

namespace Sverka.Formats.Tests.Writing;

public sealed partial class LadderAlignmentWriterTests
{
    [Fact]
    public void Each_bead_is_one_line_of_0_based_indices_with_empty_sides_as_empty_lists()
    {
        var ladder = Samples.Render(new LadderAlignmentWriter(), Samples.Story());
        Assert.Equal("[0, 1]:[0]\n[2]:[1]\n[]:[2]\n[3]:[3]\n", ladder);
    }

    [Fact]
    public void The_ladder_parses_back_into_the_same_beads()
    {
        var result = Samples.Story();
        var parsed = Parse(Samples.Render(new LadderAlignmentWriter(), result));
        Assert.Equal(result.Alignment.Beads.ToArray().Select(b => (b.Source, b.SourceCount, b.Target, b.TargetCount)), parsed);
    }

    /// <summary>Reads the format the way the benchmark's score.py does, and checks each side is a run.</summary>
    internal static List<(int Source, int SourceCount, int Target, int TargetCount)> Parse(string ladder)
    {
        var beads = new List<(int, int, int, int)>();
        int source = 0, target = 0;
        foreach (var line in ladder.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = BeadLine().Match(line);
            Assert.True(match.Success, $"not a bead: {line}");
            var s = Indices(match.Groups[1].Value);
            var t = Indices(match.Groups[2].Value);
            Assert.Equal(Enumerable.Range(source, s.Length), s);
            Assert.Equal(Enumerable.Range(target, t.Length), t);
            beads.Add((source, s.Length, target, t.Length));
            source += s.Length;
            target += t.Length;
        }
        return beads;
    }

    private static int[] Indices(string list) =>
        list.Length == 0 ? [] : list.Split(", ").Select(int.Parse).ToArray();

    [GeneratedRegex(@"^\[((?:\d+(?:, \d+)*)?)\]:\[((?:\d+(?:, \d+)*)?)\]$")]
    private static partial Regex BeadLine();
}
