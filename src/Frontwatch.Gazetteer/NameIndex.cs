using System.Buffers;

namespace Frontwatch.Gazetteer;

/// <summary>A place name found in text: its span and the gazetteer entries it may denote.</summary>
public readonly record struct NameMatch(int Start, int End, ReadOnlyMemory<NameCandidate> Candidates)
{
    /// <summary>Which of the index's names matched (0 to <see cref="NameIndex.NameCount"/> − 1), or -1 when not known.</summary>
    public int Name { get; init; } = -1;
}

/// <summary>One gazetteer entry a name may denote; <see cref="Primary"/> when the name is its main or ASCII name.</summary>
public readonly record struct NameCandidate(int Place, bool Primary);

/// <summary>
/// The multi-pattern matcher over folded names. Names are sequences of folded words; the index
/// is a trie whose edges are word hashes (parent node, word) → child, held in one hash table.
/// Every name starts at a capitalised word, so the scan jumps from one capital letter to the
/// next with a vectorised search and walks the trie from there: one pass, no per-name work,
/// and because matches only start at word starts no failure links are needed.
/// Words are keyed by a 64-bit hash; a collision (odds about 1e-7 per report) would yield a
/// spurious candidate that disambiguation still has to accept.
/// </summary>
public sealed class NameIndex
{
    private const int MaxNameWords = 10;
    private static readonly SearchValues<char> Capitals = BuildCapitals();

    private readonly Dictionary<ulong, int> _edges = [];
    private readonly List<bool> _hasChildren = [false];
    private readonly List<int> _terminal = [-1];
    private readonly List<List<NameCandidate>> _candidateLists = [];
    private NameCandidate[][] _candidates = [];
    private EdgeTable _table = new([]);

    // The edges from the root (a name's first word), as bits of a table small enough to stay in cache: most capitalised
    // words in a text start no name, and a clear bit rules one out before a probe of the much larger edge table.
    private readonly HashSet<ulong> _rootEdges = [];
    private ulong[] _firstWords = [0];
    private int _firstWordShift = 58;

    /// <summary>Number of distinct folded names indexed.</summary>
    public int NameCount => _candidateLists.Count;

