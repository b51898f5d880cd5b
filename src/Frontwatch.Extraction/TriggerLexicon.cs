using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>The event triggers of data/event-triggers.tsv, compiled into one regular expression.</summary>
public sealed class TriggerLexicon
{
    // NonBacktracking runs in time linear in the text and is ~50x faster here than a compiled
    // backtracking regex; its automaton has a size limit, so the rows are split into a few regexes.
    private const int RowsPerRegex = 8;

    // Each part finds where its rows match, without capture groups: working out a match's groups is
    // NonBacktracking's slowest phase. The row is then the first whose own regex matches the whole
    // span, which is the alternative the part's match came from.
    private readonly (Regex Regex, int FirstRow, Regex[] Rows)[] _parts;
    private readonly (ClaimKind Kind, TriggerEffect Effect)[] _rows;

    private TriggerLexicon(List<(ClaimKind, TriggerEffect, string)> rows)
    {
        _rows = [.. rows.Select(r => (r.Item1, r.Item2))];
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        var parts = new List<(Regex, int, Regex[])>();
        for (int first = 0; first < rows.Count; first += RowsPerRegex)
        {
            var part = rows.Skip(first).Take(RowsPerRegex).Select(r => r.Item3).ToList();
            var regex = new Regex(@"\b(?:" + string.Join('|', part.Select(p => "(?:" + p + ")")) + @")\b", options | RegexOptions.NonBacktracking);
            parts.Add((regex, first, [.. part.Select(p => new Regex(@"^(?:" + p + @")\z", options))]));
        }
        _parts = [.. parts];
    }

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
        var found = new List<(EventTrigger Trigger, int Row)>();
        foreach (var (regex, firstRow, rowRegexes) in _parts)
            foreach (var m in regex.EnumerateMatches(text.AsSpan(span.Start, span.Length)))
            {
                int start = span.Start + m.Index, end = start + m.Length;
                int row = 0;
                while (row < rowRegexes.Length && !rowRegexes[row].IsMatch(text.AsSpan(start, m.Length))) row++;
                if (row == rowRegexes.Length) continue;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                var (kind, effect) = _rows[firstRow + row];
                found.Add((new EventTrigger(kind, effect, new TextSpan(start, end)), firstRow + row));
            }
        found.Sort((a, b) => a.Trigger.Span.Start != b.Trigger.Span.Start ? a.Trigger.Span.Start.CompareTo(b.Trigger.Span.Start)
            : a.Trigger.Span.End != b.Trigger.Span.End ? b.Trigger.Span.End.CompareTo(a.Trigger.Span.End) : a.Row.CompareTo(b.Row));
        var result = new List<EventTrigger>(found.Count);
        foreach (var (t, _) in found)
            if (result.Count == 0 || result[^1].Span.End <= t.Span.Start) result.Add(t);
        return result;
    }
}
