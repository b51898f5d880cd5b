using System.Text.Json;

namespace Frontwatch.Cli.Tests;

/// <summary>`ingest`, `stats` and `claims` as a user runs them, on a real SQLite store.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Store => Path.Combine(_dir, "store.db");

    private string Write(string name, string body, string published = "2025-03-04")
    {
        string path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"title: t\noutlet: Sample Wire\npublished: {published}\nnote: fictional test report\n---\n{body}\n");
        return path;
    }

    private JsonElement Stats()
    {
        var (exit, stdout, stderr) = CliRun.Run(_dir, "stats", "--store", Store, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [Fact]
    public void Ingesting_twice_changes_nothing()
    {
        Write("a.txt", "Russia's defence ministry said on Monday its forces had captured Kurakhove.");
        Write("b.txt", "Ukraine's General Staff said its troops repelled 14 Russian attacks near Pokrovsk on Sunday.");
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", Path.Combine(_dir, "in"), "--store", Store);
        Assert.True(exit == 0, stderr);
        var first = Stats();
        Assert.Equal(2, first.GetProperty("reports").GetInt32());
        Assert.True(first.GetProperty("claims").GetInt32() >= 2);

        (exit, _, stderr) = CliRun.Run(_dir, "ingest", Path.Combine(_dir, "in"), "--store", Store);
        Assert.True(exit == 0, stderr);
        Assert.Equal(first.ToString(), Stats().ToString());
    }

    [Fact]
    public void A_bad_input_is_one_error_naming_it_and_the_rest_is_stored()
    {
        Write("good.txt", "Russia's defence ministry said on Monday its forces had captured Kurakhove.");
        string binary = Path.Combine(_dir, "in", "bad.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", Path.Combine(_dir, "in"), "--store", Store);
        Assert.Equal(1, exit);
        var errors = stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Contains("bad.txt", Assert.Single(errors), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(1, Stats().GetProperty("reports").GetInt32());
    }

    [Fact]
    public void Claims_filter_by_any_spelling_of_a_place_and_escape_csv()
    {
        Write("a.txt", "=HYPERLINK(\"x\") Russia's defence ministry said on Monday its forces had captured Kupiansk.");
        Write("b.txt", "Ukraine's General Staff said its troops repelled 14 Russian attacks near Pokrovsk on Sunday.");
        Assert.Equal(0, CliRun.Run(_dir, "ingest", Path.Combine(_dir, "in"), "--store", Store).Exit);

        var (exit, stdout, stderr) = CliRun.Run(_dir, "claims", "--store", Store, "--place", "Kupyansk", "--format", "json");
        Assert.True(exit == 0, stderr);
        var claims = JsonDocument.Parse(stdout).RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("Kupiansk", c.GetProperty("place").GetProperty("name").GetString()));

        (exit, stdout, stderr) = CliRun.Run(_dir, "claims", "--store", Store, "--format", "csv");
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("\n=", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", stdout, StringComparison.Ordinal);
    }
}
