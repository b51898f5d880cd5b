using System.Text.Json;
using Frontwatch.Assessment;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Frontwatch.Cli.Web;

/// <summary>The GeoJSON the map draws: country and region boundaries (bundled, read once) and a day's control map.</summary>
internal sealed class MapLayers(string boundariesPath)
{
    /// <summary>The countries drawn: Ukraine, Russia and their neighbours in the region of the war.</summary>
    public static readonly string[] Countries = ["UA", "RU", "BY", "MD", "PL", "SK", "HU", "RO", "GE", "BG", "TR"];

    private static readonly JsonSerializerOptions GeoJson = CreateOptions();

    private readonly Lazy<FeatureCollection> _countries = new(() => ReadCountries(boundariesPath));
    private RenderedBody? _boundaries;
    private Land? _land;

    /// <summary>Whether the boundaries file is there (./setup builds it).</summary>
    public bool Available => File.Exists(boundariesPath);

    public RenderedBody Boundaries => _boundaries ??= new RenderedBody(JsonSerializer.SerializeToUtf8Bytes(_countries.Value, GeoJson));

    /// <summary>The land control areas are clipped to (Ukraine and Russia), read once.</summary>
    public Land ClipLand => _land ??= Land.Load(boundariesPath);

    /// <summary>The control map on a day: assessed places (points), areas by holder, and the RU/UA line.</summary>
    public byte[] Control(DateOnly date, IReadOnlyCollection<PlaceTimeline> timelines)
    {
        var map = ControlMap.Build(date, timelines, ClipLand);
        var features = new FeatureCollection();
        foreach (var area in map.Areas)
            features.Add(new Feature(area.Geometry, new AttributesTable { { "kind", "area" }, { "holder", WebJson.Holder(area.Holder) } }));
        if (!map.Line.IsEmpty) features.Add(new Feature(map.Line, new AttributesTable { { "kind", "line" } }));
        var factory = ClipLand.Geometry.Factory;
        foreach (var p in map.Places.OrderBy(p => p.Timeline.PlaceKey, StringComparer.Ordinal))
        {
            var s = p.State;
            features.Add(new Feature(factory.CreatePoint(new Coordinate(p.Lon, p.Lat)), new AttributesTable
            {
                { "kind", "place" },
                { "key", p.Timeline.PlaceKey },
                { "name", p.Name },
                { "holder", WebJson.Holder(s.Holder) },
                { "leaning", WebJson.Leaning(s) },
                { "label", s.Describe() },
                { "confidence", Math.Round(s.Confidence, 3) },
                { "unconfirmed", s.Unconfirmed },
                { "since", WebJson.Day(s.From) },
                { "sources", WebJson.Sources(s) },
            }));
        }
        return JsonSerializer.SerializeToUtf8Bytes(features, GeoJson);
    }

    private static FeatureCollection ReadCountries(string path)
    {
        FeatureCollection? all;
        using (var stream = File.OpenRead(path))
            all = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson);
        if (all is null) throw new InvalidDataException($"{path}: empty boundaries file");
        var region = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(Land.Region);
        var kept = new FeatureCollection();
        foreach (var f in all)
        {
            if (f.Attributes?.GetOptionalValue("iso") is not string iso || !Countries.Contains(iso, StringComparer.OrdinalIgnoreCase)) continue;
            var cut = OverlayNGRobust.Overlay(f.Geometry, region, SpatialFunction.Intersection);
            if (cut.IsEmpty) continue;
            kept.Add(new Feature(TopologyPreservingSimplifier.Simplify(cut, 0.01), new AttributesTable
            {
                { "iso", iso },
                { "name", f.Attributes.GetOptionalValue("name") as string ?? iso },
            }));
        }
        // Region (oblast) boundaries, drawn as lines: from regions.geojson beside the countries when ./setup built it.
        string regions = Path.Combine(Path.GetDirectoryName(path) ?? ".", "regions.geojson");
        if (File.Exists(regions))
        {
            using var stream = File.OpenRead(regions);
            foreach (var f in JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson) ?? [])
            {
                if (f.Attributes?.GetOptionalValue("region") is not string id) continue;
                kept.Add(new Feature(TopologyPreservingSimplifier.Simplify(f.Geometry, 0.005), new AttributesTable
                {
                    { "region", id },
                    { "name", f.Attributes.GetOptionalValue("name") as string ?? id },
                    { "country", f.Attributes.GetOptionalValue("country") as string ?? "" },
                }));
            }
        }
        return kept;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
