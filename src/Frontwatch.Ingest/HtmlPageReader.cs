using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Frontwatch.Core;
using SmartReader;

namespace Frontwatch.Ingest;

/// <summary>
/// Reads a saved HTML article page into one report: the article text found by SmartReader (a port of
/// Mozilla's Readability), the title, date, outlet and address from the page's metadata.
/// </summary>
public static partial class HtmlPageReader
{
    /// <summary>Reads and parses one saved page.</summary>
    public static ReportRead Read(string path, long maxBytes = ReportFileReader.DefaultMaxBytes)
    {
        var bytes = InputFile.TryRead(path, maxBytes, out var error);
        return bytes is null ? new ReportRead(null, error) : Parse(path, bytes);
    }

    /// <summary>Parses the bytes of a page named <paramref name="input"/>; <paramref name="pageUrl"/> is where it was fetched from, if it was.</summary>
    public static ReportRead Parse(string input, ReadOnlySpan<byte> bytes, Uri? pageUrl = null)
    {
        if (bytes.IsEmpty) return ReportRead.Fail(input, "empty file");
        if (InputFile.LooksBinary(bytes)) return ReportRead.Fail(input, "binary data, not an HTML page");
        var parser = new HtmlParser();
        var document = Parse(parser, bytes);

        var meta = PageMetadata.From(document);
        string? url = meta.Url ?? pageUrl?.AbsoluteUri;
        string? title = meta.Title;
        string body = ArticleText(document, url) is { Length: > 0 } article ? article : WholePageText(Parse(parser, bytes));
        if (body.Length == 0 && SwallowedByTitle(document) is var (ownTitle, page))
        {
            // An unclosed <title> makes the rest of the file its text under the HTML5 rules, so a browser shows a blank
            // page. The markup after the title's own words is the page the author meant; it is read as one.
            body = WholePageText(parser.ParseDocument(page));
            title = ownTitle.Length > 0 ? ownTitle : null;
        }
        if (body.Length == 0)
            return ReportRead.Fail(input, "no article text found in the HTML");

        string? outlet = meta.SiteName ?? HostOf(url);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(headers, "title", title);
        Add(headers, "outlet", outlet);
        Add(headers, "published", meta.PublishedRaw);
        Add(headers, "url", url);
        Add(headers, "byline", meta.Byline);

        var published = PublishedDate.Parse(meta.PublishedRaw);
        var report = new Report(input, title, outlet, published, url, body, headers);
        if (published is not null) return ReportRead.Ok(report);
        return ReportRead.Ok(report, [meta.PublishedRaw is null ? "no published date in the page" : PublishedDate.Unknown(meta.PublishedRaw)]);
    }

    // The title's own words and the markup it swallowed, when its text holds a tag.
    private static (string Title, string Page)? SwallowedByTitle(IHtmlDocument document)
    {
        string? text = document.Head?.QuerySelector("title")?.TextContent;
        int tag = text is null ? -1 : TagStart().Match(text) is { Success: true } m ? m.Index : -1;
        return tag < 0 ? null : (string.Join(' ', text![..tag].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), text[tag..]);
    }

    [GeneratedRegex(@"<(?:/?[a-zA-Z]|!)")]
    private static partial Regex TagStart();

    private static IHtmlDocument Parse(HtmlParser parser, ReadOnlySpan<byte> bytes)
    {
        // AngleSharp finds the encoding from a BOM or <meta charset>, defaulting to UTF-8.
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return parser.ParseDocument(stream);
    }

    // SmartReader scores the page's blocks like Readability and keeps the article; its HTML is then made plain text.
    private static string ArticleText(IHtmlDocument document, string? url)
    {
        var reader = new Reader(url ?? "https://localhost/", document);
        reader.AddCustomOperationStart(RemoveAds);
        var article = reader.GetArticle();
        if (!article.Completed || !article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return "";
        return HtmlText.FromFragment(article.Content);
    }

    // Readability keeps an advertisement that sits between two paragraphs; its class or id gives it away.
    private static void RemoveAds(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[class], [id]").ToList())
            if (element.ClassList.Concat([element.Id ?? ""]).Any(name => AdName().IsMatch(name)))
                element.Remove();
    }

    [GeneratedRegex("^(ads?|adv|advert|advertisement|advertising|sponsored|promo|dfp|outbrain|taboola)([-_].*)?$|[-_]ads?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdName();

    // Pages too short or too odd for Readability still have text: the body less its navigation and chrome.
    private static string WholePageText(IHtmlDocument document)
    {
        if (document.Body is null) return "";
        foreach (var chrome in document.Body.QuerySelectorAll("nav, header, footer, aside, form, button, [role=navigation], [aria-hidden=true]").ToList())
            chrome.Remove();
        return HtmlText.FromNode(document.Body);
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static void Add(Dictionary<string, string> headers, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) headers[key] = value;
    }
}
