using System.Numerics;
using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>The event triggers of data/event-triggers.tsv, found by regular expressions tried only where a row's literal start is.</summary>
public sealed class TriggerLexicon
{
    // The rows are matched in parts of a few rows each: within a part, matches do not overlap and
    // an earlier row wins at the same start (its alternation order); overlaps between parts are
    // settled by Find. The grouping is part of the result, not only of the speed.
    private const int RowsPerRegex = 8;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly Part[] _parts;
    private readonly (ClaimKind Kind, TriggerEffect Effect)[] _rows;

    // Each row's regex anchored at a given start (\G), with the part's word boundaries.
    private readonly Regex[] _anchoredRows;

    // The literal prefixes of the rows (LiteralPrefixes) with the rows they start (a bit per row),
    // by the first three characters of the prefix folded as Fold does ([first * 128 + second][third]);
    // null when some row has no prefix that starts with a letter or digit, and every sentence is scanned.
    // Three, not two: the ~20 prefixes of "in " ("in compl", "in full", ...) are not compared at "into", "including".
    private readonly (string Prefix, ulong Rows)[]?[]?[]? _prefixesByStart;

    private sealed record Part(Regex Scan, int FirstRow, Regex[] Rows);

    private TriggerLexicon(List<(ClaimKind, TriggerEffect, string)> rows)
    {
        _rows = [.. rows.Select(r => (r.Item1, r.Item2))];
        var parts = new List<Part>();
        for (int first = 0; first < rows.Count; first += RowsPerRegex)
        {
            var part = rows.Skip(first).Take(RowsPerRegex).Select(r => r.Item3).ToList();
            string alternation = @"\b(?:" + string.Join('|', part.Select(p => "(?:" + p + ")")) + @")\b";
            // NonBacktracking runs in time linear in the text (its automaton has a size limit, hence the parts).
            parts.Add(new Part(new Regex(alternation, Options | RegexOptions.NonBacktracking), first, [.. part.Select(p => new Regex(@"^(?:" + p + @")\z", Options | RegexOptions.Compiled))]));
        }
        _parts = [.. parts];
        // At one given start, backtracking is cheap. The row regexes are small and run on most sentences, so they are compiled:
        // compiling 36 rows adds no measurable time to a CLI call (1.4-1.7 s either way), and halves their share of Extract.
        _anchoredRows = [.. rows.Select(r => new Regex(@"\G\b(?:" + r.Item3 + @")\b", Options | RegexOptions.Compiled))];
        _prefixesByStart = PrefixesByStart([.. rows.Select(r => LiteralPrefixes.Of(r.Item3))]);
    }

