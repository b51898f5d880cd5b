namespace Frontwatch.Ingest;

/// <summary>The limits of a <see cref="UrlFetcher"/>: how long, how large, how many redirects, and whether private networks may be reached.</summary>
public sealed record UrlFetcherOptions
{
    /// <summary>Time allowed for one fetch, all its redirects and its body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted; a larger one is refused as soon as the cap is passed.</summary>
    public long MaxBytes { get; init; } = ReportFileReader.DefaultMaxBytes;

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Whether private, loopback, link-local and other non-public addresses may be connected to (tests, intranets).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>The User-Agent header sent.</summary>
    public string UserAgent { get; init; } = "Frontwatch/1.0 (news ingest)";
}
