namespace Frontwatch.Ingest;

/// <summary>A body fetched from the web: where it finally came from (after redirects), its media type and its bytes.</summary>
public sealed record FetchedDocument(Uri Url, string? MediaType, byte[] Body);
