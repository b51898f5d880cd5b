using System.Diagnostics;
using System.Text.Json;
using Frontwatch.Tests;

namespace Frontwatch.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Help_lists_the_commands()
    {
        var (exit, stdout, _) = CliRun.Run(_dir, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("places", stdout, StringComparison.Ordinal);
        Assert.Contains("gazetteer", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_prints_mentions_as_json_with_spans_ids_and_anchors()
    {
        string report = Path.Combine(_dir, "r.txt");
        File.WriteAllText(report, "title: t\noutlet: Sample Wire\npublished: 2025-01-06\n---\nRussia said its forces took Kurakhove, 20 miles south of Pokrovsk.\n");
        var (exit, stdout, stderr) = CliRun.Run(_dir, "places", report, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var mentions = doc.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        var kurakhove = mentions.Single(m => m.GetProperty("text").GetString() == "Kurakhove");
        Assert.Equal(695357, kurakhove.GetProperty("geonameid").GetInt32());
        Assert.Equal(28, kurakhove.GetProperty("start").GetInt32());
        var relative = mentions.Single(m => m.GetProperty("kind").GetString() == "relative");
        Assert.Equal(704422, relative.GetProperty("anchor").GetProperty("geonameid").GetInt32());
        Assert.Equal("south", relative.GetProperty("offset").GetProperty("direction").GetString());
    }

    [Fact]
    public void Extract_prints_the_claims_json_with_evidence_offsets()
    {
        string report = Path.Combine(_dir, "r.txt");
        const string body = "Russia's defence ministry said on Monday its forces had captured Kurakhove.\n";
        File.WriteAllText(report, "title: t\noutlet: Sample Wire\npublished: 2025-01-07\n---\n" + body);
        var (exit, stdout, stderr) = CliRun.Run(_dir, "extract", report, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var claim = Assert.Single(doc.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal("control", claim.GetProperty("kind").GetString());
        Assert.Equal("Russian Ministry of Defence", claim.GetProperty("claimant").GetProperty("name").GetString());
        Assert.Equal(695357, claim.GetProperty("place").GetProperty("geonameid").GetInt32());
        Assert.Equal("RU", claim.GetProperty("side").GetString());
        Assert.Equal("2025-01-06", claim.GetProperty("date").GetString());
        int start = claim.GetProperty("evidence_start").GetInt32(), end = claim.GetProperty("evidence_end").GetInt32();
        Assert.Equal(claim.GetProperty("evidence").GetString(), body[start..end]);
    }

    [Fact]
    public void Eval_scores_a_gold_folder_as_json()
    {
        string gold = Path.Combine(_dir, "gold");
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(gold, "a.txt"), "title: t\noutlet: Sample Wire\npublished: 2025-01-07\n---\nRussia's defence ministry said its forces had captured Kurakhove.\n");
        File.WriteAllText(Path.Combine(gold, "a.gold.json"), """
            { "report": "a.txt", "published": "2025-01-07", "claims": [
              { "kind": "control", "claimant": { "name": "Russian Ministry of Defence", "side": "RU", "type": "military" },
                "place": { "name": "Kurakhove", "geonameid": 695357 }, "side": "RU", "extent": "full", "date": "2025-01-07",
                "modality": "asserted", "evidence": "captured Kurakhove" } ] }
            """);
        var (exit, stdout, stderr) = CliRun.Run(_dir, "eval", "--gold", gold, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("overall").GetProperty("f1").GetDouble());
        Assert.Equal(1, doc.RootElement.GetProperty("reports").GetInt32());
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "empty.txt", "empty" },
        { "binary.txt", "binary" },
        { "invalid-utf8.txt", "not valid UTF-8" },
        { "huge-line.txt", "too large" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gets_one_clear_line_naming_the_file(string file, string message)
    {
        string dir = BadInputCatalogue();
        var (exit, stdout, stderr) = CliRun.Run(_dir, "places", Path.Combine(dir, file));
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Gazetteer_import_adds_a_file_for_later_runs()
    {
        string tsv = Path.Combine(_dir, "mine.txt");
        File.WriteAllText(tsv, "990000011\tZorianivka Tretia\tZorianivka Tretia\t\t48.1\t37.5\tP\tPPL\tUA\t\t05\t\t\t\t120\t\t150\tEurope/Kyiv\t2024-01-01\n");
        var (exit, stdout, stderr) = CliRun.Run(_dir, "gazetteer", "import", tsv);
        Assert.True(exit == 0, stderr);
        Assert.Contains("imported 1 populated places", stdout, StringComparison.Ordinal);

        string report = Path.Combine(_dir, "r.txt");
        File.WriteAllText(report, "Shelling hit Zorianivka Tretia overnight.\n");
        (exit, stdout, stderr) = CliRun.Run(_dir, "places", report, "--format", "json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("990000011", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_a_file_that_is_not_GeoNames_fails_with_its_name()
    {
        string bogus = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(bogus, "just some notes\n");
        var (exit, _, stderr) = CliRun.Run(_dir, "gazetteer", "import", bogus);
        Assert.Equal(1, exit);
        Assert.Contains("notes.txt", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    // The shared bad-input catalogue, written once per test run into a temp folder.
    private static string BadInputCatalogue()
    {
        lock (CatalogueLock)
        {
            if (_catalogue is not null) return _catalogue;
            string script = Path.Combine(TestPaths.Shared, "badinput", "make.sh");
            string dir = Directory.CreateTempSubdirectory("fw-badinput-").FullName;
            if (File.Exists(script))
            {
                using var p = Process.Start(new ProcessStartInfo("bash", [script, dir]) { RedirectStandardOutput = true })!;
                p.WaitForExit();
            }
            else MakeOwnCatalogue(dir);
            return _catalogue = dir;
        }
    }

    private static void MakeOwnCatalogue(string dir)
    {
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
        var noise = new byte[65536];
        new Random(1).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), noise);
        File.WriteAllBytes(Path.Combine(dir, "invalid-utf8.txt"), [.. "published: 2025-03-04\n---\nFighting near Pokrovsk "u8, 0xff, 0xfe]);
        File.WriteAllText(Path.Combine(dir, "huge-line.txt"), string.Concat(Enumerable.Repeat("fighting near Bakhmut ", 2_300_000)));
    }

    private static readonly object CatalogueLock = new();
    private static string? _catalogue;
}
