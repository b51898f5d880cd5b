namespace Frontwatch.Store;

/// <summary>A stored report without its body: what a listing shows.</summary>
/// <param name="Id">The report's id in this store.</param>
/// <param name="ClusterId">Its syndication cluster.</param>
/// <param name="Source">Where it was read from: a file path or URL.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Outlet">Who published it.</param>
/// <param name="Published">Its publication date.</param>
/// <param name="Url">Its address on the web.</param>
public sealed record ReportSummary(long Id, long ClusterId, string Source, string? Title, string? Outlet, DateOnly? Published, string? Url);
