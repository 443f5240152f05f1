namespace Sverka.Core.Alignment;

/// <summary>
/// The cells of the alignment lattice the dynamic programme visits: for each source position i (0..n) an inclusive
/// range of target positions [Lo(i), Hi(i)], both non-decreasing in i, so the band is one connected diagonal strip
/// (hunalign's band matrix). Stored flat: row i's cells start at <see cref="RowOffset"/>(i).
/// </summary>
internal sealed class Band
{
    private readonly int[] _lo;
    private readonly int[] _hi;
    private readonly long[] _offset;

    private Band(int sourceCount, int targetCount, int[] lo, int[] hi)
    {
        SourceCount = sourceCount;
        TargetCount = targetCount;
        _lo = lo;
        _hi = hi;
        _offset = new long[lo.Length + 1];
        for (var i = 0; i < lo.Length; i++)
            _offset[i + 1] = _offset[i] + (hi[i] - lo[i] + 1);
    }

    public int SourceCount { get; }

    public int TargetCount { get; }

    public long CellCount => _offset[^1];

    public bool IsFull => _lo[SourceCount] == 0 && _hi[0] == TargetCount;

    public int Lo(int i) => _lo[i];

    public int Hi(int i) => _hi[i];

    public long RowOffset(int i) => _offset[i];

    public bool Contains(int i, int j) => (uint)i <= (uint)SourceCount && j >= _lo[i] && j <= _hi[i];

    public long Index(int i, int j) => _offset[i] + (j - _lo[i]);

    public static Band Full(int sourceCount, int targetCount)
    {
        var lo = new int[sourceCount + 1];
        var hi = new int[sourceCount + 1];
        Array.Fill(hi, targetCount);
        return new Band(sourceCount, targetCount, lo, hi);
    }

    /// <summary>The diagonal from (0, 0) to (n, m), widened by <paramref name="halfWidth"/> on each side.</summary>
    public static Band AroundDiagonal(int sourceCount, int targetCount, int halfWidth) =>
        AroundPath(Diagonal(sourceCount, targetCount), sourceCount, targetCount, halfWidth);

    private static List<(int I, int J)> Diagonal(int sourceCount, int targetCount)
    {
        var path = new List<(int I, int J)>(sourceCount + 2);
        for (var i = 0; i <= sourceCount; i++)
            path.Add((i, sourceCount == 0 ? targetCount : (int)((long)i * targetCount / sourceCount)));
        path.Add((sourceCount, targetCount));
        return path;
    }

    /// <summary>
    /// The band of <paramref name="halfWidth"/> cells on either side of a monotone path of lattice points
    /// (which need not be contiguous: a 3-1 step skips rows, and rows in between take the range it spans).
    /// </summary>
    public static Band AroundPath(IReadOnlyList<(int I, int J)> path, int sourceCount, int targetCount, int halfWidth)
    {
        var widths = new int[sourceCount + 1];
        Array.Fill(widths, halfWidth);
        return AroundPath(path, sourceCount, targetCount, widths);
    }

