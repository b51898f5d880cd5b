using Frontwatch.Core;
using Frontwatch.Tests;
using NetTopologySuite.Geometries;

namespace Frontwatch.Assessment.Tests;

/// <summary>DeepStateMap's layers of ../shared/reference/deepstate (read there, never copied).</summary>
public sealed class ReferenceLayerTests
{
    private static string Layer(string file) => Path.Combine(TestPaths.Shared, "reference", "deepstate", file);

    [Fact]
    public void The_deepstate_layers_read_as_valid_polygons_and_place_points_where_the_map_shows_them()
    {
        var occupied = ReferenceLayer.ReadGeoJson(File.ReadAllText(Layer("occupied-2025-01-06.geojson")));
        var contested = ReferenceLayer.ReadGeoJson(File.ReadAllText(Layer("contested-2025-01-06.geojson")));
        Assert.True(occupied.IsValid);
        Assert.True(occupied.Area > 5, $"area {occupied.Area} square degrees");
        var layer = new ReferenceLayer("deepstate", new DateOnly(2025, 1, 6), occupied, contested);
        Assert.Equal(Holder.RU, layer.HolderAt(new GeoPoint(48.0989, 37.3735)));   // Kurakhove
        Assert.Equal(Holder.RU, layer.HolderAt(new GeoPoint(47.0951, 37.5413)));   // Mariupol
        Assert.Equal(Holder.UA, layer.HolderAt(new GeoPoint(50.4501, 30.5234)));   // Kyiv
        Assert.Equal(Holder.UA, layer.HolderAt(new GeoPoint(48.2864, 37.1833)));   // Pokrovsk
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "no polygon")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[30,50]}", "no polygon")]
    [InlineData("{not json", "not JSON")]
    public void What_holds_no_polygon_is_refused_with_a_reason(string json, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => ReferenceLayer.ReadGeoJson(json));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_geometry_written_and_read_again_is_the_same_area()
    {
        var occupied = ReferenceLayer.ReadGeoJson(File.ReadAllText(Layer("occupied-2024-10-24.geojson")));
        var again = ReferenceLayer.ReadGeoJson(ReferenceLayer.WriteGeoJson(occupied));
        Assert.Equal(occupied.Area, again.Area, 9);
    }

    private static Geometry Kml(string xml) => ReferenceLayer.ReadKml(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void A_kml_layer_reads_its_polygons_with_holes_from_any_folder_and_multigeometry()
    {
        // A square with a square hole in a nested folder, and a second square inside a MultiGeometry (KML 2.2).
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><Folder><Placemark><name>occupied</name>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>37,47,0 39,47,0 39,49,0 37,49,0 37,47,0</coordinates></LinearRing></outerBoundaryIs>
                <innerBoundaryIs><LinearRing><coordinates>
                  37.5,47.5 38.5,47.5 38.5,48.5 37.5,48.5 37.5,47.5
                </coordinates></LinearRing></innerBoundaryIs></Polygon></Placemark></Folder></Folder>
              <Placemark><MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>33,45 34,45 34,46 33,46</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>
            </Document></kml>
            """;
        var occupied = Kml(xml);
        Assert.True(occupied.IsValid);
        Assert.Equal(4 - 1 + 1, occupied.Area, 9);
        var layer = new ReferenceLayer("kml", new DateOnly(2025, 1, 6), occupied, null);
        Assert.Equal(Holder.RU, layer.HolderAt(new GeoPoint(47.2, 37.2)));
        Assert.Equal(Holder.UA, layer.HolderAt(new GeoPoint(48.0, 38.0)));   // in the hole
        Assert.Equal(Holder.RU, layer.HolderAt(new GeoPoint(45.5, 33.5)));   // the ring left open is closed
    }

    [Theory]
    [InlineData("<kml><Document>", "not well-formed")]
    [InlineData("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><Point><coordinates>30,50</coordinates></Point></Placemark></kml>", "no polygon")]
    [InlineData("<kml><Polygon><outerBoundaryIs><LinearRing><coordinates>30;50 31;50 31;51</coordinates></LinearRing></outerBoundaryIs></Polygon></kml>", "bad KML coordinate")]
    [InlineData("<!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><kml>&x;</kml>", "not well-formed")]
    public void A_broken_kml_layer_is_refused_with_a_reason(string xml, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => Kml(xml));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
