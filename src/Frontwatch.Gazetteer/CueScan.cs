using System.Buffers;
using System.Text.RegularExpressions;

namespace Frontwatch.Gazetteer;

/// <summary>
/// The matches <c>regex.Matches(text)</c> gives, found by trying the regex only at the word starts
/// where one of its matches can begin. For cue regexes whose every match starts at a word
/// boundary with one of a few ASCII words ("near", "villages", a number): most of a report's
/// words are never tried. The regex is tried anchored (<c>\G</c>) at each admitted start from the
/// end of the previous match on, which is what the whole-text scan does at every position.
/// </summary>
internal static class CueScan
{
    // Characters outside ASCII that an ignore-case regex may read as an ASCII letter (Kelvin sign,
    // long s, dotted and dotless i): a text holding one is scanned whole.
    private static readonly SearchValues<char> CaseTraps = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>
    /// The matches of <paramref name="whole"/> in <paramref name="text"/>, in order.
    /// <paramref name="anchored"/> is <paramref name="whole"/> with <c>\G</c> in front, and
    /// <paramref name="mayStart"/> admits every maximal run of ASCII letters and digits
    /// (text, start, end) at which a match of it can begin; a match can begin nowhere else,
    /// except at a digit outside ASCII, and then the text is scanned whole.
    /// </summary>
    public static IEnumerable<Match> Matches(string text, Regex whole, Regex anchored, Func<string, int, int, bool> mayStart)
    {
        if (NeedsWholeScan(text))
        {
            foreach (Match m in whole.Matches(text)) yield return m;
            yield break;
        }
        int from = 0, at = 0;
        while ((at = NextStart(text, at, from, mayStart, out int end)) >= 0)
        {
            var m = anchored.Match(text, at);
            if (m.Success)
            {
                yield return m;
                // A match is never empty: each of these cues ends in white space.
                from = m.Index + Math.Max(1, m.Length);
            }
            at = end;
        }
    }

    // The next run of ASCII letters and digits from index on that starts at or after from and that
    // mayStart admits; -1 when there is none.
    private static int NextStart(string text, int index, int from, Func<string, int, int, bool> mayStart, out int end)
    {
        int i = index;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
            if (i > start && start >= from && mayStart(text, start, i))
            {
                end = i;
                return start;
            }
        }
        end = text.Length;
        return -1;
    }

    /// <summary>True when the word after the white space at <paramref name="end"/> starts with <paramref name="lower"/> in either case.</summary>
    public static bool NextWordStartsWith(string text, int end, char lower)
    {
        int i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i > end && i < text.Length && (text[i] | 0x20) == lower;
    }

    private static bool NeedsWholeScan(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(CaseTraps)) return true;
        for (int i = 0; i < span.Length; i++)
        {
            int k = span[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (k < 0) return false;
            i += k;
            if (char.IsDigit(span[i])) return true;
        }
        return false;
    }
}