    /// <summary>
    /// This band, with the rows <paramref name="rows"/> marks also holding the cells <paramref name="other"/> holds
    /// there; other rows grow only as far as a band's ends must be non-decreasing.
    /// </summary>
    public Band UnionInRows(Band other, bool[] rows)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.SourceCount != SourceCount || other.TargetCount != TargetCount || rows.Length != _lo.Length)
            throw new ArgumentException("The bands belong to different lattices.", nameof(other));
        var lo = (int[])_lo.Clone();
        var hi = (int[])_hi.Clone();
        for (var i = 0; i < lo.Length; i++)
        {
            if (!rows[i])
                continue;
            lo[i] = Math.Min(lo[i], other._lo[i]);
            hi[i] = Math.Max(hi[i], other._hi[i]);
        }
        for (var i = lo.Length - 2; i >= 0; i--)
            lo[i] = Math.Min(lo[i], lo[i + 1]);
        for (var i = 1; i < hi.Length; i++)
            hi[i] = Math.Max(hi[i], hi[i - 1]);
        return new Band(SourceCount, TargetCount, lo, hi);
    }

    /// <summary>The diagonal from (0, 0) to (n, m), widened on each side by each row's half-width.</summary>
    public static Band AroundDiagonal(int sourceCount, int targetCount, int[] halfWidths) =>
        AroundPath(Diagonal(sourceCount, targetCount), sourceCount, targetCount, halfWidths);

    /// <summary>
    /// The band around a monotone path of lattice points, each widened by the half-width of its own row, so a
    /// band can be wide where the alignment is in doubt and narrow where it is not.
    /// </summary>
    public static Band AroundPath(IReadOnlyList<(int I, int J)> path, int sourceCount, int targetCount, int[] halfWidths)
    {
        var lo = new int[sourceCount + 1];
        var hi = new int[sourceCount + 1];
        Array.Fill(lo, int.MaxValue);
        Array.Fill(hi, int.MinValue);
        for (var k = 0; k < path.Count; k++)
        {
            var (i, j) = path[k];
            var (nextI, nextJ) = k + 1 < path.Count ? path[k + 1] : (i, j);
            var halfWidth = halfWidths[i];
            // Rows from i up to the next point's row see the target range the step crosses.
            for (var row = i; row <= Math.Max(i, nextI); row++)
            {
                lo[row] = Math.Min(lo[row], Math.Min(j, nextJ) - halfWidth);
                hi[row] = Math.Max(hi[row], Math.Max(j, nextJ) + halfWidth);
            }
        }
        for (var i = 0; i <= sourceCount; i++)
        {
            if (lo[i] == int.MaxValue)
            {
                lo[i] = i > 0 ? lo[i - 1] : 0;
                hi[i] = i > 0 ? hi[i - 1] : halfWidths[0];
            }
        }
        lo[0] = 0;
        hi[sourceCount] = targetCount;
        for (var i = sourceCount - 1; i >= 0; i--)
            lo[i] = Math.Min(lo[i], lo[i + 1]);
        for (var i = 1; i <= sourceCount; i++)
            hi[i] = Math.Max(hi[i], hi[i - 1]);
        for (var i = 0; i <= sourceCount; i++)
        {
            lo[i] = Math.Clamp(lo[i], 0, targetCount);
            hi[i] = Math.Clamp(hi[i], lo[i], targetCount);
        }
        return new Band(sourceCount, targetCount, lo, hi);
    }

    /// <summary>
    /// The cells of this band between two of its lattice points, as a lattice of its own whose corners are those
    /// points: cell (i, j) of the window is cell (start.I + i, start.J + j) of this band. A path through the
    /// window is a path through this band from one point to the other.
    /// </summary>
    public Band Window((int I, int J) start, (int I, int J) end)
    {
        if (!Contains(start.I, start.J) || !Contains(end.I, end.J) || end.I < start.I || end.J < start.J)
            throw new ArgumentException("A window runs between two points of the band, the first before the second.");
        var sourceCount = end.I - start.I;
        var targetCount = end.J - start.J;
        var lo = new int[sourceCount + 1];
        var hi = new int[sourceCount + 1];
        for (var i = 0; i <= sourceCount; i++)
        {
            lo[i] = Math.Clamp(_lo[start.I + i] - start.J, 0, targetCount);
            hi[i] = Math.Clamp(_hi[start.I + i] - start.J, lo[i], targetCount);
        }
        return new Band(sourceCount, targetCount, lo, hi);
    }

    /// <summary>The source rows where the path comes within <paramref name="margin"/> of an edge that is not the lattice's own.</summary>
    public List<int> RowsTouchedBy(IReadOnlyList<(int I, int J)> path, int margin)
    {
        var rows = new List<int>();
        foreach (var (i, j) in path)
        {
            if (IsNearEdge(i, j, margin))
                rows.Add(i);
        }
        return rows;
    }

    private bool IsNearEdge(int i, int j, int margin) =>
        (_lo[i] > 0 && j - _lo[i] < margin) || (_hi[i] < TargetCount && _hi[i] - j < margin);
}
