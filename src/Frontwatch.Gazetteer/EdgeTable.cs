namespace Frontwatch.Gazetteer;

/// <summary>
/// The name trie's edges, frozen: an open-addressing table (power-of-two size, linear probing, at
/// most half full) from an edge key to its child node, the child's name (-1 for none) and whether
/// the child has children. One probe usually reads everything <see cref="NameIndex.Scan"/> needs
/// about a word, where a <c>Dictionary</c> and two lists took three look-ups.
/// </summary>
internal sealed class EdgeTable
{
    private readonly Slot[] _slots;
    private readonly int _shift;

    public EdgeTable(IReadOnlyCollection<(ulong Key, int Child, int Name, bool HasChildren)> edges)
    {
        int bits = 4;
        while ((1 << bits) < edges.Count * 2) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int mask = _slots.Length - 1;
        foreach (var (key, child, name, hasChildren) in edges)
        {
            if (child <= 0) throw new ArgumentException("a child node is never the root (0)", nameof(edges));
            int i = Home(key);
            while (_slots[i].Child != 0)
            {
                if (_slots[i].Key == key) throw new ArgumentException($"edge key {key} given twice", nameof(edges));
                i = (i + 1) & mask;
            }
            _slots[i] = new Slot(key, child, name, hasChildren);
        }
    }

    /// <summary>The child at the end of the edge <paramref name="key"/>, its name (-1 for none) and whether it has children; false when there is no such edge.</summary>
    public bool TryGet(ulong key, out int child, out int name, out bool hasChildren)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Home(key); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Child == 0) break;
            if (slot.Key == key)
            {
                child = slot.Child;
                name = slot.Name;
                hasChildren = slot.HasChildren;
                return true;
            }
        }
        child = 0;
        name = -1;
        hasChildren = false;
        return false;
    }

    // Fibonacci hashing: the top bits of the key times 2^64/φ, so that keys differing only in low bits spread.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // Child 0 (the root, never a child) marks an empty slot.
    private readonly record struct Slot(ulong Key, int Child, int Name, bool HasChildren);
}
