using Frontwatch.Core;
using Frontwatch.Tests;

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
}
