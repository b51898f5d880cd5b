using Frontwatch.Core;

namespace Frontwatch.Store;

/// <summary>
/// Where reports and their claims are kept: a SQLite file or a PostgreSQL database, opened by
/// <see cref="ClaimStore.Open"/>. One instance holds one connection; use one per task.
/// </summary>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>What the store is, for messages: the SQLite file's path or the PostgreSQL URL without its password.</summary>
    string Description { get; }

    /// <summary>
    /// Saves a batch in one transaction: exact duplicates are skipped, new reports join the syndication cluster of an
    /// earlier near-duplicate (one saved before, or before it in the batch) or open a new one, and their claims are
    /// added. Saving the same batch again changes nothing.
    /// </summary>
    Task<SaveOutcome> SaveAsync(IReadOnlyList<(Report Report, IReadOnlyList<Claim> Claims)> batch, CancellationToken cancellationToken = default);

    /// <summary>Whether a report with this body (as <see cref="ContentHash"/> normalises it) is stored.</summary>
    Task<bool> HoldsAsync(string body, CancellationToken cancellationToken = default);

    /// <summary>Counts of reports, clusters, claims by kind, places and claimants.</summary>
    Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored claims that pass every filter of <paramref name="query"/>, oldest first, with their reports.</summary>
    Task<IReadOnlyList<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stored reports without their bodies, newest first (by publication date, then id), after skipping <paramref name="offset"/>.</summary>
    Task<IReadOnlyList<ReportSummary>> ListReportsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>The reports with these ids, with their bodies, in no particular order; ids the store lacks are left out.</summary>
    Task<IReadOnlyList<StoredReport>> LoadReportsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>The id of the report with this body (as <see cref="ContentHash"/> normalises it); null when none is stored.</summary>
    Task<long?> FindReportAsync(string body, CancellationToken cancellationToken = default);

    /// <summary>Saves another tracker's control map for a day, replacing one saved before under the same name and day.</summary>
    Task SaveReferenceAsync(ReferenceLayerRecord layer, CancellationToken cancellationToken = default);

    /// <summary>The reference layer of that name for the latest day on or before <paramref name="date"/>; null when there is none.</summary>
    Task<ReferenceLayerRecord?> LoadReferenceAsync(string name, DateOnly date, CancellationToken cancellationToken = default);
}
