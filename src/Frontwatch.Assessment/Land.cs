using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Frontwatch.Assessment;

/// <summary>
/// The land control areas are clipped to: the countries concerned (Ukraine and Russia by default) within the
/// region of the war, from the bundled Natural Earth boundaries (built by ./setup into artifacts/boundaries).
/// </summary>
public sealed class Land
{
    /// <summary>The region drawn and clipped to, in lon/lat: from the Carpathians to the Volga, Crimea to Bryansk.</summary>
    public static readonly Envelope Region = new(22.0, 41.0, 43.5, 54.0);

    private readonly IPreparedGeometry _prepared;

    public Land(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        Geometry = geometry;
        _prepared = PreparedGeometryFactory.Prepare(geometry);
    }

    public Geometry Geometry { get; }

    public bool Covers(double lon, double lat) => _prepared.Covers(Geometry.Factory.CreatePoint(new Coordinate(lon, lat)));

    /// <summary>The part of <paramref name="g"/> on this land.</summary>
    public Geometry Clip(Geometry g) => _prepared.Contains(g) ? g : OverlayNGRobust.Overlay(g, Geometry, SpatialFunction.Intersection);

    /// <summary>
    /// The factory of land and of the areas drawn on it: WGS84, floating precision, and the robust overlay (OverlayNG),
    /// since the classic one fails with "non-noded intersection" on real boundaries.
    /// </summary>
    public static readonly GeometryFactory Factory = new NtsGeometryServices(GeometryOverlay.NG).CreateGeometryFactory(4326);

    /// <summary>
    /// Reads a boundaries GeoJSON (a FeatureCollection of countries with an "iso" property) and keeps the
    /// countries named, cut to <see cref="Region"/> and simplified to about a kilometre.
    /// </summary>
    public static Land Load(string path, params string[] countries)
    {
        if (countries.Length == 0) countries = ["UA", "RU"];
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: boundaries file missing — run ./setup (it builds it from the world-atlas npm package)", path);
        return new Land(Countries(path, countries));
    }

    /// <summary>The named countries of a boundaries GeoJSON, cut to <see cref="Region"/> and simplified, as one geometry.</summary>
    public static Geometry Countries(string path, params string[] countries)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new NetTopologySuite.IO.Converters.GeoJsonConverterFactory(Factory));
        FeatureCollection? collection;
        using (var stream = File.OpenRead(path))
        {
            try
            {
                collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection ({e.Message})", e);
            }
        }
        if (collection is null) throw new InvalidDataException($"{path}: empty boundaries file");
        var region = Factory.ToGeometry(Region);
        var parts = new List<Geometry>();
        foreach (var f in collection)
        {
            if (f.Attributes?.GetOptionalValue("iso") is not string iso || !countries.Contains(iso, StringComparer.OrdinalIgnoreCase)) continue;
            // The classic overlay fails here ("non-noded intersection"); the robust one wants valid input.
            var country = f.Geometry.IsValid ? f.Geometry : GeometryFixer.Fix(f.Geometry);
            var cut = OverlayNGRobust.Overlay(country, region, SpatialFunction.Intersection);
            if (!cut.IsEmpty) parts.Add(TopologyPreservingSimplifier.Simplify(cut, 0.01));
        }
        if (parts.Count == 0) throw new InvalidDataException($"{path}: none of {string.Join(", ", countries)} in the boundaries file");
        return OverlayNGRobust.Union(parts);
    }
}
