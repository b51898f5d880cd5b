namespace Frontwatch.Ingest;

/// <summary>How an <see cref="InputExpander"/> reads its inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>Which columns of JSON Lines and CSV dumps hold title, text, date, url and outlet.</summary>
    public DumpColumns Columns { get; init; } = DumpColumns.Default;

    /// <summary>Whether each feed item's link is fetched and read as an HTML page instead of the item's summary.</summary>
    public bool FollowFeedLinks { get; init; }

    /// <summary>Limits for URL inputs and followed links, <see cref="UrlFetcherOptions.AllowPrivate"/> among them.</summary>
    public UrlFetcherOptions Fetch { get; init; } = new();

    /// <summary>Largest single report, page or feed file read (dumps are streamed and capped per row instead).</summary>
    public long MaxBytes { get; init; } = ReportFileReader.DefaultMaxBytes;
}
