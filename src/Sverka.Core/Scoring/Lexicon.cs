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
        var sources = new List<int>(1 << 16);
        var targets = new List<int>(1 << 16);
        foreach (var (source, target) in pairs)
        {
            if (source.Length == 0 || target.Length == 0)
                continue;
            sources.Add(Intern(_sourceIds, source));
            targets.Add(Intern(_targetIds, target));
        }
        (_forwardStart, _forward, _backwardStart, _backward) = Link(sources, targets, _sourceIds.Count, _targetIds.Count);
        _sourceLookup = _sourceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _targetLookup = _targetIds.GetAlternateLookup<ReadOnlySpan<char>>();
        PairCount = _forward.Length;
    }

    private Lexicon(Lexicon stems, List<int> sources, List<int> targets)
    {
        SourceLanguage = stems.SourceLanguage;
        TargetLanguage = stems.TargetLanguage;
        _sourceIds = stems._sourceIds;
        _targetIds = stems._targetIds;
        _sourceLookup = stems._sourceLookup;
        _targetLookup = stems._targetLookup;
        (_forwardStart, _forward, _backwardStart, _backward) = Link(sources, targets, _sourceIds.Count, _targetIds.Count);
        PairCount = _forward.Length;
    }

    /// <summary>Each source id's target ids and each target id's source ids, from the pairs of ids given.</summary>
    private static (int[] ForwardStart, int[] Forward, int[] BackwardStart, int[] Backward) Link(List<int> sources, List<int> targets,
        int sourceCount, int targetCount)
    {
        var (forwardStart, forward) = Group(CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets), sourceCount);
        // Read back from the forward lists, which are in source order and free of repeats, each target's sources
        // come out sorted and once each.
        var forwardSources = new int[forward.Length];
        for (var source = 0; source < sourceCount; source++)
            forwardSources.AsSpan(forwardStart[source], forwardStart[source + 1] - forwardStart[source]).Fill(source);
        var (backwardStart, backward) = Group(forward, forwardSources, targetCount);
        return (forwardStart, forward, backwardStart, backward);
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

    /// <summary>
    /// This lexicon with more pairs of the stems it knows, read by the same ids: pairs one document teaches
    /// (<c>DocumentTerms</c>) join its stems without a stem of their own.
    /// </summary>
    internal Lexicon WithPairs(IReadOnlyCollection<(int Source, int Target)> pairs)
    {
        var sources = new List<int>(_forward.Length + pairs.Count);
        var targets = new List<int>(_forward.Length + pairs.Count);
        for (var source = 0; source < _sourceIds.Count; source++)
        {
            foreach (var target in TranslationsOfSource(source))
            {
                sources.Add(source);
                targets.Add(target);
            }
        }
        foreach (var (source, target) in pairs)
        {
            sources.Add(source);
            targets.Add(target);
        }
        return new Lexicon(this, sources, targets);
    }

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

    /// <summary>
    /// Groups links by key with a counting sort (the start of each key's values, and the values), each key's values
    /// sorted and without repeats: linear in the links, where sorting them whole was the bulk of loading a lexicon.
    /// </summary>
    private static (int[] Start, int[] Values) Group(ReadOnlySpan<int> keys, ReadOnlySpan<int> values, int keyCount)
    {
        var start = new int[keyCount + 1];
        foreach (var key in keys)
            start[key + 1]++;
        for (var k = 0; k < keyCount; k++)
            start[k + 1] += start[k];
        var grouped = new int[keys.Length];
        var next = start[..^1];
        for (var link = 0; link < keys.Length; link++)
            grouped[next[keys[link]]++] = values[link];

        // Sort and deduplicate each key's values in place, compacting as we go.
        var write = 0;
        for (var k = 0; k < keyCount; k++)
        {
            var group = grouped.AsSpan(start[k], start[k + 1] - start[k]);
            group.Sort();
            start[k] = write;
            for (var v = 0; v < group.Length; v++)
            {
                if (v > 0 && group[v] == group[v - 1])
                    continue;
                grouped[write++] = group[v];
            }
        }
        start[keyCount] = write;
        return (start, grouped[..write]);
    }
}
