using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Frontwatch.Core;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;

namespace Frontwatch.Assessment;

/// <summary>
/// Another tracker's control map on a day (DeepStateMap's, say): its occupied area (RU), its grey zone
/// (contested) when given; every other point is taken as UA-held. Only places in Ukraine are compared with it.
/// </summary>
public sealed class ReferenceLayer
{
    private readonly IPreparedGeometry _occupied;
    private readonly IPreparedGeometry? _contested;

    public ReferenceLayer(string name, DateOnly date, Geometry occupied, Geometry? contested)
    {
        ArgumentNullException.ThrowIfNull(occupied);
        Name = name;
        Date = date;
        Occupied = occupied;
        Contested = contested;
        _occupied = PreparedGeometryFactory.Prepare(occupied);
        _contested = contested is null ? null : PreparedGeometryFactory.Prepare(contested);
    }

    public string Name { get; }

    public DateOnly Date { get; }

    public Geometry Occupied { get; }

    public Geometry? Contested { get; }

    /// <summary>Who holds the point by this map.</summary>
    public Holder HolderAt(GeoPoint point)
    {
        var p = new Point(point.Lon, point.Lat);
        if (_occupied.Covers(p)) return Holder.RU;
        return _contested?.Covers(p) == true ? Holder.Contested : Holder.UA;
    }

    /// <summary>
    /// The polygons of a GeoJSON text — a FeatureCollection, a Feature or a bare geometry — as one geometry in
    /// lon/lat. Anything else (no polygon, broken JSON) is an error that says what was found.
    /// </summary>
    public static Geometry ReadGeoJson(string json)
    {
        var options = GeoJsonOptions();
        string type;
        try
        {
            using var doc = JsonDocument.Parse(json);
            type = doc.RootElement.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not JSON: {e.Message}", e);
        }
        var geometries = new List<Geometry>();
        try
        {
            switch (type)
            {
                case "FeatureCollection":
                    foreach (var f in JsonSerializer.Deserialize<FeatureCollection>(json, options) ?? [])
                        if (f.Geometry is { } g) geometries.Add(g);
                    break;
                case "Feature":
                    if (JsonSerializer.Deserialize<IFeature>(json, options)?.Geometry is { } fg) geometries.Add(fg);
                    break;
                default:
                    if (JsonSerializer.Deserialize<Geometry>(json, options) is { } bare) geometries.Add(bare);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new InvalidDataException($"not GeoJSON ({type}): {e.Message}", e);
        }
        var polygons = geometries.SelectMany(Polygons).ToList();
        if (polygons.Count == 0) throw new InvalidDataException($"no polygon in the GeoJSON {(type.Length > 0 ? type : "document")}");
        return Dissolve(polygons);
    }

    private static Geometry Dissolve(List<Geometry> polygons)
    {
        var factory = polygons[0].Factory;
        // Invalid rings (self-touching after simplification) are repaired rather than refused: the area is what matters.
        var union = factory.BuildGeometry(polygons.Select(p => p.IsValid ? p : NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(p))).Union();
        return union;
    }

    /// <summary>
    /// The polygons of a KML document (KML 2.2 or 2.1, any folder depth, MultiGeometry included) as one geometry in
    /// lon/lat; a KMZ is read through its first .kml entry. No DTDs or external entities are read.
    /// </summary>
    public static Geometry ReadKml(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not well-formed KML: {e.Message}", e);
        }
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var polygons = new List<Geometry>();
        foreach (var polygon in doc.Descendants().Where(e => e.Name.LocalName == "Polygon"))
        {
            LinearRing? Ring(XElement? boundary)
            {
                var text = boundary?.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value;
                if (text is null) return null;
                var coords = KmlCoordinates(text);
                if (coords.Count < 3) throw new InvalidDataException($"a KML ring with {coords.Count} point(s)");
                if (!coords[0].Equals2D(coords[^1])) coords.Add(coords[0].Copy());
                return factory.CreateLinearRing([.. coords]);
            }
            var outer = Ring(polygon.Elements().FirstOrDefault(e => e.Name.LocalName == "outerBoundaryIs"));
            if (outer is null) continue;
            var holes = polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(Ring).OfType<LinearRing>().ToArray();
            polygons.Add(factory.CreatePolygon(outer, holes));
        }
        if (polygons.Count == 0) throw new InvalidDataException("no polygon in the KML document");
        return Dissolve(polygons);
    }

    // "lon,lat[,alt] lon,lat[,alt] ..." separated by any whitespace.
    private static List<Coordinate> KmlCoordinates(string text)
    {
        var result = new List<Coordinate>();
        foreach (var tuple in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = tuple.Split(',');
            if (parts.Length < 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                || lon is < -180 or > 180 || lat is < -90 or > 90)
                throw new InvalidDataException($"bad KML coordinate '{(tuple.Length > 40 ? tuple[..40] + "…" : tuple)}' (lon,lat[,alt] expected)");
            result.Add(new Coordinate(lon, lat));
        }
        return result;
    }

    /// <summary>A geometry as GeoJSON text (lon/lat).</summary>
    public static string WriteGeoJson(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJsonOptions());

    private static JsonSerializerOptions GeoJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }

    private static IEnumerable<Geometry> Polygons(Geometry g)
    {
        if (g is Polygon) yield return g;
        else if (g is GeometryCollection collection)
            foreach (var part in collection.Geometries)
                foreach (var p in Polygons(part)) yield return p;
    }
}
