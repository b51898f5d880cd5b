namespace Frontwatch.Store;

/// <summary>Another tracker's control map on a day, as stored: GeoJSON geometries of its occupied area and, when given, its grey zone.</summary>
/// <param name="Name">What the user called it ("deepstate").</param>
/// <param name="Date">The day the map shows.</param>
/// <param name="OccupiedGeoJson">The occupied area: a GeoJSON geometry (lon/lat).</param>
/// <param name="ContestedGeoJson">The grey zone, a GeoJSON geometry; null when none was imported.</param>
/// <param name="Source">The file it was read from.</param>
public sealed record ReferenceLayerRecord(string Name, DateOnly Date, string OccupiedGeoJson, string? ContestedGeoJson, string Source);
