using Frontwatch.Tests;
using NetTopologySuite.Geometries;

namespace Frontwatch.Assessment.Tests;

/// <summary>Control areas and the line from assessed places, on the Natural Earth land ./setup builds.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class ControlMapTests(ScenarioFixture fixture)
{
    private static readonly Lazy<Land> BundledLand = new(() => Land.Load(Path.Combine(TestPaths.Root, "artifacts", "boundaries", "countries.geojson")));

    private const string ToretskTaken = "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said.";
    private const string KramatorskHeld = "Ukrainian troops hold Kramatorsk, Ukraine's General Staff said.";
    private const string ToretskConfirmed = "Russian troops have taken control of Toretsk, the Institute for the Study of War said.";

    private static DateOnly Day(string d) => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Land_from_the_bundled_boundaries_covers_Ukraine_and_western_Russia_only()
    {
        var land = BundledLand.Value;
        Assert.True(land.Geometry.IsValid);
        Assert.True(land.Covers(30.52, 50.45), "Kyiv");
        Assert.True(land.Covers(36.59, 50.60), "Belgorod");
        Assert.True(land.Covers(34.10, 44.95), "Simferopol");
        Assert.False(land.Covers(27.56, 53.90), "Minsk");
        Assert.False(land.Covers(28.86, 47.01), "Chisinau");
        Assert.False(land.Covers(37.62, 55.75), "Moscow lies north of the region drawn");
    }

    [Fact]
    public void A_Russian_held_and_a_Ukrainian_held_place_get_valid_disjoint_areas_that_meet_in_a_line()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-10", ToretskTaken);
        s.Report("2025-02-11", KramatorskHeld);
        var map = ControlMap.Build(Day("2025-02-12"), ControlAssessor.Timelines(s.Evidence), BundledLand.Value);

        Assert.Equal([Holder.RU, Holder.UA], map.Areas.Select(a => a.Holder));
        var ru = map.Areas[0].Geometry;
        var ua = map.Areas[1].Geometry;
        Assert.All(map.Areas, a => Assert.True(a.Geometry.IsValid, a.Holder.ToString()));
        Assert.True(ru.Covers(Point(map, "Toretsk")));
        Assert.True(ua.Covers(Point(map, "Kramatorsk")));
        Assert.True(ru.Intersection(ua).Area < 1e-9);
        Assert.False(map.Line.IsEmpty);
        Assert.True(map.Line.Length > 0.1);
        Assert.True(map.Line.Distance(ru) < 1e-6 && map.Line.Distance(ua) < 1e-6);
    }

    [Fact]
    public void History_has_a_map_for_every_day_a_state_begins_and_redraws_only_when_a_holder_changes()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-10", ToretskTaken);
        s.Report("2025-02-11", KramatorskHeld);
        s.Report("2025-02-13", ToretskConfirmed);
        var maps = ControlMap.History(ControlAssessor.Timelines(s.Evidence), BundledLand.Value);

        Assert.Equal([Day("2025-02-10"), Day("2025-02-11"), Day("2025-02-13")], maps.Select(m => m.Date));
        Assert.Equal([Holder.RU], maps[0].Areas.Select(a => a.Holder));
        Assert.Equal([Holder.RU, Holder.UA], maps[1].Areas.Select(a => a.Holder));
        // ISW's claim of the 13th starts a new state for Toretsk with the same holder.
        Assert.Equal(Day("2025-02-13"), maps[2].Places.Single(p => p.Name == "Toretsk").State.From);
        Assert.Equal(Holder.RU, maps[2].Places.Single(p => p.Name == "Toretsk").State.Holder);
        Assert.Same(maps[1].Areas, maps[2].Areas);
        Assert.Same(maps[1].Line, maps[2].Line);
    }

    private static Point Point(ControlMap map, string name)
    {
        var p = map.Places.Single(p => p.Name == name);
        return new Point(p.Lon, p.Lat);
    }
}
