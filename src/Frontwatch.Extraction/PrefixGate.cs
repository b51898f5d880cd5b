using System.Buffers;
using System.Text.RegularExpressions;

namespace Frontwatch.Extraction;

/// <summary>Whether a text may hold a match of any of several regular expressions, told by one search for all their literal prefixes.</summary>
/// <remarks>
/// A match of each regex starts where one of its <see cref="LiteralPrefixes"/> stands, so where none of
/// the prefixes of any of them stands, none of them matches and their own searches can be skipped. As in
/// <see cref="PrefilteredRegex"/>, a text holding a non-ASCII case variant of an ASCII letter, or a regex
/// with no prefix set, may always match.
/// </remarks>
internal sealed class PrefixGate
{
    // The search finds each prefix up to its first space (a space stands for any white space).
    private readonly SearchValues<string>? _starts;

    // The whole prefixes by first character: most hits of a common first word ("is", "not") stand in no whole prefix.
    private readonly string[]?[]? _prefixesByFirst;

    /// <summary>A gate for <paramref name="regexes"/>.</summary>
    public PrefixGate(params Regex[] regexes)
    {
        var prefixes = new List<string>();
        foreach (var regex in regexes)
        {
            if (regex.RightToLeft || LiteralPrefixes.Of(regex.ToString()) is not { } own) return;
            prefixes.AddRange(own);
        }
        var starts = prefixes.Select(p => p.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();
        if (starts.Length == 0 || starts.Any(s => s.Length == 0)) return;
        _starts = SearchValues.Create(starts, StringComparison.OrdinalIgnoreCase);
        _prefixesByFirst = [.. Enumerable.Range(0, 128).Select(c => prefixes.Where(p => p[0] == c).ToArray() is { Length: > 0 } b ? b : null)];
    }

    /// <summary>False only when none of the regexes matches anywhere in <paramref name="input"/>.</summary>
    public bool MayMatchIn(ReadOnlySpan<char> input)
    {
        if (_starts is null || input.ContainsAny(AsciiCaseVariants.All)) return true;
        for (int at = 0; at < input.Length; at++)
        {
            int hit = input[at..].IndexOfAny(_starts);
            if (hit < 0) return false;
            at += hit;
            char c = char.ToLowerInvariant(input[at]);
            if (c >= 128) return true;
            foreach (string prefix in _prefixesByFirst![c] ?? [])
                if (LiteralPrefixes.IsPrefixOf(prefix, input[at..])) return true;
        }
        return false;
    }
}
