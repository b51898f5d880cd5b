using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Frontwatch.Assessment;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// Control maps as one RFC 7946 GeoJSON FeatureCollection: places (points), control areas (polygons) and the line
/// (a multilinestring), in WGS84 lon/lat with no "crs" member, rings by the right-hand rule, 6 decimals.
/// </summary>
internal static class GeoJsonExport
{
    // Non-ASCII letters are written as they are (Cyrillic names stay readable); <, >, &, quotes are still \u-escaped,
    // so the file is safe to embed in a page as well.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes <paramref name="maps"/> (in date order) to <paramref name="stream"/>; see <see cref="MapLayers"/> for what a history holds. Returns the number of features.</summary>
    public static int Write(Stream stream, IReadOnlyList<ControlMap> maps, bool history)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var layers = MapLayers.From(maps, history);
        var options = new JsonSerializerOptions { Encoder = Encoder };
        options.Converters.Add(new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326), false,
            GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746));
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var p in layers.Places)
        {
            var point = new Point(ExportGeometry.Round(p.Assessed.Lon), ExportGeometry.Round(p.Assessed.Lat));
            Feature(writer, point, ExportProperties.Place(p, history), options);
        }
        foreach (var a in layers.Areas) Feature(writer, a.Geometry, ExportProperties.Area(a, history), options);
        foreach (var l in layers.Lines) Feature(writer, l.Geometry, ExportProperties.Line(l, history), options);
        writer.WriteEndArray();
        writer.WriteEndObject();
        return layers.Places.Count + layers.Areas.Count + layers.Lines.Count;
    }

    private static void Feature(Utf8JsonWriter writer, Geometry geometry, List<KeyValuePair<string, object?>> properties, JsonSerializerOptions options)
    {
        var attributes = new AttributesTable();
        foreach (var (name, value) in properties) attributes.Add(name, value);
        JsonSerializer.Serialize(writer, new Feature(geometry, attributes), options);
        writer.Flush();
    }
}
