namespace Frontwatch.Ingest;

/// <summary>
/// Which columns (CSV) or fields (JSON Lines, dotted for nested objects: <c>source.name</c>) of a news dump hold each
/// report field; each field lists candidate names, the first one a row has wins.
/// </summary>
public sealed record DumpColumns(
    IReadOnlyList<string> Title,
    IReadOnlyList<string> Text,
    IReadOnlyList<string> Published,
    IReadOnlyList<string> Url,
    IReadOnlyList<string> Outlet)
{
    /// <summary>The names common news dumps use (GDELT-, NewsAPI-, Common-Crawl-style exports among them).</summary>
    public static DumpColumns Default { get; } = new(
        ["title", "headline", "name"],
        ["text", "body", "content", "article", "full_text", "maintext", "description", "summary"],
        ["published", "published_at", "publishedAt", "date_publish", "publish_date", "pubDate", "date", "datetime", "time", "timestamp"],
        ["url", "link", "href", "source_url", "uri"],
        ["outlet", "source", "source.name", "site", "site_name", "publisher", "domain", "source_domain"]);

    /// <summary>The report fields a mapping may name.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["title", "text", "published", "url", "outlet"];

    /// <summary>
    /// Reads a mapping such as <c>title=headline,text=story_body</c>: each field named takes exactly that column,
    /// the others keep their defaults; false with a message for a field that does not exist or an empty column name.
    /// </summary>
    public static bool TryParse(string mapping, out DumpColumns columns, out string? error)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        columns = Default;
        error = null;
        foreach (var pair in mapping.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string field = eq < 0 ? pair : pair[..eq].Trim();
            string column = eq < 0 ? "" : pair[(eq + 1)..].Trim();
            if (column.Length == 0)
            {
                error = $"'{pair}' should be FIELD=COLUMN";
                return false;
            }
            IReadOnlyList<string> only = [column];
            switch (field.ToLowerInvariant())
            {
                case "title": columns = columns with { Title = only }; break;
                case "text": columns = columns with { Text = only }; break;
                case "published": columns = columns with { Published = only }; break;
                case "url": columns = columns with { Url = only }; break;
                case "outlet": columns = columns with { Outlet = only }; break;
                default:
                    error = $"unknown field '{field}' (fields: {string.Join(", ", Fields)})";
                    return false;
            }
        }
        return true;
    }
}
