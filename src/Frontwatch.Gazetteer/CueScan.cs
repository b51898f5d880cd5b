using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    /// The starts of runs of ASCII letters and digits at which a match of cue A, and of cue B, can
    /// begin, found in one pass over the text; null when a match can begin elsewhere too (a digit
    /// outside ASCII, a character an ignore-case regex reads as ASCII), and the text is to be
    /// scanned whole. Each cue's gate admits at least the starts its mayStart does, and is asked first;
    /// <paramref name="either"/> is <paramref name="gateA"/> or <paramref name="gateB"/> (<see cref="CueGate.Or"/>).
    /// </summary>
    public static (List<int> A, List<int> B)? Starts(
        string text, CueGate either, CueGate gateA, Func<string, int, bool> mayStartA, CueGate gateB, Func<string, int, bool> mayStartB)
    {
        if (NeedsWholeScan(text)) return null;
        List<int> a = [], b = [];
        int at = 0;
        while ((at = NextStart(text, at, null, either)) >= 0)
        {
            if (gateA.Admits(text, at) && mayStartA(text, at)) a.Add(at);
            if (gateB.Admits(text, at) && mayStartB(text, at)) b.Add(at);
            at++;
        }
        return (a, b);
    }

    /// <summary>
    /// The matches of <paramref name="whole"/> in <paramref name="text"/>, in order, given the
    /// starts at which one can begin (from <see cref="Starts"/>; null to scan the text whole).
    /// <paramref name="anchored"/> is <paramref name="whole"/> with <c>\G</c> in front; it is tried
    /// at each start from the end of the previous match on, which is what the whole-text scan does.
    /// </summary>
    public static IEnumerable<Match> Matches(string text, Regex whole, Regex anchored, List<int>? starts)
    {
        if (starts is null)
        {
            foreach (Match m in whole.Matches(text)) yield return m;
            yield break;
        }
        int at = 0;
        foreach (int start in starts)
        {
            if (start < at) continue;
            var m = anchored.Match(text, start);
            if (!m.Success) continue;
            yield return m;
            // Go on after the match, as Matches does; a match is never empty: each of these cues ends in white space.
            at = m.Index + Math.Max(1, m.Length);
        }
    }

    /// <summary>The end of the run of ASCII letters and digits that starts at <paramref name="start"/>.</summary>
    public static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i;
    }

    // The first start of a run of ASCII letters and digits at or after index that the gate and mayStart, those given, admit; -1 when there is none.
    internal static int NextStart(string text, int index, Func<string, int, bool>? mayStart, CueGate? gate = null)
    {
        var span = text.AsSpan();
        int i = index;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            // Whether the character before the block is a letter or digit: then the block's first one continues a run.
            uint before = i > 0 && char.IsAsciiLetterOrDigit(span[i - 1]) ? 1u : 0u;
            for (; i + Vector256<ushort>.Count <= span.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var isDigit = Vector256.LessThan(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
                var isLetter = Vector256.LessThan((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                uint inWord = (isDigit | isLetter).ExtractMostSignificantBits();
                uint starts = inWord & ~((inWord << 1) | before);
                before = inWord >> (Vector256<ushort>.Count - 1);
                while (starts != 0)
                {
                    int start = i + BitOperations.TrailingZeroCount(starts);
                    if ((gate is null || gate.Admits(text, start)) && (mayStart is null || mayStart(text, start))) return start;
                    starts &= starts - 1;
                }
            }
        }
        for (; i < span.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(span[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(span[i - 1])) && (gate is null || gate.Admits(text, i)) && (mayStart is null || mayStart(text, i)))
                return i;
        }
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
