using Frontwatch.Core;

namespace Frontwatch.Store;

/// <summary>How much a store holds.</summary>
/// <param name="Reports">Reports stored (exact duplicates are not).</param>
/// <param name="Clusters">Syndication clusters: groups of near-duplicate reports.</param>
/// <param name="ClaimsByKind">Claims per kind; a kind with none is absent.</param>
/// <param name="Places">Distinct places claims are about.</param>
/// <param name="Claimants">Distinct claimants.</param>
public sealed record StoreStats(long Reports, long Clusters, IReadOnlyDictionary<ClaimKind, long> ClaimsByKind, long Places, long Claimants)
{
    /// <summary>All claims, of every kind.</summary>
    public long Claims => ClaimsByKind.Values.Sum();
}
