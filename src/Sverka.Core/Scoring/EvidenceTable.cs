using Sverka.Core.Alignment;
using Sverka.Core.Buffers;

namespace Sverka.Core.Scoring;

/// <summary>What one source sentence and one target sentence share, counted once per pair of sentences.</summary>
internal struct CellEvidence
{
    /// <summary>Weight of the source words with a translation in the target sentence.</summary>
    public float LexSource;

    /// <summary>Weight of the target words that translate a word of the source sentence.</summary>
    public float LexTarget;

    /// <summary>Weight of the number, date and percent anchors found on both sides (counted on the target side).</summary>
    public float Numbers;

    /// <summary>Weight of the name and cognate skeletons found on both sides (counted on the target side).</summary>
    public float Names;
}

/// <summary>
/// The evidence of every sentence pair a bead inside the band can hold, computed in two sweeps with "stamp" arrays
/// (mark one sentence's ids, then test the other side's ids against the mark), so each pair costs the length of
/// its sentences, never a string comparison or a hash look-up. The table is rented and returned on dispose.
/// </summary>
internal sealed class EvidenceTable : IDisposable
{
    // Below this many cells, or this many rows, a part of a sweep is not worth a thread.
    private const long MinCellsPerPart = 1L << 16;
    private const int MinRowsPerPart = 256;

    private readonly int[] _lo;
    private readonly int[] _hi;
    private readonly long[] _offset;
    private readonly SideFeatures _source;
    private readonly SideFeatures _target;
    // The sentences of the table's first row and column: a window of a long document has its own table.
    private readonly int _firstSource;
    private readonly int _firstTarget;
    private CellEvidence[] _cells;

    public EvidenceTable(Band band, int maxSourceCount, int maxTargetCount, SideFeatures source, SideFeatures target, int keyCount, int sourceIdCount, int targetIdCount, int maxDegreeOfParallelism = 1)
        : this(band, maxSourceCount, maxTargetCount, source, target, keyCount, sourceIdCount, targetIdCount, maxDegreeOfParallelism, earlier: null)
    {
    }

    /// <summary>
    /// A table for <paramref name="band"/> that copies what <paramref name="earlier"/> (a table of the same
    /// documents) already holds and computes only the rest, so a band widened here and there costs the cells it
    /// gained. The values are those a table computed afresh would hold.
    /// </summary>
    public EvidenceTable(Band band, int maxSourceCount, int maxTargetCount, SideFeatures source, SideFeatures target, int keyCount, int sourceIdCount, int targetIdCount, int maxDegreeOfParallelism, EvidenceTable? earlier)
        : this(band, (0, 0), maxSourceCount, maxTargetCount, source, target, keyCount, sourceIdCount, targetIdCount, maxDegreeOfParallelism, earlier)
    {
    }

