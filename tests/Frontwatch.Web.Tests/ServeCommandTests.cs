using System.Diagnostics;
using System.Text.RegularExpressions;
using Frontwatch.Tests;

namespace Frontwatch.Web.Tests;

/// <summary>`frontwatch serve` as a user runs it: a real process that prints where it listens and answers there.</summary>
public sealed partial class ServeCommandTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-serve-").FullName;
    private string _store = "";

    public async Task InitializeAsync() => _store = await WebStore.CreateAsync(_dir);

    public Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Serve_prints_its_address_and_answers_there_with_writes_disabled_without_a_key()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "frontwatch.dll"), "serve", "--store", _store, "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(a);
        start.Environment["FRONTWATCH_ROOT"] = TestPaths.Root;
        start.Environment["FRONTWATCH_HOME"] = Path.Combine(_dir, "home");
        start.Environment["FRONTWATCH_CACHE"] = Path.Combine(_dir, "cache");
        start.Environment.Remove("FRONTWATCH_API_KEY");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            string? address = null;
            var printed = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                printed.Add(line);
                if (MapLine().Match(line) is { Success: true } m) address = m.Groups[1].Value;
                if (line.StartsWith("Ctrl+C", StringComparison.Ordinal)) break;
            }
            Assert.True(address is not null, $"no address printed: {string.Join('\n', printed)}");
            Assert.Contains(printed, l => l.Contains("writes    disabled", StringComparison.Ordinal));

            using var client = new HttpClient { BaseAddress = new Uri(address) };
            Assert.Equal("2025-03-22", (await client.GetJsonAsync("/api/dates")).Str("last"));
            using var post = await client.SendAsync(Api.Post("/api/reports", "{}", "application/json", "some-key"));
            await Api.AssertProblemAsync(post, 403);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        Assert.DoesNotContain("Exception", await stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"map\s+(http://127\.0\.0\.1:\d+/)")]
    private static partial Regex MapLine();
}
