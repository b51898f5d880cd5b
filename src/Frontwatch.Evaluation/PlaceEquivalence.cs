using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Evaluation;

/// <summary>
/// Decides whether a system place stands for a gold place, by the rules of eval/SCHEMA.md "How eval
/// matches"; the gazetteer supplies the GeoNames names, regions and coordinates behind the ids.
/// </summary>
/// <remarks>
/// An area is a place without a GeoNames id that names an admin region or a country ("Kursk Oblast",
/// "Ukraine"), or whose name is its own admin1. An area and a settlement are never one place by name
/// or distance (a region's point is its capital's); the only bridge is a gold region containing a
/// system settlement, and not when the settlement is the region's namesake city (Kursk in Kursk Oblast).
/// </remarks>
public sealed class PlaceEquivalence
{
    /// <summary>Two places whose coordinates are closer than this are one place.</summary>
    public const double SamePlaceKm = 15;

    private readonly PlaceGazetteer _gazetteer;
    private readonly Dictionary<int, Place> _byId = [];
    private readonly Dictionary<string, Place> _areasByName = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Admin1), Place> _regionsByCode = [];

    public PlaceEquivalence(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        foreach (var place in gazetteer.Places)
        {
            if (place.Kind == PlaceKind.Settlement)
            {
                if (place.GeoNameId is { } id) _byId.TryAdd(id, place);
                continue;
            }
            if (place.IsAdjective) continue;
            if (place.Kind == PlaceKind.Region && place.Admin1 is not null) _regionsByCode.TryAdd((place.Country, place.Admin1), place);
            // regions.tsv comes before countries.tsv, so a name both use stays the region's.
            foreach (var name in place.Names.Prepend(place.Name))
                if (NameFolding.Fold(name) is { } key) _areasByName.TryAdd(key, place);
        }
    }

    /// <summary>How <paramref name="system"/> stands for <paramref name="gold"/>: exactly, loosely, or not at all.</summary>
    public PlaceMatch Compare(ClaimPlace gold, ClaimPlace system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (gold.GeoNameId is { } id && system.GeoNameId == id) return PlaceMatch.Exact;
        bool goldArea = IsArea(gold), systemArea = IsArea(system);
        if (goldArea != systemArea)
            return goldArea && Contains(gold, system) ? PlaceMatch.Loose : PlaceMatch.None;
        if (SameName(gold, system)) return PlaceMatch.Exact;
        if (goldArea)
            return AreaOf(gold) is { } a && ReferenceEquals(a, AreaOf(system)) ? PlaceMatch.Exact : PlaceMatch.None;
        return PointOf(gold) is { } g && PointOf(system) is { } s && g.DistanceKm(s) <= SamePlaceKm ? PlaceMatch.Loose : PlaceMatch.None;
    }

    /// <summary>True when the place is an admin region or a country rather than a settlement.</summary>
    public bool IsArea(ClaimPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.GeoNameId is not null) return false;
        string name = Key(place.Name);
        return _areasByName.ContainsKey(name) || (place.Admin1 is { } admin1 && Key(admin1) == name);
    }

    /// <summary>A folded name key; names outside the Latin and Cyrillic scripts fall back to lower case.</summary>
    internal static string Key(string name) => NameFolding.Fold(name) ?? name.Trim().ToLowerInvariant();

    private bool SameName(ClaimPlace gold, ClaimPlace system)
    {
        var goldNames = gold.Aliases.Prepend(gold.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
        if (goldNames.Contains(Key(system.Name))) return true;
        // Gold without an id: the system's GeoNames entry may know the gold spelling ("Krasnoarmeysk" for Pokrovsk).
        return gold.GeoNameId is null && system.GeoNameId is { } id && _byId.TryGetValue(id, out var entry)
            && entry.Names.Any(n => NameFolding.Fold(n) is { } k && goldNames.Contains(k));
    }

    // The gold region is the gold admin1 (or name); the system place lies in it when its GeoNames
    // entry's region, or its own admin1 (a name in any spelling, or a code with its country), is that region.
    private bool Contains(ClaimPlace gold, ClaimPlace system)
    {
        string goldRegion = gold.Admin1 ?? gold.Name;
        var region = RegionNamed(goldRegion);
        if (region is not null && Key(region.Name).StartsWith(Key(system.Name) + " ", StringComparison.Ordinal)) return false;
        return RegionsOf(system).Any(r =>
            region is not null && r.Region is not null ? ReferenceEquals(region, r.Region) : Key(goldRegion) == Key(r.Name));
    }

    private IEnumerable<(Place? Region, string Name)> RegionsOf(ClaimPlace system)
    {
        if (system.GeoNameId is { } id && _byId.TryGetValue(id, out var entry) && _gazetteer.RegionOf(entry) is { } r)
            yield return (r, r.Name);
        if (system.Admin1 is { } admin1)
        {
            var region = (system.Country is { } country && _regionsByCode.TryGetValue((country, admin1), out var c) ? c : null)
                ?? RegionNamed(admin1);
            yield return (region, region?.Name ?? admin1);
        }
    }

    private Place? RegionNamed(string name) =>
        _areasByName.TryGetValue(Key(name), out var p) && p.Kind == PlaceKind.Region ? p : null;

    private Place? AreaOf(ClaimPlace place) =>
        (place.Admin1 is { } admin1 && _areasByName.TryGetValue(Key(admin1), out var a) ? a : null)
        ?? (_areasByName.TryGetValue(Key(place.Name), out var n) ? n : null);

    private GeoPoint? PointOf(ClaimPlace place) =>
        place.Point ?? (place.GeoNameId is { } id && _byId.TryGetValue(id, out var entry) ? entry.Point : null);
}
