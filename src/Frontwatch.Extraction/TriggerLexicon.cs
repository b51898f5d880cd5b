using System.Text;
using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>The event triggers of data/event-triggers.tsv, compiled into one regular expression.</summary>
public sealed class TriggerLexicon
{
    // NonBacktracking runs in time linear in the text and is ~50x faster here than a compiled
    // backtracking regex; its automaton has a size limit, so the rows are split into a few regexes.
    private const int RowsPerRegex = 8;

    private readonly (Regex Regex, int FirstRow, int[] Groups)[] _parts;
    private readonly (ClaimKind Kind, TriggerEffect Effect)[] _rows;

    private TriggerLexicon(List<(ClaimKind, TriggerEffect, string)> rows)
    {
        _rows = [.. rows.Select(r => (r.Item1, r.Item2))];
        var parts = new List<(Regex, int, int[])>();
        for (int first = 0; first < rows.Count; first += RowsPerRegex)
        {
            int count = Math.Min(RowsPerRegex, rows.Count - first);
            var pattern = new StringBuilder(@"\b(?:");
            for (int i = 0; i < count; i++)
                pattern.Append(i > 0 ? "|" : "").Append("(?<t").Append(i).Append('>').Append(rows[first + i].Item3).Append(')');
            pattern.Append(@")\b");
            var regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture);
            parts.Add((regex, first, [.. Enumerable.Range(0, count).Select(i => regex.GroupNumberFromName($"t{i}"))]));
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
        foreach (var (regex, firstRow, groups) in _parts)
            for (var m = regex.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
            {
                int end = m.Index + m.Length;
                while (end > m.Index && char.IsWhiteSpace(text[end - 1])) end--;
                for (int g = 0; g < groups.Length; g++)
                {
                    if (!m.Groups[groups[g]].Success) continue;
                    var row = _rows[firstRow + g];
                    found.Add((new EventTrigger(row.Kind, row.Effect, new TextSpan(m.Index, end)), firstRow + g));
                    break;
                }
            }
        found.Sort((a, b) => a.Trigger.Span.Start != b.Trigger.Span.Start ? a.Trigger.Span.Start.CompareTo(b.Trigger.Span.Start)
            : a.Trigger.Span.End != b.Trigger.Span.End ? b.Trigger.Span.End.CompareTo(a.Trigger.Span.End) : a.Row.CompareTo(b.Row));
        var result = new List<EventTrigger>(found.Count);
        foreach (var (t, _) in found)
            if (result.Count == 0 || result[^1].Span.End <= t.Span.Start) result.Add(t);
        return result;
    }
}
