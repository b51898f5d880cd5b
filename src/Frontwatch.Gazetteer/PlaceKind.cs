namespace Frontwatch.Gazetteer;

/// <summary>What a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A populated place from GeoNames (city, town, village).</summary>
    Settlement,

    /// <summary>A first-level admin region (oblast, republic, krai) from data/regions.tsv.</summary>
    Region,

    /// <summary>A country, named by its name or its adjective ("Russian").</summary>
    Country,
}
