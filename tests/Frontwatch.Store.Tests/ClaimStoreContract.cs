using System.Globalization;
using Frontwatch.Core;

namespace Frontwatch.Store.Tests;

/// <summary>The behaviour every store must have; run against a SQLite file and a real PostgreSQL server.</summary>
public abstract class ClaimStoreContract : IAsyncLifetime
{
    private static readonly string[] Tables = ["schema_version", "reports", "clusters", "places", "claimants", "claims"];

    private static readonly Claimant Ministry = new("Russian Defence Ministry", Side.Russia, ClaimantType.Military);
    private static readonly Claimant GeneralStaff = new("Ukraine's General Staff", Side.Ukraine, ClaimantType.Military);
    private static readonly Claimant Governor = new("Kharkiv regional governor", Side.Ukraine, ClaimantType.Official);
    private static readonly ClaimPlace Berdin = new("Berdin", 709717, "05", new GeoPoint(48.2, 37.6)) { Country = "UA" };
    private static readonly ClaimPlace Kharkiv = new("Kharkiv", 706483, "07", new GeoPoint(49.98, 36.25)) { Country = "UA" };

    /// <summary>The name of a new, empty store (a file path or a URL) for one test.</summary>
    protected abstract Task<string> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Reports_and_claims_come_back_as_saved()
    {
        await using var store = await OpenAsync();
        var captured = new Claim(ClaimKind.Control, Ministry, Berdin, Side.Russia, Modality.Asserted, "its forces had captured the village of Berdin")
        {
            Extent = Extent.Full,
            Date = new DateOnly(2025, 3, 4),
            EvidenceSpan = new TextSpan(10, 55),
        };
        var killed = new Claim(ClaimKind.Casualties, Ministry, Berdin, Side.Ukraine, Modality.Unverified, "lost more than 300 servicemen")
        {
            Count = new CountRange(300, null),
        };
        var strike = new Claim(ClaimKind.Strike, Governor, Kharkiv with { GeoNameId = null, Point = null, Admin1 = null }, Side.Russia, Modality.Asserted, "a Russian drone strike on the city of Kharkiv")
        {
            Outcome = Outcome.Gained,
        };

        var outcome = await store.SaveAsync([(Report(Stories.Wire, "Russia says it took Berdin"), [captured, killed, strike])]);

        Assert.Equal(new SaveOutcome(1, 0, 0, 3), outcome);
        var claims = await store.QueryClaimsAsync(ClaimQuery.All);
        Assert.Equal(
            new[] { captured, killed, strike }.OrderBy(c => c.Evidence, StringComparer.Ordinal),
            claims.Select(c => c.Claim).OrderBy(c => c.Evidence, StringComparer.Ordinal));
        var first = claims[0];
        Assert.Equal(("samples/berdin.txt", "Sample Wire", "Russia says it took Berdin", "https://example.org/berdin", new DateOnly(2025, 3, 4)),
            (first.Source, first.Outlet, first.Title, first.Url, first.Published));
    }

    [SkippableFact]
    public async Task An_exact_duplicate_is_skipped_and_counted()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([(Report(Stories.Wire), [Control(Berdin)])]);

        var outcome = await store.SaveAsync([(Report("  " + Stories.Wire.Replace("\n", "\r\n\r\n", StringComparison.Ordinal), "Another headline"), [Control(Berdin)])]);

