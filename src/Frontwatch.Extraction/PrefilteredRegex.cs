using System.Buffers;
using System.Text.RegularExpressions;

namespace Frontwatch.Extraction;

/// <summary>
/// A regular expression tried only where one of its literal prefixes (<see cref="LiteralPrefixes"/>)
/// starts: the same matches as scanning with it, found by a vectorised multi-string search and one
/// anchored attempt at each hit.
/// </summary>
/// <remarks>
/// A generated regex scans by trying every position whose first character could start a match; for
/// patterns whose alternatives start with common letters ("its", "the enemy", "Russian") that is
/// nearly every word. Here only the positions where a whole prefix stands are tried. It is built from
/// the regex and the same pattern anchored with <c>\G</c>, two [GeneratedRegex] over one const
/// pattern. Without a prefix set, or on input holding a non-ASCII case variant of an ASCII letter
/// (<see cref="AsciiCaseVariants"/>), it scans as the plain regex does.
/// </remarks>
internal sealed partial class PrefilteredRegex
{
    private readonly Regex _scan;
    private readonly Regex _anchored;
    private readonly SearchValues<string>? _starts;

    // The pattern opens with \b: a hit inside a word (a word character before a word character) cannot start a match.
    private readonly bool _wordStart;

    // The whole prefixes (the search finds only their first words), by first character: a hit of "the" for
    // "the enemy" is tried only where "the enem" stands, which rules out most hits of a common word for the
    // price of a few character compares instead of a regex attempt.
    private readonly string[]?[]? _prefixesByFirst;

    /// <summary>Wraps <paramref name="scan"/>; <paramref name="anchored"/> must be its pattern as <c>\G(?:pattern)</c>.</summary>
    public PrefilteredRegex(Regex scan, Regex anchored)
    {
        var sameOptions = ~(RegexOptions.NonBacktracking | RegexOptions.Compiled);
        if (anchored.ToString() != $@"\G(?:{scan})" || (anchored.Options & sameOptions) != (scan.Options & sameOptions) || anchored.RightToLeft || (anchored.Options & RegexOptions.NonBacktracking) != 0)
            throw new ArgumentException($"the anchored regex must be \\G(?:{scan}) with the same options, backtracking", nameof(anchored));
        // Callers read groups by the number the plain regex gives them.
        if (!scan.GetGroupNames().SequenceEqual(anchored.GetGroupNames()) || !scan.GetGroupNumbers().SequenceEqual(anchored.GetGroupNumbers())
            || scan.GetGroupNames().Any(n => scan.GroupNumberFromName(n) != anchored.GroupNumberFromName(n)))
            throw new ArgumentException("the anchored regex numbers its groups differently", nameof(anchored));
        _scan = scan;
        _anchored = anchored;
        // The search takes each prefix up to its first space (a space stands for any white space).
        var prefixes = LiteralPrefixes.Of(scan.ToString());
        var starts = prefixes?.Select(p => p.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();
        if (starts is { Length: > 0 } && starts.All(p => p.Length > 0)) _starts = SearchValues.Create(starts, StringComparison.OrdinalIgnoreCase);
        if (_starts is not null)
            _prefixesByFirst = [.. Enumerable.Range(0, 128).Select(c => prefixes!.Where(p => p[0] == c).ToArray() is { Length: > 0 } b ? b : null)];
        string body = LeadingOptions().Replace(scan.ToString(), "");
        _wordStart = body.StartsWith(@"\b", StringComparison.Ordinal) && !HasTopLevelAlternation(body);
    }

    /// <summary>The regex as written, which scans every position.</summary>
    public Regex Plain => _scan;

    /// <summary>Whether a prefix set was derived (else every call scans as the plain regex).</summary>
    public bool Prefiltered => _starts is not null;

    /// <summary>The first match at or after <paramref name="startat"/>, as <c>scan.Match(input, startat)</c> finds it.</summary>
    public Match Match(string input, int startat = 0)
    {
        if (_starts is null || input.AsSpan(startat).ContainsAny(AsciiCaseVariants.All)) return _scan.Match(input, startat);
        return MatchAtPrefixes(input, startat);
    }

    // Match, on input known to hold no case variant of an ASCII letter.
    private Match MatchAtPrefixes(string input, int startat)
    {
        for (int at = startat; at < input.Length; at++)
        {
            int hit = input.AsSpan(at).IndexOfAny(_starts!);
            if (hit < 0) break;
            at += hit;
            if (InsideWord(input, at) || !WholePrefixAt(input, at)) continue;
            var m = _anchored.Match(input, at);
            if (m.Success) return m;
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>Every match, left to right, as <c>scan.Matches(input)</c> finds them.</summary>
    public IEnumerable<Match> Matches(string input)
    {
        if (_starts is null || input.AsSpan().ContainsAny(AsciiCaseVariants.All))
        {
            foreach (Match m in _scan.Matches(input)) yield return m;
            yield break;
        }
        // Every match starts with a prefix, so none is empty and the next is searched from the end of the last.
        for (var m = MatchAtPrefixes(input, 0); m.Success; m = MatchAtPrefixes(input, m.Index + m.Length))
            yield return m;
    }

    /// <summary>Whether <paramref name="input"/> holds a match, as <c>scan.IsMatch(input)</c> says.</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => IndexIn(input) >= 0;

    /// <summary>Where the first match in <paramref name="input"/> starts, as <c>scan</c> finds it; -1 when there is none.</summary>
    public int IndexIn(ReadOnlySpan<char> input)
    {
        if (_starts is null || input.ContainsAny(AsciiCaseVariants.All))
        {
            foreach (var m in _scan.EnumerateMatches(input)) return m.Index;
            return -1;
        }
        for (int at = 0; at < input.Length; at++)
        {
            int hit = input[at..].IndexOfAny(_starts);
            if (hit < 0) return -1;
            at += hit;
            if (InsideWord(input, at) || !WholePrefixAt(input, at)) continue;
            if (_anchored.IsMatch(input, at)) return at;
        }
        return -1;
    }

    // "\ba|b": the \b holds only for the first alternative.
    private static bool HasTopLevelAlternation(string pattern)
    {
        int depth = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    // Whether one of the whole prefixes starts at a hit of a first word.
    private bool WholePrefixAt(ReadOnlySpan<char> input, int at)
    {
        char c = char.ToLowerInvariant(input[at]);
        if (c >= 128) return true;
        foreach (string prefix in _prefixesByFirst![c] ?? [])
            if (LiteralPrefixes.IsPrefixOf(prefix, input[at..])) return true;
        return false;
    }

    // A pattern that opens with \b cannot match between two characters \w certainly matches.
    private bool InsideWord(ReadOnlySpan<char> input, int at) => _wordStart && at > 0 && IsWordCharacter(input[at - 1]) && IsWordCharacter(input[at]);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"^(?:\(\?[a-zA-Z-]+\))+")]
    private static partial Regex LeadingOptions();
}
