using Frontwatch.Core;

namespace Frontwatch.Assessment;

/// <summary>
/// A claim as assessment reads it: what it says, who says it, where it was published and when it happened.
/// </summary>
/// <param name="Id">Stable id of the claim (the store's report id and ordinal, or any unique number).</param>
/// <param name="Claim">The claim as extracted.</param>
/// <param name="Cluster">The syndication cluster of its report: copies of one story share it and count once.</param>
/// <param name="Date">The event's date, else the report's publication date.</param>
/// <param name="Reliability">The claimant's prior reliability on the Admiralty scale, A (completely reliable) to F (cannot be judged).</param>
public sealed record Evidence(long Id, Claim Claim, long Cluster, DateOnly Date, char Reliability)
{
    /// <summary>The place's key: its GeoNames id, else its name folded to lower case.</summary>
    public string PlaceKey { get; } = PlaceKeyOf(Claim.Place);

    public static string PlaceKeyOf(ClaimPlace place) =>
        place.GeoNameId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : place.Name.ToLowerInvariant();
}
