using System.ServiceModel.Syndication;
using System.Xml;
using Frontwatch.Core;

namespace Frontwatch.Ingest;

/// <summary>Reads an RSS 2.0 or Atom feed into one report per item; a malformed feed is one error naming it.</summary>
public static class FeedReader
{
    // The formatter throws on a date it cannot read; this stand-in marks such a date so the item is kept without it.
    private static readonly DateTimeOffset Unreadable = DateTimeOffset.MaxValue;

    /// <summary>Reads and parses one feed file.</summary>
    public static IReadOnlyList<ReportRead> Read(string path, long maxBytes = ReportFileReader.DefaultMaxBytes)
    {
        var bytes = InputFile.TryRead(path, maxBytes, out var error);
        return bytes is null ? [new ReportRead(null, error)] : Parse(path, bytes);
    }

    /// <summary>Parses the bytes of a feed named <paramref name="input"/>; items are named <c>input#n</c>, counting from 1.</summary>
    public static IReadOnlyList<ReportRead> Parse(string input, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return [ReportRead.Fail(input, "empty file")];
        if (InputFile.LooksBinary(bytes)) return [ReportRead.Fail(input, "binary data, not a feed")];
        SyndicationFeed feed;
        try
        {
            feed = Load(bytes.ToArray());
        }
        catch (XmlException e)
        {
            return [ReportRead.Fail(input, $"malformed feed ({e.Message})")];
        }
        string? outlet = Text(feed.Title);
        var reads = new List<ReportRead>();
        int n = 0;
        foreach (var item in feed.Items)
            reads.Add(ReadItem($"{input}#{++n}", item, outlet));
        if (n == 0) return [ReportRead.Fail(input, "feed has no items")];
        return reads;
    }

    /// <summary>
    /// Fetches a feed item's link and reads it as an HTML page; the page's text replaces the item's summary and its
    /// metadata wins where it has any. If the link cannot be followed, the item is kept as it was, with a warning.
    /// </summary>
    public static async Task<ReportRead> FollowAsync(ReportRead item, UrlFetcher fetcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        if (item.Report is not { Url: { } link } feedItem) return item;
        var fetched = await fetcher.FetchAsync(link, cancellationToken).ConfigureAwait(false);
        var page = fetched.Document is { } document ? HtmlPageReader.Parse(link, document.Body, document.Url) : new ReportRead(null, fetched.Error);
        if (page.Report is not { } report)
            return item with { Warnings = [.. item.Warnings, $"link not followed: {page.Error!.Message}"] };
        var merged = report with
        {
            Source = feedItem.Source,
            Title = report.Title ?? feedItem.Title,
            Outlet = report.Outlet ?? feedItem.Outlet,
            Published = report.Published ?? feedItem.Published,
        };
        // The page's own date warning does not apply when the feed gave the date.
        return merged.Published is not null && report.Published is null ? ReportRead.Ok(merged) : page with { Report = merged };
    }

    private static SyndicationFeed Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };
        using var xml = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        xml.MoveToContent();
        SyndicationFeedFormatter formatter = xml.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
        formatter.DateTimeParser = ParseDate;
        if (!formatter.CanRead(xml))
            throw new XmlException($"<{xml.LocalName}> is neither an RSS 2.0 <rss> nor an Atom <feed> element");
        formatter.ReadFrom(xml);
        return formatter.Feed;
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        date = PublishedDate.ParseTimestamp(data.DateTimeString) ?? Unreadable;
        return true;
    }

    private static ReportRead ReadItem(string source, SyndicationItem item, string? outlet)
    {
        string? title = Text(item.Title);
        string body = item.Content is TextSyndicationContent content && Plain(content) is { Length: > 0 } text ? text : Plain(item.Summary);
        if (body.Length == 0) body = title ?? "";
        if (body.Length == 0) return ReportRead.Fail(source, "feed item has neither text nor title");

        var stamp = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        DateOnly? published = stamp == default || stamp == Unreadable ? null : DateOnly.FromDateTime(stamp.DateTime);
        string? url = Link(item);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (title is not null) headers["title"] = title;
        if (outlet is not null) headers["outlet"] = outlet;
        if (published is { } p) headers["published"] = p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (url is not null) headers["url"] = url;
        if (!string.IsNullOrEmpty(item.Id)) headers["id"] = item.Id;

        var report = new Report(source, title, outlet, published, url, body, headers);
        if (published is not null) return ReportRead.Ok(report);
        return ReportRead.Ok(report, [stamp == Unreadable ? "unknown date in the feed item; published left empty" : "no published date in the feed item"]);
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate") ?? item.Links.FirstOrDefault();
        var uri = link?.GetAbsoluteUri();
        return uri is { IsAbsoluteUri: true } ? uri.AbsoluteUri : null;
    }

    private static string? Text(TextSyndicationContent? content) => Plain(content) is { Length: > 0 } text ? text : null;

    // RSS descriptions are HTML by custom though the formatter calls them text, so all feed text is read as
    // HTML; plain text survives that unchanged but for runs of whitespace.
    private static string Plain(TextSyndicationContent? content) => content is null ? "" : HtmlText.FromFragment(content.Text);
}
