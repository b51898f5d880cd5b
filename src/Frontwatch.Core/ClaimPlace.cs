namespace Frontwatch.Core;

/// <summary>
/// The place a claim is about: a GeoNames entry (id set), an admin region (Admin1 set, no id), or a
/// name the gazetteer lacks, with the best location known.
/// </summary>
public sealed record ClaimPlace(string Name, int? GeoNameId, string? Admin1, GeoPoint? Point)
{
    /// <summary>Other spellings that count as this place (gold annotations only).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Country code of the place, when known.</summary>
    public string? Country { get; init; }
}
