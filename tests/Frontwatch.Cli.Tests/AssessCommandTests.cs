using System.Text.Json;

namespace Frontwatch.Cli.Tests;

/// <summary>`assess` and `claimants` on a store built by `ingest` from reports written for the test.</summary>
public sealed class AssessCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-assess-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "a.db");

    private void Ingest(params (string Name, string Published, string Outlet, string Body)[] reports)
    {
        string folder = Path.Combine(_dir, "reports");
        Directory.CreateDirectory(folder);
        foreach (var (name, published, outlet, body) in reports)
            File.WriteAllText(Path.Combine(folder, name), $"title: {name}\noutlet: {outlet}\npublished: {published}\n---\n{body}\n");
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", folder, "--store", Store);
        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public void Assess_prints_holder_confidence_flags_and_graded_evidence_as_json()
    {
        Ingest(
            ("a.txt", "2025-02-11", "Sample Wire", "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said on Tuesday."),
            ("b.txt", "2025-02-13", "Other Wire", "Russian troops have taken control of Toretsk, the Institute for the Study of War said on Thursday."),
            ("c.txt", "2025-02-13", "Other Wire", "Ukrainian forces have liberated the village of Kotlyne, Ukraine's General Staff said on Thursday."));
        var (exit, stdout, stderr) = CliRun.Run(_dir, "assess", "--store", Store, "--date", "2025-02-14", "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2025-02-14", doc.RootElement.GetProperty("date").GetString());
        var places = doc.RootElement.GetProperty("places").EnumerateArray().ToList();
        var toretsk = places.Single(p => p.GetProperty("place").GetProperty("name").GetString() == "Toretsk");
        Assert.Equal("RU", toretsk.GetProperty("holder").GetString());
        Assert.False(toretsk.GetProperty("unconfirmed").GetBoolean());
        var grades = toretsk.GetProperty("for").EnumerateArray().Select(e => e.GetProperty("grade").GetString()).ToList();
        Assert.Contains("C1", grades);
        Assert.Contains("B1", grades);
        var kotlyne = places.Single(p => p.GetProperty("place").GetProperty("name").GetString() == "Kotlyne");
        Assert.Equal("UA", kotlyne.GetProperty("holder").GetString());
        Assert.True(kotlyne.GetProperty("unconfirmed").GetBoolean());

        // Before the first claim there is nothing to assess.
        (exit, stdout, _) = CliRun.Run(_dir, "assess", "--store", Store, "--date", "2025-01-01", "--format", "json");
        Assert.Equal(0, exit);
        using var before = JsonDocument.Parse(stdout);
        Assert.Empty(before.RootElement.GetProperty("places").EnumerateArray());
    }

    [Fact]
    public void Claimants_prints_track_records()
    {
        Ingest(
            ("a.txt", "2025-02-11", "Sample Wire", "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said on Tuesday."),
            ("b.txt", "2025-02-15", "Other Wire", "Russian troops have taken control of Toretsk, the Institute for the Study of War said on Saturday."));
        var (exit, stdout, stderr) = CliRun.Run(_dir, "claimants", "--store", Store, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var ministry = doc.RootElement.GetProperty("claimants").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Russian Ministry of Defence");
        Assert.Equal(1, ministry.GetProperty("control_claims").GetInt32());
        Assert.Equal(1, ministry.GetProperty("corroborated").GetInt32());
        Assert.Equal(4, ministry.GetProperty("median_lag_days").GetDouble());
    }
}

/// <summary>`reference import` and `reference diff` with DeepStateMap's layer, against a store built from the dev reports (all read from ../shared).</summary>
public sealed class ReferenceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-ref-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Diff_against_deepstate_agrees_on_Kurakhove_and_lists_both_directions()
    {
        string store = Path.Combine(_dir, "d.db"), shared = Frontwatch.Tests.TestPaths.Shared;
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", Path.Combine(shared, "eval", "dev"), "--store", store);
        Assert.True(exit == 0, stderr);
        string deepstate = Path.Combine(shared, "reference", "deepstate");
        (exit, var stdout, stderr) = CliRun.Run(_dir, "reference", "import", Path.Combine(deepstate, "occupied-2025-01-06.geojson"), "--name", "deepstate",
            "--date", "2025-01-06", "--contested", Path.Combine(deepstate, "contested-2025-01-06.geojson"), "--store", store);
        Assert.True(exit == 0, stderr);
        Assert.Contains("saved", stdout, StringComparison.Ordinal);
        (exit, stdout, stderr) = CliRun.Run(_dir, "reference", "diff", "deepstate", "--date", "2025-01-06", "--store", store, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.InRange(root.GetProperty("agreement").GetDouble(), 0.01, 1.0);
        var agreements = root.GetProperty("agreements").EnumerateArray().ToList();
        var kurakhove = agreements.Single(a => a.GetProperty("place").GetProperty("name").GetString() == "Kurakhove");
        Assert.Equal("RU", kurakhove.GetProperty("reference").GetString());
        int listed = agreements.Count + root.GetProperty("claims_say_ru_reference_ua").GetArrayLength() + root.GetProperty("claims_say_ua_reference_ru").GetArrayLength()
            + root.GetProperty("other_disagreements").GetArrayLength();
        Assert.Equal(root.GetProperty("compared").GetInt32(), listed);

        // A layer that is not there, and a file that is not GeoJSON, are clear errors.
        (exit, _, stderr) = CliRun.Run(_dir, "reference", "diff", "isw", "--date", "2025-01-06", "--store", store);
        Assert.NotEqual(0, exit);
        Assert.Contains("no reference layer 'isw'", stderr, StringComparison.Ordinal);
        string bad = Path.Combine(_dir, "bad.geojson");
        File.WriteAllText(bad, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        (exit, _, stderr) = CliRun.Run(_dir, "reference", "import", bad, "--name", "x", "--date", "2025-01-06", "--store", store);
        Assert.NotEqual(0, exit);
        Assert.Contains("bad.geojson", stderr, StringComparison.Ordinal);

        // A layer in KMZ (a square around Kurakhove in its doc.kml) reads the same way.
        string kmz = Path.Combine(_dir, "square.kmz");
        using (var zip = System.IO.Compression.ZipFile.Open(kmz, System.IO.Compression.ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("doc.kml").Open()))
            writer.Write("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><Polygon><outerBoundaryIs><LinearRing>"
                + "<coordinates>37.0,47.8 37.6,47.8 37.6,48.2 37.0,48.2 37.0,47.8</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>");
        (exit, _, stderr) = CliRun.Run(_dir, "reference", "import", kmz, "--name", "square", "--date", "2025-01-06", "--store", store);
        Assert.True(exit == 0, stderr);
        (exit, stdout, stderr) = CliRun.Run(_dir, "reference", "diff", "square", "--date", "2025-01-06", "--store", store, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var squareDoc = JsonDocument.Parse(stdout);
        Assert.Contains(squareDoc.RootElement.GetProperty("agreements").EnumerateArray(), a => a.GetProperty("place").GetProperty("name").GetString() == "Kurakhove");
    }
}