    /// <summary>Adds one spelling of a place; names that cannot be folded or start lower-case are ignored.</summary>
    public void Add(string name, int place, bool primary)
    {
        var words = NameFolding.Words(name);
        if (words.Count is 0 or > MaxNameWords || !char.IsUpper(name[words[0].Start])) return;
        Span<char> buf = stackalloc char[NameFolding.MaxTokenLength * 4];
        int node = 0;
        foreach (var (start, length) in words)
        {
            int len = NameFolding.FoldToken(name.AsSpan(start, length), buf);
            // One- and two-letter names ("In", "Ob") are codes or function words far more often than places.
            if (len < 0 || (words.Count == 1 && len < 3)) return;
            ulong key = Edge(node, Hash(buf[..len]));
            if (node == 0) _rootEdges.Add(key);
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _terminal.Count;
                _terminal.Add(-1);
                _hasChildren.Add(false);
                _edges[key] = child;
                _hasChildren[node] = true;
            }
            node = child;
        }
        if (_terminal[node] < 0)
        {
            _terminal[node] = _candidateLists.Count;
            _candidateLists.Add([]);
        }
        var list = _candidateLists[_terminal[node]];
        int existing = list.FindIndex(c => c.Place == place);
        if (existing < 0) list.Add(new NameCandidate(place, primary));
        else if (primary) list[existing] = new NameCandidate(place, true);
    }

    /// <summary>Freezes the candidate lists; call once after the last <see cref="Add"/>.</summary>
    public void Seal()
    {
        _candidates = [.. _candidateLists.Select(l => l.ToArray())];
        _table = new EdgeTable([.. _edges.Select(e => (e.Key, e.Value, _terminal[e.Value], _hasChildren[e.Value]))]);
        // About 16 bits per first word (a few per cent of other words pass), at most 2^21 bits (256 KB).
        int bits = 6;
        while (bits < 21 && (1 << bits) < _rootEdges.Count * 16) bits++;
        _firstWords = new ulong[(1 << bits) / 64];
        _firstWordShift = 64 - bits;
        foreach (ulong key in _rootEdges)
        {
            int bit = FirstWordBit(key);
            _firstWords[bit >> 6] |= 1UL << bit;
        }
    }

    // A different mix from the edge table's, so that the two do not collide on the same keys.
    private int FirstWordBit(ulong key) => (int)(((key ^ (key >> 29)) * 0xBF58476D1CE4E5B9UL) >> _firstWordShift);

    private bool MayBeFirstWord(ulong key)
    {
        int bit = FirstWordBit(key);
        return (_firstWords[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The entries the name numbered <paramref name="name"/> may denote (see <see cref="NameMatch.Name"/>).</summary>
    public ReadOnlyMemory<NameCandidate> CandidatesOf(int name) => _candidates[name];

    /// <summary>Finds every longest, left-most name in <paramref name="text"/>, in order.</summary>
    public void Scan(ReadOnlySpan<char> text, List<NameMatch> matches)
    {
        Span<char> buf = stackalloc char[NameFolding.MaxTokenLength * 4];
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(Capitals);
            if (k < 0) break;
            i += k;
            if (i > 0 && (NameFolding.IsWordChar(text[i - 1]) || NameFolding.IsApostrophe(text[i - 1])))
            {
                i = SkipWord(text, i);
                continue;
            }

            int node = 0, pos = i, bestEnd = -1, bestTerminal = -1;
            for (int w = 0; w < MaxNameWords; w++)
            {
                int end = ReadWord(text, pos, buf, out int len, out int after);
                if (len < 0) break;
                ulong key = Edge(node, Hash(buf[..len]));
                if ((node == 0 && !MayBeFirstWord(key)) || !_table.TryGet(key, out node, out int name, out bool hasChildren)) break;
                if (name >= 0) { bestEnd = end; bestTerminal = name; }
                if (!hasChildren) break;
                // A name continues over one space or hyphen only, never across punctuation or a line break.
                if (after + 1 >= text.Length || text[after] is not (' ' or '-' or '\u00A0') || !NameFolding.IsWordChar(text[after + 1])) break;
                pos = after + 1;
            }

            if (bestEnd >= 0)
            {
                matches.Add(new NameMatch(i, bestEnd, _candidates[bestTerminal]) { Name = bestTerminal });
                i = bestEnd;
            }
            else i = SkipWord(text, i);
        }
    }

    // Reads one word at pos into buf (folded); returns the end of the word's span. An inner apostrophe
    // is dropped (Pokrovs'k); a possessive 's ends the word before the apostrophe (Kurakhove's).
    private static int ReadWord(ReadOnlySpan<char> text, int pos, Span<char> buf, out int folded, out int after)
    {
        int i = pos;
        after = -1;
        while (i < text.Length)
        {
            char c = text[i];
            if (NameFolding.IsWordChar(c)) { i++; continue; }
            if (NameFolding.IsApostrophe(c) && i + 1 < text.Length && NameFolding.IsWordChar(text[i + 1]))
            {
                bool possessive = text[i + 1] is 's' && (i + 2 >= text.Length || !NameFolding.IsWordChar(text[i + 2]));
                if (possessive) { after = i + 2; break; }
                i++;
                continue;
            }
            break;
        }
        folded = i - pos > NameFolding.MaxTokenLength ? -1 : NameFolding.FoldToken(text[pos..i], buf);
        if (after < 0) after = i;
        return i;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && (NameFolding.IsWordChar(text[i]) || NameFolding.IsApostrophe(text[i]))) i++;
        return i > start ? i : start + 1;
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word) h = (h ^ c) * 1099511628211UL;
        return h;
    }

    private static ulong Edge(int parent, ulong word) =>
        parent == 0 ? word : word ^ (((ulong)parent + 1) * 0x9E3779B97F4A7C15UL);

    private static SearchValues<char> BuildCapitals()
    {
        var caps = new List<char>();
        for (int c = 'A'; c < 0x0530; c++)
            if (char.IsUpper((char)c) && (c < 0x0370 || c >= 0x0400)) caps.Add((char)c);
        return SearchValues.Create([.. caps]);
    }
}
