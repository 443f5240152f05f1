namespace Sverka.Core.Alignment;

/// <summary>How many sentences of each side a bead may hold: 1-1, 2-1, 0-1 and so on.</summary>
public readonly record struct BeadShape(int SourceCount, int TargetCount)
{
    /// <summary>The shapes Sverka allows unless told otherwise: deletions, insertions, merges and splits up to 3.</summary>
    public static readonly BeadShape[] Default =
    [
        new(1, 1), new(1, 0), new(0, 1), new(2, 1), new(1, 2), new(2, 2), new(3, 1), new(1, 3),
    ];

    /// <summary>Parses "1-1,2-1,1-0" into shapes; false on a malformed list.</summary>
    public static bool TryParseList(string text, out BeadShape[] shapes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = new List<BeadShape>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0
                || !int.TryParse(item.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture, out var a)
                || !int.TryParse(item.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture, out var b)
                || a is < 0 or > 4 || b is < 0 or > 4 || a + b == 0)
            {
                shapes = [];
                return false;
            }
            parsed.Add(new BeadShape(a, b));
        }
        shapes = [.. parsed.Distinct()];
        return shapes.Length > 0;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceCount}-{TargetCount}";
}