    private static (string, ulong)[]?[]?[]? PrefixesByStart(List<IReadOnlyList<string>?> prefixes)
    {
        if (prefixes.Count > 64) return null;
        var rows = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int row = 0; row < prefixes.Count; row++)
        {
            if (prefixes[row] is not { } starts) return null;
            foreach (string start in starts)
            {
                // A match starts at \b, and Find looks only at word starts, so a prefix must start a word.
                if (!char.IsAsciiLetterOrDigit(start[0])) return null;
                rows[start] = rows.GetValueOrDefault(start) | (1UL << row);
            }
        }
        // A prefix shorter than three characters stands in the bucket of every character it does not name.
        var table = new List<(string, ulong)>?[]?[128 * 128];
        foreach (var (start, mask) in rows)
            for (int second = 0; second < 128; second++)
            {
                if (start.Length > 1 && start[1] != second) continue;
                var byThird = table[start[0] * 128 + second] ??= new List<(string, ulong)>?[128];
                for (int third = 0; third < 128; third++)
                    if (start.Length <= 2 || start[2] == third) (byThird[third] ??= []).Add((start, mask));
            }
        return [.. table.Select(byThird => byThird is null ? null : byThird.Select(bucket => bucket?.ToArray()).ToArray())];
    }

    // A character of the text as a prefix character it may match: white space as ' ', ASCII in lower case, 0 for any other
    // (which no prefix holds: the sentence has no case variant of an ASCII letter).
    private static int Fold(char c) => char.IsWhiteSpace(c) ? ' ' : char.IsAscii(c) ? char.ToLowerInvariant(c) : 0;

    /// <summary>Reads the trigger file; a malformed row is an error naming the file and line.</summary>
    public static TriggerLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: trigger lexicon not found");
        var rows = new List<(ClaimKind, TriggerEffect, string)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 3 || !Enum.TryParse<ClaimKind>(c[0], true, out var kind) || !Enum.TryParse<TriggerEffect>(c[1], true, out var effect))
                throw new InvalidDataException($"{path}: line {lineNo}: expected kind, effect, pattern");
            try
            {
                _ = new Regex(c[2], RegexOptions.NonBacktracking);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw new InvalidDataException($"{path}: line {lineNo}: bad pattern ({e.Message})");
            }
            rows.Add((kind, effect, c[2]));
        }
        return new TriggerLexicon(rows);
    }

    /// <summary>The triggers in text[span], left to right; where two overlap, the earlier and then longer one wins.</summary>
    public List<EventTrigger> Find(string text, TextSpan span)
    {
        if (_prefixesByStart is null || text.AsSpan(span.Start, span.Length).ContainsAny(AsciiCaseVariants.All)) return FindByScanning(text, span);
        var found = new List<(EventTrigger Trigger, int Row)>();
        FindAtPrefixes(text, span, found);
        return Settle(found);
    }

    /// <summary>What <see cref="Find"/> returns, found by scanning the whole span with each part's regex.</summary>
    internal List<EventTrigger> FindByScanning(string text, TextSpan span)
    {
        var found = new List<(EventTrigger Trigger, int Row)>();
        foreach (var part in _parts)
            foreach (var m in part.Scan.EnumerateMatches(text.AsSpan(span.Start, span.Length)))
                Add(text, span.Start + m.Index, m.Length, part, ulong.MaxValue, found);
        return Settle(found);
    }

    private static List<EventTrigger> Settle(List<(EventTrigger Trigger, int Row)> found)
    {
        found.Sort((a, b) => a.Trigger.Span.Start != b.Trigger.Span.Start ? a.Trigger.Span.Start.CompareTo(b.Trigger.Span.Start)
            : a.Trigger.Span.End != b.Trigger.Span.End ? b.Trigger.Span.End.CompareTo(a.Trigger.Span.End) : a.Row.CompareTo(b.Row));
        var result = new List<EventTrigger>(found.Count);
        foreach (var (t, _) in found)
            if (result.Count == 0 || result[^1].Span.End <= t.Span.Start) result.Add(t);
        return result;
    }

    // The same matches as scanning each part over the sentence. A part's next match is the first
    // start at or after the end of its last one where its regex matches, which there is the match
    // of its first row (in file order) that matches there. A row can only match where one of its
    // prefixes starts a word, so only those rows are tried, at only those starts.
    private void FindAtPrefixes(string text, TextSpan span, List<(EventTrigger, int)> found)
    {
        var sentence = text.AsSpan(span.Start, span.Length);
        Span<int> resume = stackalloc int[_parts.Length];
        bool inWord = false;
        for (int at = 0; at < sentence.Length; at++)
        {
            char c = sentence[at];
            bool wordStart = !inWord;
            inWord = char.IsLetterOrDigit(c) || c == '_';
            if (!inWord || !wordStart || !char.IsAscii(c)) continue;
            int second = at + 1 < sentence.Length ? Fold(sentence[at + 1]) : 0;
            var byThird = _prefixesByStart![char.ToLowerInvariant(c) * 128 + second];
            if (byThird is null) continue;
            var bucket = byThird[at + 2 < sentence.Length ? Fold(sentence[at + 2]) : 0];
            if (bucket is null) continue;
            ulong startable = 0;
            foreach (var (prefix, mask) in bucket)
                if ((startable | mask) != startable && LiteralPrefixes.IsPrefixOf(prefix, sentence[at..])) startable |= mask;
            for (ulong rows = startable; rows != 0; rows &= rows - 1)
            {
                int row = BitOperations.TrailingZeroCount(rows), p = row / RowsPerRegex;
                // A match of the part at or after this start has been found already.
                if (at < resume[p]) continue;
                foreach (var m in _anchoredRows[row].EnumerateMatches(sentence, at))
                {
                    Add(text, span.Start + m.Index, m.Length, _parts[p], startable >> _parts[p].FirstRow, found);
                    resume[p] = m.Index + m.Length;
                    break;
                }
            }
        }
    }

    // The row of a part's match is the first whose own regex matches the whole span: the alternative
    // the match came from. Rows (bit 0: the part's first) lists those that may match there at all.
    private void Add(string text, int start, int length, Part part, ulong rows, List<(EventTrigger, int)> found)
    {
        int row = 0;
        while (row < part.Rows.Length && ((rows >> row & 1) == 0 || !part.Rows[row].IsMatch(text.AsSpan(start, length)))) row++;
        if (row == part.Rows.Length) return;
        int end = start + length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var (kind, effect) = _rows[part.FirstRow + row];
        found.Add((new EventTrigger(kind, effect, new TextSpan(start, end)), part.FirstRow + row));
    }
}