        Assert.Equal(new SaveOutcome(0, 1, 0, 0), outcome);
        var stats = await store.StatsAsync();
        Assert.Equal((1, 1, 1), (stats.Reports, stats.Clusters, stats.Claims));
    }

    [SkippableFact]
    public async Task A_near_duplicate_joins_the_cluster_and_a_different_story_does_not()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([(Report(Stories.Wire, "Russia says it captured Berdin"), [Control(Berdin)])]);

        var outcome = await store.SaveAsync([
            (Report(Stories.Republished, "Moscow claims village near Pokrovsk, Kyiv says fighting goes on"), [Control(Berdin)]),
            (Report(Stories.Other, "Ukraine says it pushed Russians out of Berdin"), [Control(Berdin)]),
        ]);

        Assert.Equal(new SaveOutcome(2, 0, 1, 2), outcome);
        Assert.Equal(2, (await store.StatsAsync()).Clusters);
        var clusterOf = (await store.QueryClaimsAsync(ClaimQuery.All)).ToDictionary(c => c.Title!, c => c.ClusterId);
        Assert.Equal(clusterOf["Russia says it captured Berdin"], clusterOf["Moscow claims village near Pokrovsk, Kyiv says fighting goes on"]);
        Assert.NotEqual(clusterOf["Russia says it captured Berdin"], clusterOf["Ukraine says it pushed Russians out of Berdin"]);
    }

    [SkippableFact]
    public async Task Near_duplicates_in_one_batch_share_a_cluster()
    {
        await using var store = await OpenAsync();

        var outcome = await store.SaveAsync([(Report(Stories.Wire), [Control(Berdin)]), (Report(Stories.Republished), [Control(Berdin)])]);

        Assert.Equal(new SaveOutcome(2, 0, 1, 2), outcome);
        Assert.Equal(1, (await store.StatsAsync()).Clusters);
    }

    [SkippableFact]
    public async Task A_cluster_starts_at_the_first_report_in_batch_order_however_the_batches_are_cut()
    {
        await using var oneBatch = await OpenAsync();
        await using var twoBatches = await OpenAsync();

        await oneBatch.SaveAsync([(Report(Stories.Republished, "Republished"), [Control(Berdin)]), (Report(Stories.Wire, "Wire"), [Control(Berdin)])]);
        await twoBatches.SaveAsync([(Report(Stories.Republished, "Republished"), [Control(Berdin)])]);
        await twoBatches.SaveAsync([(Report(Stories.Wire, "Wire"), [Control(Berdin)])]);

        Assert.Equal("Republished", await FirstTitleOfOnlyClusterAsync(oneBatch));
        Assert.Equal("Republished", await FirstTitleOfOnlyClusterAsync(twoBatches));
    }

    [SkippableFact]
    public async Task Holds_a_report_by_its_normalised_body()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([(Report(Stories.Wire), [Control(Berdin)])]);

        Assert.True(await store.HoldsAsync("\n" + Stories.Wire.Replace(" ", "  ", StringComparison.Ordinal)));
        Assert.False(await store.HoldsAsync(Stories.Other));
    }

    [SkippableFact]
    public async Task Reports_are_listed_newest_first_and_loaded_with_their_bodies_by_id()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([
            (Report(Stories.Wire, "Wire", new DateOnly(2025, 3, 4)), [Control(Berdin)]),
            (Report(Stories.Other, "Other", new DateOnly(2025, 3, 6)), [Control(Berdin)]),
        ]);

        var listed = await store.ListReportsAsync(0, 10);
        Assert.Equal(["Other", "Wire"], listed.Select(r => r.Title));
        Assert.Equal(new DateOnly(2025, 3, 6), listed[0].Published);
        Assert.Equal(("samples/berdin.txt", "Sample Wire", "https://example.org/berdin"), (listed[0].Source, listed[0].Outlet, listed[0].Url));
        Assert.Equal(["Wire"], (await store.ListReportsAsync(1, 10)).Select(r => r.Title));
        Assert.Empty(await store.ListReportsAsync(2, 10));

        long wire = listed[1].Id;
        Assert.Equal(wire, await store.FindReportAsync(" " + Stories.Wire));
        Assert.Null(await store.FindReportAsync("no such report"));
        var loaded = await store.LoadReportsAsync([wire, wire, 999_999]);
        var report = Assert.Single(loaded);
        Assert.Equal(listed[1], report.Summary);
        Assert.Equal(Stories.Wire, report.Body);
        Assert.Empty(await store.LoadReportsAsync([]));
    }

    [SkippableFact]
    public async Task Saving_the_same_batch_twice_changes_nothing()
    {
        await using var store = await OpenAsync();
        var batch = Batch(0, 12);
        await store.SaveAsync(batch);
        var stats = Describe(await store.StatsAsync());
        var tables = await DumpAsync(store);

        var again = await store.SaveAsync(batch);

        Assert.Equal(new SaveOutcome(0, 12, 0, 0), again);
        Assert.Equal(stats, Describe(await store.StatsAsync()));
        Assert.Equal(tables, await DumpAsync(store));
    }

    [SkippableFact]
    public async Task Migrations_are_applied_once_and_data_survives_a_reopen()
    {
        var name = await CreateStoreAsync();
        IReadOnlyList<string> versions;
        await using (var store = ClaimStore.Open(name))
        {
            await store.SaveAsync(Batch(0, 3));
            versions = await ((SqlClaimStore)store).DumpAsync("schema_version");
        }

        await using var reopened = ClaimStore.Open(name);

        Assert.Equal(Migrations.Steps.Count, versions.Count);
        Assert.Equal(versions, await ((SqlClaimStore)reopened).DumpAsync("schema_version"));
        Assert.Equal(3, (await reopened.StatsAsync()).Reports);
    }

    [SkippableFact]
    public async Task Two_writers_saving_overlapping_batches_at_once_store_each_report_once()
    {
        var name = await CreateStoreAsync();
        await using (ClaimStore.Open(name)) { }
        // Writer A saves stories 0–29 forwards, writer B 10–39 backwards, five to a batch: they meet on 10–29.
        var forwards = Enumerable.Range(0, 6).Select(i => Batch(i * 5, 5)).ToList();
        var backwards = Enumerable.Range(2, 6).Reverse().Select(i => Batch(i * 5, 5)).ToList();

        var outcomes = await Task.WhenAll(Task.Run(() => SaveAllAsync(name, forwards)), Task.Run(() => SaveAllAsync(name, backwards)));

        await using var store = ClaimStore.Open(name);
        var stats = await store.StatsAsync();
        Assert.Equal((40L, 40L, 80L, 40L, 2L), (stats.Reports, stats.Clusters, stats.Claims, stats.Places, stats.Claimants));
        Assert.Equal(40, outcomes.Sum(o => o.Added));
        Assert.Equal(20, outcomes.Sum(o => o.Duplicates));
        Assert.Equal(80, outcomes.Sum(o => o.ClaimsAdded));
    }

    [SkippableFact]
    public async Task Stats_count_claims_by_kind_and_distinct_places_and_claimants()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([(Report(Stories.Wire), [Control(Berdin), Control(Kharkiv), Strike(Kharkiv), Strike(Kharkiv with { Name = "KHARKIV" })])]);

        var stats = await store.StatsAsync();

        Assert.Equal((1L, 1L, 2L, 2L, 4L), (stats.Reports, stats.Clusters, stats.Places, stats.Claimants, stats.Claims));
        Assert.Equal(new Dictionary<ClaimKind, long> { [ClaimKind.Control] = 2, [ClaimKind.Strike] = 2 }, stats.ClaimsByKind);
    }

    [SkippableFact]
    public async Task Claims_are_found_by_place_in_any_case_by_claimant_kind_and_dates()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([
            (Report(Stories.Wire, published: new DateOnly(2025, 3, 4)), [Control(Berdin), Strike(Kharkiv) with { Date = new DateOnly(2025, 3, 3) }]),
            (Report(Stories.Other, published: new DateOnly(2025, 3, 6)), [Control(Berdin) with { Claimant = GeneralStaff, Side = Side.Ukraine }]),
        ]);

        Assert.Equal(2, (await store.QueryClaimsAsync(new ClaimQuery { Places = ["bERDIN"] })).Count);
        Assert.Single(await store.QueryClaimsAsync(new ClaimQuery { Places = ["Charkiw", "kharkiv"] }));
        Assert.Empty(await store.QueryClaimsAsync(new ClaimQuery { Places = ["Pokrovsk"] }));
        Assert.Equal(GeneralStaff, Assert.Single(await store.QueryClaimsAsync(new ClaimQuery { Claimant = "ukraine's general staff" })).Claim.Claimant);
        Assert.Equal(ClaimKind.Strike, Assert.Single(await store.QueryClaimsAsync(new ClaimQuery { Kind = ClaimKind.Strike })).Claim.Kind);
        // The strike's own date (3 March) counts, not its report's (4 March).
        Assert.Equal(ClaimKind.Strike, Assert.Single(await store.QueryClaimsAsync(new ClaimQuery { To = new DateOnly(2025, 3, 3) })).Claim.Kind);
        Assert.Equal(2, (await store.QueryClaimsAsync(new ClaimQuery { From = new DateOnly(2025, 3, 4), To = new DateOnly(2025, 3, 6) })).Count);
        Assert.Equal(
            [new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 6)],
            (await store.QueryClaimsAsync(new ClaimQuery { Places = ["Berdin"], Kind = ClaimKind.Control })).Select(c => c.Published!.Value));
    }

    private async Task<IClaimStore> OpenAsync() => ClaimStore.Open(await CreateStoreAsync());

    private static async Task<string?> FirstTitleOfOnlyClusterAsync(IClaimStore store)
    {
        var cluster = Assert.Single(await ((SqlClaimStore)store).DumpAsync("clusters"));
        string firstReport = cluster.Split('\t').Single(c => c.StartsWith("first_report_id=", StringComparison.Ordinal))["first_report_id=".Length..];
        return (await store.QueryClaimsAsync(ClaimQuery.All)).First(c => c.ReportId.ToString(CultureInfo.InvariantCulture) == firstReport).Title;
    }

    private static async Task<SaveOutcome> SaveAllAsync(string name, IEnumerable<IReadOnlyList<(Report, IReadOnlyList<Claim>)>> batches)
    {
        await using var store = ClaimStore.Open(name);
        var total = new SaveOutcome();
        foreach (var batch in batches) total = total.Plus(await store.SaveAsync(batch));
        return total;
    }

    private static async Task<List<string>> DumpAsync(IClaimStore store)
    {
        var rows = new List<string>();
        foreach (var table in Tables) rows.AddRange((await ((SqlClaimStore)store).DumpAsync(table)).Select(r => table + ": " + r));
        return rows;
    }

    private static string Describe(StoreStats s) =>
        $"{s.Reports} {s.Clusters} {s.Places} {s.Claimants} {string.Join(",", s.ClaimsByKind.Select(kv => $"{kv.Key}={kv.Value}"))}";

    /// <summary>Stories <paramref name="first"/>… of a series whose words are drawn at random, so no two are alike; two claims each.</summary>
    private static List<(Report, IReadOnlyList<Claim>)> Batch(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(n =>
        {
            var place = new ClaimPlace($"Village {n}", 100_000 + n, "05", null);
            IReadOnlyList<Claim> claims = [Control(place), Control(place) with { Claimant = GeneralStaff, Modality = Modality.Denied }];
            return (Report(RandomStory(n), $"Story {n}"), claims);
        })];

    private static string RandomStory(int seed)
    {
        string[] words = ["forces", "village", "said", "attack", "drone", "ministry", "front", "region", "troops", "near", "shelling", "town",
            "captured", "repelled", "killed", "wounded", "statement", "spokesman", "military", "defence", "positions", "assault", "artillery", "night"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)]));
    }

    private static Report Report(string body, string? title = null, DateOnly? published = null) =>
        new("samples/berdin.txt", title ?? "Russia says it took Berdin", "Sample Wire", published ?? new DateOnly(2025, 3, 4), "https://example.org/berdin", body,
            new Dictionary<string, string> { ["note"] = "fictional sample" });

    private static Claim Control(ClaimPlace place) =>
        new(ClaimKind.Control, Ministry, place, Side.Russia, Modality.Asserted, $"its forces had captured {place.Name}") { Extent = Extent.Full };

    private static Claim Strike(ClaimPlace place) =>
        new(ClaimKind.Strike, Governor, place, Side.Russia, Modality.Asserted, $"a drone strike on {place.Name}");
}
