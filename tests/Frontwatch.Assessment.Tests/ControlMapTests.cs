using System.Globalization;
using Frontwatch.Core;
using Frontwatch.Tests;
using NetTopologySuite.Geometries;

namespace Frontwatch.Assessment.Tests;

/// <summary>Control areas and the line on the bundled Natural Earth land (built by ./setup).</summary>
public sealed class ControlMapTests
{
    internal static readonly Lazy<Land> UkraineAndRussia = new(() => Land.Load(Path.Combine(TestPaths.Root, "artifacts", "boundaries", "countries.geojson")));
    private static readonly Claimant Monitor = new("A Monitor", Side.None, ClaimantType.Monitor);
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static long _id;

    // A place held by one side (a monitor's control claim), or contested (fighting there).
    private static Evidence Claim(string name, double lat, double lon, Side? holder)
    {
        long id = Interlocked.Increment(ref _id);
        var place = new ClaimPlace(name, (int)(900_000 + id), null, new GeoPoint(lat, lon));
        var kind = holder is null ? ClaimKind.Fighting : ClaimKind.Control;
        var claim = new Claim(kind, Monitor, place, holder ?? Side.Russia, Modality.Asserted, $"{name} claim");
        return new Evidence(id, claim, id, Day, 'B');
    }

    private static ControlMap Map(params Evidence[] evidence) =>
        ControlMap.Build(Day, ControlAssessor.Timelines(evidence), UkraineAndRussia.Value);

    private static readonly Evidence[] EastAndWest =
    [
        // Held by Russia in the east (Donetsk oblast's south and east), by Ukraine to the west and north.
        Claim("Eastville", 47.95, 37.95, Side.Russia),
        Claim("Southtown", 47.10, 37.55, Side.Russia),
        Claim("Northburg", 48.90, 38.30, Side.Russia),
        Claim("Westville", 48.45, 36.20, Side.Ukraine),
        Claim("Middleton", 48.60, 37.50, Side.Ukraine),
        Claim("Farwest", 49.80, 30.50, Side.Ukraine),
        Claim("Frontline", 48.30, 37.20, holder: null),
    ];

    [Fact]
    public void Each_holder_gets_a_valid_area_holding_its_own_places()
    {
        var map = Map(EastAndWest);
        Assert.Equal([Holder.RU, Holder.UA, Holder.Contested], map.Areas.Select(a => a.Holder).Order());
        foreach (var area in map.Areas)
        {
            Assert.True(area.Geometry.IsValid, $"{area.Holder} area is not valid");
            Assert.True(area.Geometry is Polygon or MultiPolygon);
            Assert.True(UkraineAndRussia.Value.Geometry.Buffer(1e-6).Covers(area.Geometry), $"{area.Holder} area leaves the land");
        }
        foreach (var place in map.Places)
        {
            var area = map.Areas.Single(a => a.Holder == place.State.Holder);
            Assert.True(area.Geometry.Covers(new Point(place.Lon, place.Lat)), $"{place.Name} ({place.State.Holder}) outside its area");
        }
        // The areas do not overlap.
        Assert.True(map.Areas[0].Geometry.Intersection(map.Areas[1].Geometry).Area < 1e-9);
    }

    [Fact]
    public void The_line_runs_where_the_russian_and_ukrainian_areas_meet_and_between_their_places()
    {
        var map = Map(EastAndWest);
        Assert.False(map.Line.IsEmpty);
        Assert.IsType<MultiLineString>(map.Line);
        var ru = map.Areas.Single(a => a.Holder == Holder.RU).Geometry;
        var ua = map.Areas.Single(a => a.Holder == Holder.UA).Geometry;
        Assert.True(ru.Buffer(1e-6).Covers(map.Line) && ua.Buffer(1e-6).Covers(map.Line));
        // Somewhere between Middleton (UA) and Eastville (RU), and nowhere near far-western Farwest.
        Assert.True(map.Line.Distance(new Point(37.72, 48.28)) < 0.6);
        Assert.True(map.Line.Distance(new Point(30.50, 49.80)) > 3);
    }

