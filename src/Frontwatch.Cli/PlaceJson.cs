using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Gazetteer;

namespace Frontwatch.Cli;

/// <summary>The JSON shape of a place mention.</summary>
internal static class PlaceJson
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Relaxed escaping keeps Cyrillic and quotes readable; JSON output is data, never embedded in HTML.
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Mention(PlaceMention m)
    {
        var o = new JsonObject
        {
            ["text"] = m.Text,
            ["start"] = m.Span.Start,
            ["end"] = m.Span.End,
            ["kind"] = m.Kind.ToString().ToLowerInvariant(),
            ["name"] = m.Name,
            ["geonameid"] = m.GeoNameId,
            ["admin1"] = m.Admin1,
            ["country"] = m.Country,
            ["lat"] = m.Point?.Lat,
            ["lon"] = m.Point?.Lon,
            ["confidence"] = m.Confidence,
            ["precision"] = (int)m.Precision,
        };
        if (m.RadiusKm is { } r) o["radius_km"] = r;
        if (m.Anchor is { } a)
        {
            o["anchor"] = new JsonObject { ["name"] = a.Name, ["geonameid"] = a.GeoNameId, ["start"] = a.Span.Start, ["end"] = a.Span.End };
            o["offset"] = new JsonObject { ["distance_km"] = m.Offset?.DistanceKm, ["direction"] = m.Offset?.Direction, ["bearing"] = m.Offset?.BearingDegrees };
        }
        return o;
    }
}
