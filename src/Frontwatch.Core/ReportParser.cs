using System.Globalization;

namespace Frontwatch.Core;

/// <summary>Reads the plain-text report format: optional `key: value` header lines, a `---` line, then the body.</summary>
public static class ReportParser
{
    /// <summary>Parses a report; text without a `---` header separator is all body.</summary>
    public static Report Parse(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string body = text;
        int sep = FindSeparator(text);
        if (sep >= 0)
        {
            foreach (var line in text[..sep].Split('\n'))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0) continue;
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            int bodyStart = text.IndexOf('\n', sep);
            body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        }

        DateOnly? published = null;
        if (headers.TryGetValue("published", out var p) && p.Length >= 10
            && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            published = d;

        return new Report(source, Blank(headers, "title"), Blank(headers, "outlet"), published, Blank(headers, "url"), body, headers);
    }

    // The header is only a header if every line before `---` looks like `key: value`.
    private static int FindSeparator(string text)
    {
        int pos = 0;
        for (int lines = 0; pos < text.Length && lines < 64; lines++)
        {
            int nl = text.IndexOf('\n', pos);
            var line = (nl < 0 ? text.AsSpan(pos) : text.AsSpan(pos, nl - pos)).TrimEnd('\r');
            if (line.SequenceEqual("---")) return pos;
            if (line.Length > 0 && line.IndexOf(':') <= 0) return -1;
            if (nl < 0) return -1;
            pos = nl + 1;
        }
        return -1;
    }

    private static string? Blank(Dictionary<string, string> headers, string key) =>
        headers.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
}
