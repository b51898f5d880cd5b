using System.Text;
using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>The event triggers of data/event-triggers.tsv, compiled into one regular expression.</summary>
public sealed class TriggerLexicon
{
    private readonly Regex _regex;
    private readonly (ClaimKind Kind, TriggerEffect Effect)[] _rows;
    private readonly int[] _groups;

    private TriggerLexicon(Regex regex, (ClaimKind, TriggerEffect)[] rows)
    {
        _regex = regex;
        _rows = rows;
        _groups = [.. Enumerable.Range(0, rows.Length).Select(i => regex.GroupNumberFromName($"t{i}"))];
    }

    /// <summary>Reads the trigger file; a malformed row is an error naming the file and line.</summary>
    public static TriggerLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: trigger lexicon not found");
        var rows = new List<(ClaimKind, TriggerEffect)>();
        var pattern = new StringBuilder(@"\b(?:");
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
                _ = new Regex(c[2]);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: line {lineNo}: bad pattern ({e.Message})");
            }
            if (rows.Count > 0) pattern.Append('|');
            pattern.Append("(?<t").Append(rows.Count).Append('>').Append(c[2]).Append(')');
            rows.Add((kind, effect));
        }
        pattern.Append(@")\b");
        var regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(2));
        return new TriggerLexicon(regex, [.. rows]);
    }

    /// <summary>The triggers in text[span], left to right.</summary>
    public List<EventTrigger> Find(string text, TextSpan span)
    {
        var found = new List<EventTrigger>();
        // Matching from span.Start in the whole text (not a substring) keeps \b right at the span's edges.
        for (var m = _regex.Match(text, span.Start); m.Success && m.Index < span.End; m = m.NextMatch())
        {
            int end = Math.Min(m.Index + m.Length, span.End);
            while (end > m.Index && char.IsWhiteSpace(text[end - 1])) end--;
            for (int row = 0; row < _rows.Length; row++)
            {
                if (!m.Groups[_groups[row]].Success) continue;
                found.Add(new EventTrigger(_rows[row].Kind, _rows[row].Effect, new TextSpan(m.Index, end)));
                break;
            }
        }
        return found;
    }
}
