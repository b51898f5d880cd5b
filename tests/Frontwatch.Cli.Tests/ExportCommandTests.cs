using System.Text.Json;
using CsvHelper;

namespace Frontwatch.Cli.Tests;

/// <summary>A store built by `ingest` from three reports written for these tests: Toretsk taken, Kotlyne retaken and lost again.</summary>
public sealed class ExportStore : IDisposable
{
    public ExportStore()
    {
        string reports = Path.Combine(Dir, "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "a.txt"), """
            title: Russia claims Toretsk
            outlet: Test Wire
            published: 2025-03-03
            ---
            KYIV, March 3 (Test Wire) - Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said on Monday.

            Ukraine's General Staff said its troops had repelled 12 Russian attacks near Chasiv Yar over the past day.
            """);
        File.WriteAllText(Path.Combine(reports, "b.txt"), """
            title: Ukraine retakes village
            outlet: Other Wire
            published: 2025-03-05
            ---
            KYIV, March 5 (Other Wire) - Ukrainian forces have liberated the village of Kotlyne, Ukraine's General Staff said on Wednesday.

            Ukrainian troops hold Kramatorsk, the General Staff said.
            """);
        File.WriteAllText(Path.Combine(reports, "c.txt"), """
            title: Kotlyne changes hands again
            outlet: =HYPERLINK("http://example.invalid","wire")
            published: 2025-03-10
            ---
            MOSCOW, March 10 (Third Wire) - Russian troops have taken control of Kotlyne, the Institute for the Study of War said on Monday.

            A Russian drone strike on Kramatorsk killed two people, the regional governor said, calling it <b>&"x"</b> ]]><script>x</script>, a "deliberate" attack.
            """);
        var (exit, _, stderr) = CliRun.Run(Dir, "ingest", reports, "--store", Store);
        if (exit != 0) throw new InvalidOperationException("ingest failed: " + stderr);
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("fw-export-").FullName;

    public string Store => Path.Combine(Dir, "export.db");

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary>`frontwatch export` end to end, as a user runs it.</summary>
public sealed class ExportCommandTests(ExportStore store) : IClassFixture<ExportStore>
{
    private (int Exit, string Out, string Err) Export(params string[] args) => CliRun.Run(store.Dir, ["export", "--store", store.Store, .. args]);

    [Fact]
    public void Geojson_of_a_day_goes_to_stdout_with_the_assessed_holders()
    {
        var (exit, stdout, stderr) = Export("--format", "geojson", "--date", "2025-03-06");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var places = doc.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "place")
            .ToDictionary(f => f.GetProperty("properties").GetProperty("name").GetString()!, f => f);
        Assert.Equal("RU", places["Toretsk"].GetProperty("properties").GetProperty("holder").GetString());
        Assert.Equal("UA", places["Kotlyne"].GetProperty("properties").GetProperty("holder").GetString());
        Assert.Equal("UA", places["Kramatorsk"].GetProperty("properties").GetProperty("holder").GetString());
        var toretsk = places["Toretsk"].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.InRange(toretsk[0], 37.5, 38.2);
        Assert.InRange(toretsk[1], 48.2, 48.6);
    }

    [Fact]
    public void Kml_history_to_a_file_parses_with_togeojson_and_spans_several_days()
    {
        string file = Path.Combine(store.Dir, "history.kml");
        var (exit, stdout, stderr) = Export("--format", "kml", "--history", "--out", file);
        Assert.True(exit == 0, stderr);
        Assert.Contains("history.kml", stdout, StringComparison.Ordinal);
        using var geojson = ExportTests.KmlToGeoJson(File.ReadAllBytes(file));
        var features = geojson.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.True(features.Select(p => p.GetProperty("timespan").GetProperty("begin").GetString()).Distinct().Count() > 1);
        var kotlyne = features.Where(p => p.GetProperty("name").GetString() == "Kotlyne").ToList();
        Assert.Equal(["UA", "RU"], kotlyne.Select(p => p.GetProperty("holder").GetString()));
        // The governor's sentence reaches Kramatorsk's description as text.
        Assert.Contains(features, p => p.GetProperty("description").GetString()!.Contains("<b>&\"x\"</b> ]]><script>", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(store.Dir, "*.tmp"));
    }

    [Fact]
    public void Csv_has_every_claim_with_the_hostile_outlet_made_inert()
    {
        var (exit, stdout, stderr) = Export("--format", "csv", "--history");
        Assert.True(exit == 0, stderr);
        var rows = Rows(stdout);
        Assert.Contains(rows, r => r["location"] == "Kotlyne" && r["sub_event_type"] == "Government regains territory");
        Assert.Contains(rows, r => r["location"] == "Kotlyne" && r["sub_event_type"] == "Non-state actor overtakes territory");
        var strike = Assert.Single(rows, r => r["event_type"] == "Explosions/Remote violence" && r["fatalities"] == "2");
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\",\"wire\")", strike["source"]);
        Assert.Contains("<b>&\"x\"</b>", strike["evidence"], StringComparison.Ordinal);

        (exit, stdout, stderr) = Export("--format", "csv", "--date", "2025-03-05");
        Assert.True(exit == 0, stderr);
        var early = Rows(stdout);
        Assert.NotEmpty(early);
        Assert.True(early.Count < rows.Count);
        Assert.All(early, r => Assert.True(string.CompareOrdinal(r["event_date"], "2025-03-05") <= 0, r["event_date"]));
    }

    [Theory]
    [InlineData("--date and --history", "--format", "geojson", "--date", "2025-03-06", "--history")]
    [InlineData("--history", "--format", "kml")]
    [InlineData("'shapefile'", "--format", "shapefile", "--history")]
    [InlineData("--format is required", "--history")]
    public void Bad_options_are_one_error_line_naming_them(string named, params string[] args)
    {
        var (exit, stdout, stderr) = Export(args);
        Assert.NotEqual(0, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error:", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_out_file_is_an_error_naming_it()
    {
        string file = Path.Combine(store.Dir, "no-such-folder", "map.geojson");
        var (exit, _, stderr) = Export("--format", "geojson", "--history", "--out", file);
        Assert.Equal(1, exit);
        Assert.StartsWith("error: --out " + file, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));

        (exit, _, stderr) = Export("--format", "geojson", "--history", "--out", store.Dir);
        Assert.NotEqual(0, exit);
        Assert.Contains("is a folder", stderr, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = CsvReader.FromText(csv, CsvReaderOptions.Default);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        return rows;
    }
}