    /// <summary>
    /// A table for a window of the documents: <paramref name="band"/> is the window's own lattice, whose cell
    /// (i, j) is the pair of source sentence <paramref name="origin"/>.I + i and target sentence
    /// <paramref name="origin"/>.J + j. <see cref="Get"/> still takes the documents' sentence numbers.
    /// </summary>
    public EvidenceTable(Band band, (int I, int J) origin, int maxSourceCount, int maxTargetCount, SideFeatures source, SideFeatures target, int keyCount, int sourceIdCount, int targetIdCount, int maxDegreeOfParallelism, EvidenceTable? earlier)
    {
        _source = source;
        _target = target;
        (_firstSource, _firstTarget) = origin;
        var n = band.SourceCount;
        var m = band.TargetCount;
        _lo = new int[n];
        _hi = new int[n];
        _offset = new long[n + 1];
        for (var r = 0; r < n; r++)
        {
            _lo[r] = Math.Max(0, band.Lo(r + 1) - maxTargetCount);
            _hi[r] = Math.Min(m - 1, band.Hi(Math.Min(n, r + maxSourceCount)) - 1);
            if (r > 0)
                _lo[r] = Math.Max(_lo[r], _lo[r - 1]);
            _offset[r + 1] = _offset[r] + Math.Max(0, _hi[r] - _lo[r] + 1);
        }
        _cells = LatticeArrays.Rent<CellEvidence>((int)Math.Max(1, _offset[n]));
        Array.Clear(_cells, 0, (int)_offset[n]);
        if (earlier is not null && (earlier._source != source || earlier._target != target || earlier._firstSource != _firstSource || earlier._firstTarget != _firstTarget))
            throw new ArgumentException("The earlier table belongs to other documents or another window.", nameof(earlier));
        // Per row, the columns the earlier table holds (empty without one): those are copied, not computed.
        var knownLo = new int[n];
        var knownHi = new int[n];
        for (var r = 0; r < n; r++)
        {
            if (earlier is null || r >= earlier._lo.Length)
            {
                (knownLo[r], knownHi[r]) = (0, -1);
                continue;
            }
            knownLo[r] = Math.Max(_lo[r], earlier._lo[r]);
            knownHi[r] = Math.Min(_hi[r], earlier._hi[r]);
            if (knownLo[r] <= knownHi[r])
            {
                earlier._cells.AsSpan((int)(earlier._offset[r] + knownLo[r] - earlier._lo[r]), knownHi[r] - knownLo[r] + 1)
                    .CopyTo(_cells.AsSpan((int)(_offset[r] + knownLo[r] - _lo[r])));
            }
        }
        if (m > 0)
        {
            // Each sweep splits into ranges with their own stamps; the row sweep and the column sweep write
            // different fields, one after the other.
            var parts = (int)Math.Max(1, Math.Min(maxDegreeOfParallelism < 0 ? Environment.ProcessorCount : maxDegreeOfParallelism,
                Math.Min(_offset[n] / MinCellsPerPart, n / MinRowsPerPart)));
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts },
                part => SweepRows(source, target, keyCount, targetIdCount, (int)((long)n * part / parts), (int)((long)n * (part + 1) / parts), knownLo, knownHi));
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts },
                part => SweepColumns(source, target, sourceIdCount, (int)((long)m * part / parts), (int)((long)m * (part + 1) / parts), knownLo, knownHi));
        }
    }

    /// <summary>A table that holds no pair: every pair asked for is computed from the features.</summary>
    public static EvidenceTable ComputedOnDemand(SideFeatures source, SideFeatures target) =>
        new(Band.Full(0, 0), 1, 1, source, target, keyCount: 0, sourceIdCount: 0, targetIdCount: 0);

    /// <summary>The sentence pair of the table's first row and column: (0, 0) but for a window's table.</summary>
    public (int Source, int Target) Origin => (_firstSource, _firstTarget);

    /// <summary>How many pairs the table holds.</summary>
    public long CellCount => _offset[^1];

    /// <summary>
    /// True when every cell <paramref name="band"/> needs is in this table, so it can serve that band as it is;
    /// <paramref name="neededCells"/> tells how many that is, to judge whether the table is worth its memory.
    /// </summary>
    public bool Covers(Band band, int maxSourceCount, int maxTargetCount, out long neededCells)
    {
        var n = band.SourceCount;
        var m = band.TargetCount;
        var lo = 0;
        var covered = true;
        neededCells = 0;
        // The band is the whole documents': a window's table serves only its window.
        if (_firstSource != 0 || _firstTarget != 0 || _lo.Length != n)
            return false;
        for (var r = 0; r < n; r++)
        {
            lo = Math.Max(lo, Math.Max(0, band.Lo(r + 1) - maxTargetCount));
            var hi = Math.Min(m - 1, band.Hi(Math.Min(n, r + maxSourceCount)) - 1);
            if (lo > hi)
                continue;
            neededCells += hi - lo + 1;
            covered &= lo >= _lo[r] && hi <= _hi[r];
        }
        return covered;
    }

    /// <summary>
    /// The evidence of a sentence pair. Pairs outside the table (asked for by calibration and confidence, never by
    /// the dynamic programme) are computed directly, so a pair's cost never depends on the band.
    /// </summary>
    public CellEvidence Get(int row, int column)
    {
        var r = row - _firstSource;
        var c = column - _firstTarget;
        return (uint)r < (uint)_lo.Length && c >= _lo[r] && c <= _hi[r] ? _cells[_offset[r] + c - _lo[r]] : Compute(row, column);
    }

    /// <summary>The evidence of a pair computed from the features alone, whether or not the table holds it.</summary>
    internal CellEvidence Compute(int row, int column) => new()
    {
        LexSource = SumTranslated(_source, row, _target, column),
        LexTarget = SumTranslated(_target, column, _source, row),
        Numbers = SumContained(_target.Numbers, _target.NumberWeights, _target.NumberStart, column, _source.Numbers, _source.NumberStart, row),
        Names = SumContained(_target.Names, _target.NameWeights, _target.NameStart, column, _source.Names, _source.NameStart, row),
    };

    /// <summary>The weight of the words of one sentence with a translation among the words of the other.</summary>
    private static float SumTranslated(SideFeatures side, int sentence, SideFeatures other, int otherSentence)
    {
        var otherIds = other.OwnIds.AsSpan(other.OwnIdStart[otherSentence], other.OwnIdStart[otherSentence + 1] - other.OwnIdStart[otherSentence]);
        var sum = 0f;
        for (var k = side.OwnIdStart[sentence]; k < side.OwnIdStart[sentence + 1]; k++)
        {
            foreach (var translation in side.Lexicon.Translations(side.OwnIds[k]))
            {
                if (otherIds.Contains(translation))
                {
                    sum += side.OwnWeights[k];
                    break;
                }
            }
        }
        return sum;
    }

    private static float SumContained(int[] ids, float[] weights, int[] idStart, int sentence, int[] set, int[] setStart, int setSentence)
    {
        var members = set.AsSpan(setStart[setSentence], setStart[setSentence + 1] - setStart[setSentence]);
        var sum = 0f;
        for (var k = idStart[sentence]; k < idStart[sentence + 1]; k++)
        {
            if (members.Contains(ids[k]))
                sum += weights[k];
        }
        return sum;
    }

    public void Dispose()
    {
        if (_cells.Length > 0)
            LatticeArrays.Return(_cells);
        _cells = [];
    }

    private void SweepRows(SideFeatures source, SideFeatures target, int keyCount, int targetIdCount, int firstRow, int endRow, int[] knownLo, int[] knownHi)
    {
        var translationStamp = new int[Math.Max(1, targetIdCount)];
        var numberStamp = new int[Math.Max(1, keyCount)];
        var nameStamp = new int[Math.Max(1, keyCount)];
        for (var r = firstRow; r < endRow; r++)
        {
            if (_lo[r] > _hi[r] || (knownLo[r] == _lo[r] && knownHi[r] == _hi[r]))
                continue;
            var mark = r + 1;
            var sentence = r + _firstSource;
            StampTranslations(source, sentence, translationStamp, mark);
            foreach (var id in source.Numbers.AsSpan(source.NumberStart[sentence], source.NumberStart[sentence + 1] - source.NumberStart[sentence]))
                numberStamp[id] = mark;
            foreach (var id in source.Names.AsSpan(source.NameStart[sentence], source.NameStart[sentence + 1] - source.NameStart[sentence]))
                nameStamp[id] = mark;
            var cells = _cells.AsSpan((int)_offset[r], (int)(_offset[r + 1] - _offset[r]));
            for (var c = 0; c < cells.Length; c++)
            {
                var column = _lo[r] + c;
                if (column >= knownLo[r] && column <= knownHi[r])
                {
                    // The copied stretch: skip to its end.
                    c = knownHi[r] - _lo[r];
                    continue;
                }
                ref var cell = ref cells[c];
                var other = column + _firstTarget;
                cell.LexTarget = SumMarked(target.OwnIds, target.OwnWeights, target.OwnIdStart, other, translationStamp, mark);
                cell.Numbers = SumMarked(target.Numbers, target.NumberWeights, target.NumberStart, other, numberStamp, mark);
                cell.Names = SumMarked(target.Names, target.NameWeights, target.NameStart, other, nameStamp, mark);
            }
        }
    }

    private void SweepColumns(SideFeatures source, SideFeatures target, int sourceIdCount, int firstColumn, int endColumn, int[] knownLo, int[] knownHi)
    {
        var stamp = new int[Math.Max(1, sourceIdCount)];
        var rows = _lo.Length;
        var first = 0;
        for (var column = firstColumn; column < endColumn; column++)
        {
            // Rows whose range holds this column are contiguous, since both range ends only grow.
            while (first < rows && _hi[first] < column)
                first++;
            if (first == rows || _lo[first] > column)
                continue;
            var mark = column + 1;
            var stamped = false;
            for (var r = first; r < rows && _lo[r] <= column; r++)
            {
                if (_hi[r] < column || (column >= knownLo[r] && column <= knownHi[r]))
                    continue;
                if (!stamped)
                {
                    StampTranslations(target, column + _firstTarget, stamp, mark);
                    stamped = true;
                }
                _cells[_offset[r] + column - _lo[r]].LexSource = SumMarked(source.OwnIds, source.OwnWeights, source.OwnIdStart, r + _firstSource, stamp, mark);
            }
        }
    }

    /// <summary>Marks every id of the other side that translates a word of the sentence.</summary>
    private static void StampTranslations(SideFeatures side, int sentence, int[] stamp, int mark)
    {
        for (var k = side.OwnIdStart[sentence]; k < side.OwnIdStart[sentence + 1]; k++)
        {
            foreach (var translation in side.Lexicon.Translations(side.OwnIds[k]))
                stamp[translation] = mark;
        }
    }

    private static float SumMarked(int[] ids, float[] weights, int[] start, int sentence, int[] stamp, int mark)
    {
        var sum = 0f;
        for (var k = start[sentence]; k < start[sentence + 1]; k++)
        {
            if (stamp[ids[k]] == mark)
                sum += weights[k];
        }
        return sum;
    }
}