    [Fact]
    public void Places_of_one_side_only_give_one_area_and_no_line()
    {
        var map = Map(Claim("Alpha", 48.0, 37.0, Side.Ukraine), Claim("Beta", 49.0, 36.0, Side.Ukraine));
        Assert.Equal([Holder.UA], map.Areas.Select(a => a.Holder));
        Assert.True(map.Line.IsEmpty);
    }

    [Fact]
    public void A_place_at_sea_or_abroad_is_listed_but_gets_no_area()
    {
        var map = Map(Claim("Offshore", 44.0, 34.0, Side.Russia), Claim("Inland", 48.5, 35.0, Side.Ukraine));
        Assert.Equal(2, map.Places.Count);
        Assert.Equal([Holder.UA], map.Areas.Select(a => a.Holder));
    }

    [Fact]
    public void Nothing_before_the_first_claim()
    {
        var timelines = ControlAssessor.Timelines(EastAndWest);
        var map = ControlMap.Build(Day.AddDays(-1), timelines, UkraineAndRussia.Value);
        Assert.Empty(map.Places);
        Assert.Empty(map.Areas);
        Assert.True(map.Line.IsEmpty);
    }

    [Fact]
    public void A_missing_boundaries_file_names_itself_and_the_fix()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-boundaries-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".geojson");
        var e = Assert.Throws<FileNotFoundException>(() => Land.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("./setup", e.Message, StringComparison.Ordinal);
    }
}

/// <summary>The bundled land, and the history of maps built from reports (through the extractor).</summary>
[Collection(ScenarioCollection.Name)]
public sealed class ControlMapHistoryTests(ScenarioFixture fixture)
{
    private const string ToretskTaken = "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said.";
    private const string KramatorskHeld = "Ukrainian troops hold Kramatorsk, Ukraine's General Staff said.";
    private const string ToretskConfirmed = "Russian troops have taken control of Toretsk, the Institute for the Study of War said.";

    private static DateOnly Day(string d) => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Land_from_the_bundled_boundaries_covers_Ukraine_and_western_Russia_only()
    {
        var land = ControlMapTests.UkraineAndRussia.Value;
        Assert.True(land.Geometry.IsValid);
        Assert.True(land.Covers(30.52, 50.45), "Kyiv");
        Assert.True(land.Covers(36.59, 50.60), "Belgorod");
        Assert.True(land.Covers(34.10, 44.95), "Simferopol");
        Assert.False(land.Covers(27.56, 53.90), "Minsk");
        Assert.False(land.Covers(28.86, 47.01), "Chisinau");
        Assert.False(land.Covers(37.62, 55.75), "Moscow lies north of the region drawn");
    }

    [Fact]
    public void History_has_a_map_for_every_day_a_state_begins_and_redraws_only_when_a_holder_changes()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-10", ToretskTaken);
        s.Report("2025-02-11", KramatorskHeld);
        s.Report("2025-02-13", ToretskConfirmed);
        var maps = ControlMap.History(ControlAssessor.Timelines(s.Evidence), ControlMapTests.UkraineAndRussia.Value);

        Assert.Equal([Day("2025-02-10"), Day("2025-02-11"), Day("2025-02-13")], maps.Select(m => m.Date));
        Assert.Equal([Holder.RU], maps[0].Areas.Select(a => a.Holder));
        Assert.Equal([Holder.RU, Holder.UA], maps[1].Areas.Select(a => a.Holder));
        // ISW's claim of the 13th starts a new state for Toretsk with the same holder.
        Assert.Equal(Day("2025-02-13"), maps[2].Places.Single(p => p.Name == "Toretsk").State.From);
        Assert.Equal(Holder.RU, maps[2].Places.Single(p => p.Name == "Toretsk").State.Holder);
        Assert.Same(maps[1].Areas, maps[2].Areas);
        Assert.Same(maps[1].Line, maps[2].Line);
    }
}
