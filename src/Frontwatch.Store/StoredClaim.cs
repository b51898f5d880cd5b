using Frontwatch.Core;

namespace Frontwatch.Store;

/// <summary>A claim as stored, with the report it came from.</summary>
/// <param name="Claim">The claim as extracted.</param>
/// <param name="ReportId">The report's id in this store.</param>
/// <param name="ClusterId">The report's syndication cluster: reports that share it count as one source.</param>
/// <param name="Source">Where the report was read from: a file path or URL.</param>
/// <param name="Outlet">Who published the report.</param>
/// <param name="Title">The report's headline.</param>
/// <param name="Url">The report's address on the web.</param>
/// <param name="Published">The report's publication date.</param>
public sealed record StoredClaim(
    Claim Claim,
    long ReportId,
    long ClusterId,
    string Source,
    string? Outlet,
    string? Title,
    string? Url,
    DateOnly? Published)
{
    /// <summary>The claim's id in this store.</summary>
    public long ClaimId { get; init; }
}
