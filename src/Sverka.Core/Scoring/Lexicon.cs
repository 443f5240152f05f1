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
        (_forwardStart, _forward) = Group(CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets), _sourceIds.Count);
        // Read back from the forward lists, which are in source order and free of repeats, each target's sources
        // come out sorted and once each.
        var forwardSources = new int[_forward.Length];
        for (var source = 0; source < _sourceIds.Count; source++)
            forwardSources.AsSpan(_forwardStart[source], _forwardStart[source + 1] - _forwardStart[source]).Fill(source);
        (_backwardStart, _backward) = Group(_forward, forwardSources, _targetIds.Count);
        _sourceLookup = _sourceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _targetLookup = _targetIds.GetAlternateLookup<ReadOnlySpan<char>>();
        PairCount = _forward.Length;
    }

    /// <summary>A lexicon over stems already interned, with its links already grouped both ways.</summary>
    private Lexicon(string sourceLanguage, string targetLanguage, Stems sources, Stems targets, (int[] Start, int[] Values) forward,
        (int[] Start, int[] Values) backward)
    {
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        (_sourceIds, _sourceLookup) = sources;
        (_targetIds, _targetLookup) = targets;
        (_forwardStart, _forward) = forward;
        (_backwardStart, _backward) = backward;
        PairCount = _forward.Length;
    }

    /// <summary>One language's stems and their ids, with the look-up by span that shares them.</summary>
    private readonly record struct Stems(Dictionary<string, int> Ids, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup);

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
        var forward = new List<(int Key, int Value)>(pairs.Count);
        var backward = new List<(int Key, int Value)>(pairs.Count);
        foreach (var (source, target) in pairs)
        {
            forward.Add((source, target));
            backward.Add((target, source));
        }
        return new Lexicon(SourceLanguage, TargetLanguage, new Stems(_sourceIds, _sourceLookup), new Stems(_targetIds, _targetLookup),
            Insert(_forwardStart, _forward, forward), Insert(_backwardStart, _backward, backward));
    }

    /// <summary>
    /// Grouped links with more links put in, each key's values still sorted and once each: one pass over the
    /// links, where grouping them all again sorts every key's values anew (some ten milliseconds for a full
    /// dictionary, on every document that teaches a term).
    /// </summary>
    private static (int[] Start, int[] Values) Insert(int[] start, int[] values, List<(int Key, int Value)> added)
    {
        added.Sort();
        var keyCount = start.Length - 1;
        var newStart = new int[start.Length];
        var newValues = new int[values.Length + added.Count];
        var write = 0;
        var copiedTo = 0;
        var next = 0;
        while (next < added.Count)
        {
            var key = added[next].Key;
            write = CopyKeys(start, values, copiedTo, key, newStart, newValues, write);
            newStart[key] = write;
            // Merge the key's old values and its added ones, both sorted, dropping repeats.
            var old = values.AsSpan(start[key], start[key + 1] - start[key]);
            var o = 0;
            while (o < old.Length || (next < added.Count && added[next].Key == key))
            {
                var fromOld = next == added.Count || added[next].Key != key || (o < old.Length && old[o] <= added[next].Value);
                var value = fromOld ? old[o++] : added[next++].Value;
                if (write == newStart[key] || newValues[write - 1] != value)
                    newValues[write++] = value;
            }
            copiedTo = key + 1;
        }
        write = CopyKeys(start, values, copiedTo, keyCount, newStart, newValues, write);
        newStart[keyCount] = write;
        return (newStart, write == newValues.Length ? newValues : newValues[..write]);
    }

    /// <summary>Copies the values of keys [from, to) as they are, in one block, and their starts moved to where they now stand.</summary>
    private static int CopyKeys(int[] start, int[] values, int from, int to, int[] newStart, int[] newValues, int write)
    {
        var shift = write - start[from];
        for (var key = from; key < to; key++)
            newStart[key] = start[key] + shift;
        var block = values.AsSpan(start[from], start[to] - start[from]);
        block.CopyTo(newValues.AsSpan(write));
        return write + block.Length;
    }

    /// <summary>The same lexicon read the other way round, sharing its storage.</summary>
    public Lexicon Reversed() => new(TargetLanguage, SourceLanguage, new Stems(_targetIds, _targetLookup), new Stems(_sourceIds, _sourceLookup),
        (_backwardStart, _backward), (_forwardStart, _forward));

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
