using System.Runtime.InteropServices;

namespace Sverka.Core.Scoring;

/// <summary>
/// Gives each distinct anchor key (a number, a month, a name skeleton) a dense id shared by both sides of a bitext,
/// so that matching anchors is comparing integers. One per bitext; both sides may intern at once (the ids then
/// depend on timing, which nothing downstream sees: ids are only compared, never ordered).
/// </summary>
public sealed class KeyInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty interner.</summary>
    public KeyInterner() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct keys there are; ids run from 0 to this, exclusive.</summary>
    public int Count
    {
        get
        {
            lock (_ids)
                return _ids.Count;
        }
    }

    /// <summary>The id of a key, added if new.</summary>
    public int Intern(ReadOnlySpan<char> key)
    {
        lock (_ids)
        {
            if (_lookup.TryGetValue(key, out var id))
                return id;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, key.ToString(), out _);
            slot = _ids.Count - 1;
            return slot;
        }
    }
}
