using System.Buffers;
using System.Text.RegularExpressions;

namespace Frontwatch.Extraction;

/// <summary>
/// A regular expression each of whose matches is a run of lead words set off by white space and then
/// a key word ("Russian military analyst Michael Kofman": the lead words "Russian" and "military", then
/// the key "analyst"): the same matches as scanning with it, found by an anchored attempt only at each
/// hit of a key and at the lead words before it.
/// </summary>
/// <remarks>
/// Unlike <see cref="PrefilteredRegex"/> with a key, the number of words before a hit is not bounded:
/// the walk back goes on over whole lead words and stops at the first other word, after trying where a
/// lead word ends it (a pattern without <c>\b</c> may start a match inside a word). Keys and lead words
/// are literals compared ASCII case-insensitively; on input holding a non-ASCII case variant of an
/// ASCII letter (<see cref="AsciiCaseVariants"/>) it scans as the plain regex does.
/// </remarks>
internal sealed class LeadWordRegex
{
    private readonly Regex _scan;
    private readonly Regex _anchored;
    private readonly SearchValues<string> _keys;
    private readonly string[] _leadWords;

    // Bit c set: some lead word ends with ASCII character c, in lower case; a word ending otherwise ends no lead word.
    private readonly ulong[] _lastCharacters = new ulong[2];

    /// <summary>
    /// Wraps <paramref name="scan"/>; <paramref name="anchored"/> must be its pattern as <c>\G(?:pattern)</c>. Every match
    /// of <paramref name="scan"/> must be zero or more of <paramref name="leadWords"/>, each followed by white space (the
    /// first may end a longer word), and then a match starting with one of <paramref name="keys"/>.
    /// </summary>
    public LeadWordRegex(Regex scan, Regex anchored, IEnumerable<string> keys, IEnumerable<string> leadWords)
    {
        var sameOptions = ~(RegexOptions.NonBacktracking | RegexOptions.Compiled);
        if (anchored.ToString() != $@"\G(?:{scan})" || (anchored.Options & sameOptions) != (scan.Options & sameOptions) || anchored.RightToLeft)
            throw new ArgumentException($"the anchored regex must be \\G(?:{scan}) with the same options", nameof(anchored));
        // Callers read groups by the number the plain regex gives them.
        if (!scan.GetGroupNames().SequenceEqual(anchored.GetGroupNames()) || !scan.GetGroupNumbers().SequenceEqual(anchored.GetGroupNumbers()))
            throw new ArgumentException("the anchored regex numbers its groups differently", nameof(anchored));
        string[] keyList = [.. keys];
        _leadWords = [.. leadWords];
        if (keyList.Length == 0 || keyList.Any(k => k.Length == 0 || k.Any(char.IsWhiteSpace)) || _leadWords.Any(w => w.Length == 0 || w.Any(char.IsWhiteSpace)))
            throw new ArgumentException("keys and lead words must be single words");
        _leadWords = [.. _leadWords.Select(w => w.ToLowerInvariant())];
        // The walk back compares c | 0x20 with each character: right for letters and for what that leaves alone ('.', '\'', '-').
        if (_leadWords.Any(w => w.Any(c => c >= 0x80 || (c | 0x20) != c)))
            throw new ArgumentException("lead words must be ASCII letters and characters such as . ' -", nameof(leadWords));
        foreach (string lead in _leadWords) _lastCharacters[lead[^1] >> 6] |= 1UL << lead[^1];
        _scan = scan;
        _anchored = anchored;
        _keys = SearchValues.Create(keyList, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The regex as written, which scans every position.</summary>
    public Regex Plain => _scan;

    /// <summary>Every match, left to right, as <c>scan.Matches(input)</c> finds them.</summary>
    public List<Match> Matches(string input)
    {
        var found = new List<Match>();
        if (input.AsSpan().ContainsAny(AsciiCaseVariants.All))
        {
            foreach (Match m in _scan.Matches(input)) found.Add(m);
            return found;
        }
        int resume = 0;
        foreach (int at in Candidates(input))
        {
            if (at < resume || _anchored.Match(input, at) is not { Success: true } m) continue;
            found.Add(m);
            resume = m.Index + Math.Max(1, m.Length);
        }
        return found;
    }

    // Where a match may start, ascending: each hit of a key and, walking back, where each lead word before it starts.
    private List<int> Candidates(ReadOnlySpan<char> input)
    {
        var candidates = new List<int>();
        for (int at = 0; at < input.Length; at++)
        {
            int hit = input[at..].IndexOfAny(_keys);
            if (hit < 0) break;
            at += hit;
            candidates.Add(at);
            int start = at;
            while (start > 0 && char.IsWhiteSpace(input[start - 1]))
            {
                int end = start - 1;
                while (end > 0 && char.IsWhiteSpace(input[end - 1])) end--;
                if (end == 0) break;
                int begin = end;
                while (begin > 0 && !char.IsWhiteSpace(input[begin - 1])) begin--;
                var word = input[begin..end];
                char last = (char)(word[^1] | 0x20);
                if (last >= 0x80 || (_lastCharacters[last >> 6] & (1UL << last)) == 0) break;
                bool whole = false;
                foreach (string lead in _leadWords)
                {
                    if (!EndsWith(word, lead)) continue;
                    candidates.Add(end - lead.Length);
                    whole |= lead.Length == word.Length;
                }
                if (!whole) break;
                start = begin;
            }
        }
        candidates.Sort();
        int distinct = 0;
        for (int i = 0; i < candidates.Count; i++)
            if (distinct == 0 || candidates[distinct - 1] != candidates[i]) candidates[distinct++] = candidates[i];
        candidates.RemoveRange(distinct, candidates.Count - distinct);
        return candidates;
    }

    // Whether word ends with lead (lower case ASCII), ASCII letters compared in either case; c | 0x20 lets a few other
    // characters through as well, which only adds a candidate.
    private static bool EndsWith(ReadOnlySpan<char> word, string lead)
    {
        if (word.Length < lead.Length) return false;
        int offset = word.Length - lead.Length;
        for (int k = lead.Length - 1; k >= 0; k--)
            if ((word[offset + k] | 0x20) != lead[k]) return false;
        return true;
    }
}
