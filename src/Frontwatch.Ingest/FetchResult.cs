namespace Frontwatch.Ingest;

/// <summary>The outcome of one fetch: a document, or the error naming the URL and saying why not.</summary>
public readonly record struct FetchResult(FetchedDocument? Document, IngestError? Error)
{
    public static FetchResult Ok(FetchedDocument document) => new(document, null);
    public static FetchResult Fail(string url, string message) => new(null, new IngestError(url, message));
}
