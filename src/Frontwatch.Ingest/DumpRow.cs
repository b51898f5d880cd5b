using Frontwatch.Core;

namespace Frontwatch.Ingest;

/// <summary>Turns one row of a news dump, as column/value pairs, into a report by a <see cref="DumpColumns"/> mapping.</summary>
internal static class DumpRow
{
    /// <summary>Maps a row named <paramref name="source"/>; every non-empty column is kept in the report's headers.</summary>
    public static ReportRead ToReport(string source, IReadOnlyDictionary<string, string> row, DumpColumns columns)
    {
        string? body = First(row, columns.Text);
        if (body is null) return ReportRead.Fail(source, $"no text (looked for {Describe(columns.Text)})");
        string? rawDate = First(row, columns.Published);
        var published = PublishedDate.Parse(rawDate);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in row)
            if (value.Length > 0 && !columns.Text.Contains(key, StringComparer.OrdinalIgnoreCase)) headers[key] = value;

        var report = new Report(source, First(row, columns.Title), First(row, columns.Outlet), published, First(row, columns.Url), body, headers);
        if (published is not null) return ReportRead.Ok(report);
        return ReportRead.Ok(report, [rawDate is null ? $"no published date (looked for {Describe(columns.Published)})" : PublishedDate.Unknown(rawDate)]);
    }

    private static string? First(IReadOnlyDictionary<string, string> row, IReadOnlyList<string> names)
    {
        foreach (var name in names)
            if (row.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) return value.Trim();
        return null;
    }

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 1 ? $"column '{names[0]}'" : "columns " + string.Join(", ", names.Select(n => $"'{n}'"));
}
