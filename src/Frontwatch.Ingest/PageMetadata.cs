using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Frontwatch.Ingest;

/// <summary>What a page says about itself in its meta tags, link tags, JSON-LD and time elements.</summary>
internal sealed record PageMetadata(string? Title, string? SiteName, string? PublishedRaw, string? Url, string? Byline)
{
    public static PageMetadata From(IHtmlDocument document)
    {
        var ld = JsonLd.From(document);
        string? title = Meta(document, "og:title", "twitter:title") ?? ld.Headline ?? Clean(document.Title)
            ?? Clean(document.QuerySelector("h1")?.TextContent);
        string? site = Meta(document, "og:site_name", "application-name") ?? ld.Publisher;
        string? published = Meta(document, "article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date")
            ?? ld.DatePublished
            ?? Clean(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
            ?? Clean(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? Meta(document, "article:modified_time", "og:updated_time");
        string? url = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(document, "og:url"));
        string? byline = Meta(document, "author", "article:author") ?? ld.Author;
        return new PageMetadata(title, site, published, url, byline);
    }

    // <meta property=… content=…> or <meta name=… content=…>, in the order of the names given.
    private static string? Meta(IHtmlDocument document, params string[] names)
    {
        foreach (var name in names)
            foreach (var meta in document.QuerySelectorAll("meta[content]"))
                if (string.Equals(meta.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(meta.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
                    if (Clean(meta.GetAttribute("content")) is { } value) return value;
        return null;
    }

    private static string? Absolute(string? href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first schema.org article-like object in the page's JSON-LD scripts.</summary>
    private sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher, string? Author)
    {
        private static readonly JsonLd None = new(null, null, null, null);

        public static JsonLd From(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent);
                    if (Find(json.RootElement) is { } found) return found;
                }
                catch (JsonException)
                {
                    // A page's broken JSON-LD is its problem; the other metadata still counts.
                }
            }
            return None;
        }

        private static JsonLd? Find(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    if (Find(item) is { } found) return found;
                return null;
            }
            if (e.ValueKind != JsonValueKind.Object) return null;
            if (e.TryGetProperty("@graph", out var graph)) return Find(graph);
            if (!e.TryGetProperty("datePublished", out _) && !e.TryGetProperty("headline", out _)) return null;
            return new JsonLd(Clean(Text(e, "headline")), Clean(Text(e, "datePublished")), Clean(Name(e, "publisher")), Clean(Name(e, "author")));
        }

        private static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        // "publisher": "X", {"name": "X"} or [{"name": "X"}, …].
        private static string? Name(JsonElement e, string property)
        {
            if (!e.TryGetProperty(property, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
            return v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object => Text(v, "name"),
                _ => null,
            };
        }
    }
}
