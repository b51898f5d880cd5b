using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using Frontwatch.Assessment;
using Frontwatch.Cli.Exports;
using Frontwatch.Tests;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Frontwatch.Cli.Tests;

/// <summary>The export writers on claims written for the test: GeoJSON read back by NetTopologySuite, KML by @tmcw/togeojson, CSV by CsvHelper.</summary>
public sealed class ExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private static readonly DateOnly Day = ExportFixture.Day("2025-03-08");

    private ControlMap MapOn(DateOnly day) => ControlMap.Build(day, fixture.Timelines, fixture.Land);

    private static FeatureCollection ReadGeoJson(byte[] json)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return JsonSerializer.Deserialize<FeatureCollection>(json, options)!;
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void GeoJson_parses_with_NetTopologySuite_into_valid_closed_counter_clockwise_polygons_in_lon_lat()
    {
        var json = Written(s => GeoJsonExport.Write(s, [MapOn(Day)], history: false));
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
            Assert.False(doc.RootElement.TryGetProperty("crs", out _), "RFC 7946 has no crs member");
        }
        var features = ReadGeoJson(json);

        var polygons = features.Where(f => (string)f.Attributes["kind"] == "area")
            .SelectMany(f => Enumerable.Range(0, f.Geometry.NumGeometries).Select(i => (Polygon)f.Geometry.GetGeometryN(i))).ToList();
        Assert.NotEmpty(polygons);
        foreach (var p in polygons)
        {
            Assert.True(p.IsValid, "polygon not valid");
            Assert.True(p.Shell.IsClosed);
            Assert.True(Orientation.IsCCW(p.Shell.CoordinateSequence), "exterior ring must be counter-clockwise");
            Assert.All(p.Holes, h => Assert.True(h.IsClosed && !Orientation.IsCCW(h.CoordinateSequence), "holes must be closed and clockwise"));
        }
        // Ukraine's longitudes (22-41 E) and latitudes (44-53 N) do not overlap, so a swapped pair falls outside.
        foreach (var c in features.SelectMany(f => f.Geometry.Coordinates))
        {
            Assert.InRange(c.X, 22.0, 41.0);
            Assert.InRange(c.Y, 43.5, 54.0);
        }
        var toretsk = features.Single(f => f.Attributes.GetOptionalValue("name") as string == "Toretsk");
        Assert.Equal(new Coordinate(37.8475, 48.3978), toretsk.Geometry.Coordinate);
    }

    [Fact]
    public void GeoJson_places_carry_their_assessed_holders_and_the_areas_and_line_are_there()
    {
        var map = MapOn(Day);
        var features = ReadGeoJson(Written(s => GeoJsonExport.Write(s, [map], history: false)));

        var places = features.Where(f => (string)f.Attributes["kind"] == "place").ToList();
        Assert.Equal(map.Places.Count, places.Count);
        foreach (var p in map.Places)
        {
            var f = Assert.Single(places, f => f.Attributes.GetOptionalValue("name") as string == p.Name);
            Assert.Equal(ExportProperties.HolderCode(p.State.Holder), f.Attributes["holder"]);
            Assert.Equal("2025-03-08", f.Attributes["date"]);
            Assert.Equal(AssessCommand.Day(p.State.From), f.Attributes["since"]);
        }
        Assert.Equal("RU", places.Single(f => f.Attributes.GetOptionalValue("name") as string == "Toretsk").Attributes["holder"]);
        Assert.Equal("UA", places.Single(f => f.Attributes.GetOptionalValue("name") as string == "Kramatorsk").Attributes["holder"]);
        Assert.Contains(places, f => f.Attributes.GetOptionalValue("name") as string == ExportFixture.HostilePlace);
        Assert.Equal(["RU", "UA"], features.Where(f => (string)f.Attributes["kind"] == "area").Select(f => (string)f.Attributes["holder"]).Order());
        var line = Assert.Single(features, f => (string)f.Attributes["kind"] == "line");
        Assert.IsType<MultiLineString>(line.Geometry);
        Assert.False(line.Geometry.IsEmpty);
    }

    [Fact]
    public void GeoJson_history_dates_every_feature_and_shows_Kotlyne_changing_hands()
    {
        var maps = ControlMap.History(fixture.Timelines, fixture.Land);
        var features = ReadGeoJson(Written(s => GeoJsonExport.Write(s, maps, history: true)));

        Assert.All(features, f => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)f.Attributes["date"]));
        Assert.True(features.Select(f => (string)f.Attributes["date"]).Distinct().Count() > 1);
        var kotlyne = features.Where(f => f.Attributes.GetOptionalValue("name") as string == "Kotlyne").OrderBy(f => (string)f.Attributes["date"]).ToList();
        Assert.Equal(["UA", "RU", "RU"], kotlyne.Select(f => (string)f.Attributes["holder"]));
        Assert.Equal(["2025-03-05", "2025-03-10", "2025-03-11"], kotlyne.Select(f => (string)f.Attributes["date"]));
        Assert.Equal(["2025-03-10", "2025-03-11", null], kotlyne.Select(f => (string?)f.Attributes["until"]));
        // Kotlyne's change of hands redraws the areas: the RU area of the 10th is not that of the 5th.
        var ruAreas = features.Where(f => (string)f.Attributes["kind"] == "area" && (string)f.Attributes["holder"] == "RU").ToList();
        Assert.Contains(ruAreas, a => (string)a.Attributes["date"] == "2025-03-10");
        Assert.All(features.Where(f => (string)f.Attributes["kind"] == "area"), a => Assert.True(a.Geometry.IsValid));
    }

    [Fact]
    public void Kml_is_well_formed_and_togeojson_reads_every_placemark_with_lon_lat_coordinates()
    {
        var map = MapOn(Day);
        var kml = Written(s => KmlExport.Write(s, [map], history: false));
        WellFormed(kml);

        var features = KmlToGeoJson(kml).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(map.Places.Count + map.Areas.Count + 1, features.Count);
        var toretsk = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Toretsk");
        Assert.Equal([37.8475, 48.3978], toretsk.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("RU", toretsk.GetProperty("properties").GetProperty("holder").GetString());
        var areas = features.Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "area").ToList();
        Assert.Equal(["RU", "UA"], areas.Select(a => a.GetProperty("properties").GetProperty("holder").GetString()).Order());
        Assert.All(areas, a => Assert.Contains(a.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "GeometryCollection" }));
    }

    [Fact]
    public void Kml_keeps_hostile_names_and_evidence_as_text()
    {
        var kml = Written(s => KmlExport.Write(s, [MapOn(Day)], history: false));
        string raw = Encoding.UTF8.GetString(kml);
        Assert.DoesNotContain("<b>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("CDATA", raw, StringComparison.Ordinal);

        var hostile = KmlToGeoJson(kml).RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("name").GetString() == ExportFixture.HostilePlace);
        string description = hostile.GetProperty("properties").GetProperty("description").GetString()!;
        Assert.Contains(ExportFixture.HostileClaimant, description, StringComparison.Ordinal);
        Assert.Contains(ExportFixture.HostileEvidence, description, StringComparison.Ordinal);
    }

    [Fact]
    public void Kml_history_gives_each_placemark_a_time_span()
    {
        var kml = Written(s => KmlExport.Write(s, ControlMap.History(fixture.Timelines, fixture.Land), history: true));
        WellFormed(kml);
        var features = KmlToGeoJson(kml).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", f.GetProperty("properties").GetProperty("timespan").GetProperty("begin").GetString()));
        var kotlyne = features.Where(f => f.GetProperty("properties").GetProperty("name").GetString() == "Kotlyne")
            .Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal(["UA", "RU", "RU"], kotlyne.Select(p => p.GetProperty("holder").GetString()));
        Assert.Equal("2025-03-10", kotlyne[0].GetProperty("timespan").GetProperty("end").GetString());
    }

    [Fact]
    public void Csv_round_trips_through_CsvHelper_with_the_acled_columns_and_the_evidence_intact()
    {
        var claims = fixture.Graded();
        var text = new StringWriter();
        int rows = ClaimsCsv.Write(text, claims, Coding);
        Assert.Equal(claims.Count, rows);

        var read = ReadCsv(text.ToString());
        Assert.Equal([.. ClaimsCsv.Columns], read.Header);
        Assert.Equal(["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "claimant", "claimant_side", "modality", "credibility", "evidence"], read.Header);
        Assert.Equal(claims.Count, read.Rows.Count);
        for (int i = 0; i < claims.Count; i++)
        {
            var row = read.Rows[i];
            var c = claims[i];
            Assert.Equal("UKR" + c.Stored.ClaimId.ToString(CultureInfo.InvariantCulture), row["event_id_cnty"]);
            Assert.Equal(AssessCommand.Day(c.Date), row["event_date"]);
            Assert.Equal(c.Stored.Claim.Evidence, row["evidence"]);
            Assert.Equal(c.Grade!.Value.Code, row["credibility"]);
        }
        var hostile = read.Rows.Single(r => r["claimant"] == ExportFixture.HostileClaimant);
        Assert.Equal(ExportFixture.HostileEvidence, hostile["evidence"]);
        Assert.Equal(ExportFixture.HostilePlace, hostile["location"]);
        Assert.Equal("3", hostile["geo_precision"]);
    }

    [Fact]
    public void Csv_codes_claims_the_acled_way()
    {
        var read = ReadCsv(Csv(fixture.Graded())).Rows;
        var ministryToretsk = read.First(r => r["location"] == "Toretsk");
        Assert.Equal(("Battles", "Non-state actor overtakes territory"), (ministryToretsk["event_type"], ministryToretsk["sub_event_type"]));
        Assert.Equal(("Military Forces of Russia", "Military Forces of Ukraine"), (ministryToretsk["actor1"], ministryToretsk["actor2"]));
        Assert.Equal(("48.3978", "37.8475", "1"), (ministryToretsk["latitude"], ministryToretsk["longitude"], ministryToretsk["geo_precision"]));
        Assert.Equal("Russian Ministry of Defence (RU) says RU holds Toretsk.", ministryToretsk["notes"]);
        Assert.Equal("National", ministryToretsk["source_scale"]);

        var liberated = read.Single(r => r["location"] == "Kotlyne" && r["claimant_side"] == "UA");
        Assert.Equal("Government regains territory", liberated["sub_event_type"]);
        var drone = read.Single(r => r["evidence"].StartsWith("A Russian drone", StringComparison.Ordinal) && r["event_type"] == "Explosions/Remote violence" && r["fatalities"] == "0");
        Assert.Equal("Air/drone strike", drone["sub_event_type"]);
        var killed = read.Single(r => r["evidence"].StartsWith("A Russian drone", StringComparison.Ordinal) && r["fatalities"] != "0");
        Assert.Equal("2", killed["fatalities"]);
        Assert.Equal(("Military Forces of Russia", "Ukraine"), (killed["actor1"], killed["actor2"]));
        // Killed and wounded counted together cannot be split: no fatalities claimed.
        var mixed = read.Single(r => r["evidence"].StartsWith("Missiles", StringComparison.Ordinal));
        Assert.Equal(("Shelling/artillery/missile attack", "0"), (mixed["sub_event_type"], mixed["fatalities"]));
        var intercepted = read.Single(r => r["evidence"].StartsWith("Air defences", StringComparison.Ordinal));
        Assert.Equal(("Strategic developments", "Disrupted weapons use"), (intercepted["event_type"], intercepted["sub_event_type"]));
        Assert.Equal("Other", read.First(r => r["claimant"] == "Institute for the Study of War")["source_scale"]);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    public void Csv_cells_that_start_like_formulas_come_back_prefixed_and_inert(string hostile)
    {
        var claim = fixture.Graded()[0];
        var stored = claim.Stored with { Claim = claim.Stored.Claim with { Claimant = claim.Stored.Claim.Claimant with { Name = hostile }, Evidence = hostile }, Outlet = hostile };
        var row = Assert.Single(ReadCsv(Csv([claim with { Stored = stored }])).Rows);
        Assert.Equal("'" + hostile, row["claimant"]);
        Assert.Equal("'" + hostile, row["evidence"]);
        Assert.Equal("'" + hostile, row["source"]);
    }

    [Fact]
    public void Csv_numbers_stay_numbers_even_when_negative()
    {
        var claim = fixture.Graded()[0];
        var washington = new Frontwatch.Core.ClaimPlace("Washington", 4140963, null, new Frontwatch.Core.GeoPoint(38.89511, -77.03637)) { Country = "US" };
        var stored = claim.Stored with { Claim = claim.Stored.Claim with { Place = washington } };
        var row = Assert.Single(ReadCsv(Csv([claim with { Stored = stored }])).Rows);
        Assert.Equal("-77.03637", row["longitude"]);
        Assert.StartsWith("USA", row["event_id_cnty"], StringComparison.Ordinal);
    }

    private static AcledCoding Coding { get; } = new(new Dictionary<string, string> { ["UA"] = "Ukraine", ["RU"] = "Russia", ["US"] = "United States" });

    private static string Csv(IEnumerable<GradedClaim> claims)
    {
        var text = new StringWriter();
        ClaimsCsv.Write(text, claims, Coding);
        return text.ToString();
    }

    private static (List<string> Header, List<Dictionary<string, string>> Rows) ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        return ([.. reader.Headers], rows);
    }

    private static void WellFormed(byte[] kml)
    {
        using var reader = XmlReader.Create(new MemoryStream(kml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
        using var check = XmlReader.Create(new MemoryStream(kml));
        check.MoveToContent();
        Assert.Equal(("kml", KmlExport.Namespace), (check.LocalName, check.NamespaceURI));
    }

    // The KML read by @tmcw/togeojson (node_modules, installed by ./setup) through tests/Frontwatch.Cli.Tests/kml-to-geojson.mjs.
    internal static JsonDocument KmlToGeoJson(byte[] kml)
    {
        string file = Path.Combine(Path.GetTempPath(), $"fw-export-{Guid.NewGuid():N}.kml");
        File.WriteAllBytes(file, kml);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.Root };
            start.ArgumentList.Add(Path.Combine(TestPaths.Root, "tests", "Frontwatch.Cli.Tests", "kml-to-geojson.mjs"));
            start.ArgumentList.Add(file);
            using var node = Process.Start(start)!;
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            Assert.True(node.WaitForExit(60_000), "node did not finish");
            Assert.True(node.ExitCode == 0, stderr.Result);
            return JsonDocument.Parse(stdout.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
