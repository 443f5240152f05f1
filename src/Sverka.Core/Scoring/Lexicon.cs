using System.Runtime.InteropServices;

namespace Sverka.Core.Scoring;

/// <summary>
/// A bilingual lexicon over stems: which target stems translate a source stem, and back. Stems are interned to
/// dense ids so that scoring compares integers, never strings. Immutable and thread-safe once built.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, int> _sourceIds;
    private readonly Dictionary<string, int> _targetIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _sourceLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _targetLookup;
    private readonly int[] _forwardStart;
    private readonly int[] _forward;
    private readonly int[] _backwardStart;
    private readonly int[] _backward;

    /// <summary>Builds a lexicon from stem pairs; repeated pairs count once.</summary>
    public Lexicon(string sourceLanguage, string targetLanguage, IEnumerable<(string SourceStem, string TargetStem)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        _sourceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _targetIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<(int Source, int Target)>();
        foreach (var (source, target) in pairs)
        {
            if (source.Length == 0 || target.Length == 0)
                continue;
            links.Add((Intern(_sourceIds, source), Intern(_targetIds, target)));
        }
        links.Sort();
        (_forwardStart, _forward) = Compress(links, _sourceIds.Count, static l => l.Source, static l => l.Target);
        links.Sort(static (a, b) => a.Target != b.Target ? a.Target.CompareTo(b.Target) : a.Source.CompareTo(b.Source));
        (_backwardStart, _backward) = Compress(links, _targetIds.Count, static l => l.Target, static l => l.Source);
        _sourceLookup = _sourceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _targetLookup = _targetIds.GetAlternateLookup<ReadOnlySpan<char>>();
        PairCount = _forward.Length;
    }

    private Lexicon(Lexicon other)
    {
        SourceLanguage = other.TargetLanguage;
        TargetLanguage = other.SourceLanguage;
        _sourceIds = other._targetIds;
        _targetIds = other._sourceIds;
        _sourceLookup = other._targetLookup;
        _targetLookup = other._sourceLookup;
        _forwardStart = other._backwardStart;
        _forward = other._backward;
        _backwardStart = other._forwardStart;
        _backward = other._forward;
        PairCount = other.PairCount;
    }

    /// <summary>The language of the source stems.</summary>
    public string SourceLanguage { get; }

    /// <summary>The language of the target stems.</summary>
    public string TargetLanguage { get; }

    /// <summary>How many distinct stem pairs the lexicon holds.</summary>
    public int PairCount { get; }

    /// <summary>How many distinct source stems there are; source ids run from 0 to this, exclusive.</summary>
    public int SourceStemCount => _sourceIds.Count;

    /// <summary>How many distinct target stems there are; target ids run from 0 to this, exclusive.</summary>
    public int TargetStemCount => _targetIds.Count;

    /// <summary>The same lexicon read the other way round, sharing its storage.</summary>
    public Lexicon Reversed() => new(this);

    /// <summary>The id of a source stem, or -1 when the lexicon does not know it.</summary>
    public int SourceId(ReadOnlySpan<char> stem) => _sourceLookup.TryGetValue(stem, out var id) ? id : -1;

    /// <summary>The id of a target stem, or -1 when the lexicon does not know it.</summary>
    public int TargetId(ReadOnlySpan<char> stem) => _targetLookup.TryGetValue(stem, out var id) ? id : -1;

    /// <summary>The target stem ids that translate a source stem id.</summary>
    public ReadOnlySpan<int> TranslationsOfSource(int sourceId) =>
        _forward.AsSpan(_forwardStart[sourceId], _forwardStart[sourceId + 1] - _forwardStart[sourceId]);

    /// <summary>The source stem ids that a target stem id translates.</summary>
    public ReadOnlySpan<int> TranslationsOfTarget(int targetId) =>
        _backward.AsSpan(_backwardStart[targetId], _backwardStart[targetId + 1] - _backwardStart[targetId]);

    private static int Intern(Dictionary<string, int> ids, string stem)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, stem, out var exists);
        if (!exists)
            id = ids.Count - 1;
        return id;
    }

    private static (int[] Start, int[] Values) Compress(
        List<(int Source, int Target)> sortedLinks, int keyCount, Func<(int Source, int Target), int> key, Func<(int Source, int Target), int> value)
    {
        var start = new int[keyCount + 1];
        var values = new List<int>(sortedLinks.Count);
        var previous = (-1, -1);
        foreach (var link in sortedLinks)
        {
            var pair = (key(link), value(link));
            if (pair == previous)
                continue;
            previous = pair;
            start[pair.Item1 + 1]++;
            values.Add(pair.Item2);
        }
        for (var k = 0; k < keyCount; k++)
            start[k + 1] += start[k];
        return (start, values.ToArray());
    }
}
