using System.Diagnostics;

namespace Frontwatch.Cli.Tests;

/// <summary>
/// `ingest` as separate processes on real stores (a SQLite file, a PostgreSQL database): killed and run again, run
/// twice, run on several threads, two at once. Each compares whole stores by their natural keys.
/// </summary>
public sealed class IngestRecoveryTests : IDisposable
{
    private const int Reports = 10_000;

    private readonly string _dir = Directory.CreateTempSubdirectory("fw-recovery-").FullName;
    private readonly TestStore _stores;

    public IngestRecoveryTests() => _stores = new TestStore(_dir);

    public void Dispose()
    {
        _stores.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Killed_midway_and_run_again_ends_with_the_store_of_an_uninterrupted_run(string kind)
    {
        string dump = GeneratedReports.WriteDump(Path.Combine(_dir, "in", "dump.jsonl"), 0, Reports);
        string uninterrupted = _stores.Create(kind), killed = _stores.Create(kind);
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", uninterrupted, "--batch", "100");
        Assert.True(exit == 0, stderr);
        var expected = TestStore.Dump(uninterrupted);

        long storedWhenKilled;
        using (var run = CliRun.Start(_dir, "ingest", dump, "--store", killed, "--batch", "100"))
        {
            // Kill it once some batches are committed and well before the end.
            var waited = Stopwatch.StartNew();
            while (TestStore.CountReports(killed) < 2_000 && !run.Process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            Assert.False(run.Process.HasExited, "the ingest ended before it could be killed");
            run.KillHard();
            storedWhenKilled = TestStore.CountReports(killed);
        }
        Assert.InRange(storedWhenKilled, 2_000, Reports - 2_000);
        (exit, _, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", killed, "--batch", "100");
        Assert.True(exit == 0, stderr);

        TestStore.AssertSame(expected, TestStore.Dump(killed));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Ingesting_the_same_dump_twice_changes_no_row(string kind)
    {
        string dump = GeneratedReports.WriteDump(Path.Combine(_dir, "in", "dump.jsonl"), 0, 3_000);
        string store = _stores.Create(kind);
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", store);
        Assert.True(exit == 0, stderr);
        var first = TestStore.Dump(store);

        (exit, var stdout, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", store);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"│\s+new\s+│\s+0 │", stdout);
        Assert.Matches(@"│\s+exact duplicates skipped\s+│\s+3,000 │", stdout);
        TestStore.AssertSame(first, TestStore.Dump(store));
    }

    [Fact]
    public void Extraction_threads_and_batch_size_leave_the_store_as_one_thread_does()
    {
        string dump = GeneratedReports.WriteDump(Path.Combine(_dir, "in", "dump.jsonl"), 0, 2_000);
        string oneThread = _stores.Create("sqlite"), fourThreads = _stores.Create("sqlite");

        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", oneThread, "--jobs", "1", "--batch", "50");
        Assert.True(exit == 0, stderr);
        (exit, _, stderr) = CliRun.Run(_dir, "ingest", dump, "--store", fourThreads, "--jobs", "4", "--batch", "300");
        Assert.True(exit == 0, stderr);

        var dumped = TestStore.Dump(oneThread);
        Assert.Contains(dumped, line => line.StartsWith("claim\t", StringComparison.Ordinal));
        TestStore.AssertSame(dumped, TestStore.Dump(fourThreads));
    }

    [SkippableFact]
    public void Two_ingests_of_overlapping_dumps_at_once_store_each_report_and_claim_once()
    {
        // One reads reports 0–3,999 forwards, the other 2,000–5,999 backwards: they meet in the middle of the overlap.
        string forwards = GeneratedReports.WriteDump(Path.Combine(_dir, "in", "a.jsonl"), 0, 4_000);
        string backwards = GeneratedReports.WriteDump(Path.Combine(_dir, "in", "b.jsonl"), 2_000, 4_000, reverse: true);
        string together = _stores.Create("postgres"), alone = _stores.Create("postgres");

        using (var a = CliRun.Start(_dir, "ingest", forwards, "--store", together, "--batch", "50"))
        using (var b = CliRun.Start(_dir, "ingest", backwards, "--store", together, "--batch", "50"))
        {
            var (exitA, _, errA) = a.Wait();
            var (exitB, _, errB) = b.Wait();
            Assert.True(exitA == 0, errA);
            Assert.True(exitB == 0, errB);
        }
        var (exit, _, stderr) = CliRun.Run(_dir, "ingest", forwards, backwards, "--store", alone, "--batch", "50");
        Assert.True(exit == 0, stderr);

        var expected = TestStore.Dump(alone);
        var actual = TestStore.Dump(together);
        // Reports, claims, places and claimants are exactly those of one process reading both dumps.
        TestStore.AssertSame(Rows(expected, "claim", "place", "claimant"), Rows(actual, "claim", "place", "claimant"));
        // Of an exact duplicate the first copy stored stands, title and all, so reports compare by their text.
        TestStore.AssertSame(Rows(expected, "report").Select(Text).ToList(), Rows(actual, "report").Select(Text).ToList());
        // Every report is in a cluster whose first report exists, and every cluster holds its first report.
        var reports = Rows(actual, "report").Select(r => r.Split('\t')).ToList();
        var clusterOf = reports.ToDictionary(r => r[1], r => r[^1]);
        var clusters = Rows(actual, "cluster").Select(c => c.Split('\t')[1]).ToHashSet();
        Assert.All(reports, r => Assert.Contains(r[^1], clusters));
        Assert.All(clusters, first => Assert.Equal(first, clusterOf[first]));
        // Near-duplicates saved by the two processes in the same instant may each open a cluster (README); a few, not many.
        int expectedClusters = Rows(expected, "cluster").Count;
        Assert.InRange(clusters.Count, expectedClusters, expectedClusters + 20);
    }

    private static List<string> Rows(List<string> dump, params string[] tables) =>
        [.. dump.Where(line => tables.Contains(line[..line.IndexOf('\t', StringComparison.Ordinal)]))];

    // The content hash and the body (columns 1 and 8 of a report row).
    private static string Text(string reportRow)
    {
        var columns = reportRow.Split('\t');
        return columns[1] + "\t" + columns[8];
    }
}
