using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>One gazetteer entry: a GeoNames settlement, an admin region or a country.</summary>
public sealed record Place(
    int? GeoNameId,
    string Name,
    PlaceKind Kind,
    string Country,
    string? Admin1,
    GeoPoint Point,
    long Population,
    string FeatureCode)
{
    /// <summary>Every spelling this place is known by (name, ASCII name, alternates, aliases).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>How many of <see cref="Names"/>, from the first, are the entry's own name rather than an alternate (GeoNames: name and ASCII name).</summary>
    public int PrimaryNameCount { get; init; } = 1;

    /// <summary>True for a country adjective entry ("Russian"): it tells which country a report is about but is not a place mention.</summary>
    public bool IsAdjective => FeatureCode == RegionFileReader.AdjectiveFeature;
}
