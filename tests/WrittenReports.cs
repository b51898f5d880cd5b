using System.Globalization;
using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Gazetteer;
using Frontwatch.Store;

namespace Frontwatch.Tests;

/// <summary>Reports written for a test, put through the real extractor into a real SQLite store.</summary>
internal static class WrittenReports
{
    private static readonly Lazy<PlaceGazetteer> SharedGazetteer = new(() =>
        PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data }));

    /// <summary>The gazetteer as a user has it after setup, loaded once per test run.</summary>
    public static PlaceGazetteer Gazetteer => SharedGazetteer.Value;

    /// <summary>A new store at <paramref name="path"/> holding <paramref name="reports"/>, saved one at a time in order.</summary>
    public static async Task<string> CreateStoreAsync(string path, IEnumerable<(string Title, string Outlet, string Published, string Body)> reports)
    {
        var extractor = ClaimExtractor.Create(Gazetteer, TestPaths.Data);
        await using var store = ClaimStore.Open(path);
        int n = 0;
        foreach (var (title, outlet, published, body) in reports)
        {
            var report = new Report($"{published}-{++n}.txt", title, outlet, DateOnly.Parse(published, CultureInfo.InvariantCulture), null, body,
                new Dictionary<string, string> { ["title"] = title, ["outlet"] = outlet, ["published"] = published });
            await store.SaveAsync([(report, extractor.Extract(report))]);
        }
        return path;
    }
}
