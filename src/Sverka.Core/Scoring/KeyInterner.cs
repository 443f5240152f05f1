using System.Runtime.InteropServices;

namespace Sverka.Core.Scoring;

/// <summary>
/// Gives each distinct anchor key (a number, a month, a name skeleton) a dense id, so that matching anchors is
/// comparing integers. Each side of a bitext interns into its own interner, with no lock between the two threads
/// that extract them; the target's ids are then brought into the source's with <see cref="Absorb"/>.
/// Not thread-safe.
/// </summary>
public sealed class KeyInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _keys = [];

    /// <summary>Creates an empty interner.</summary>
    public KeyInterner() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct keys there are; ids run from 0 to this, exclusive.</summary>
    public int Count => _keys.Count;

    /// <summary>The id of a key, added if new.</summary>
    public int Intern(ReadOnlySpan<char> key)
    {
        if (_lookup.TryGetValue(key, out var id))
            return id;
        var text = key.ToString();
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, text, out _);
        slot = _keys.Count;
        _keys.Add(text);
        return slot;
    }

    /// <summary>
    /// Interns every key of <paramref name="other"/> here; returns, for each of its ids, the id the same key has
    /// here. The ids of this interner do not change.
    /// </summary>
    public int[] Absorb(KeyInterner other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var map = new int[other.Count];
        for (var id = 0; id < map.Length; id++)
            map[id] = Intern(other._keys[id]);
        return map;
    }
}
