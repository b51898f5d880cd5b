using System.Diagnostics;

namespace Frontwatch.Bench;

/// <summary>Wall and CPU times of repeated whole runs of one workload, in seconds (medians, and the extremes of wall time).</summary>
internal sealed record Timing(double Median, double Min, double Max, double CpuMedian, int Runs)
{
    /// <summary>Median of the second CPU clock given to <see cref="Measure"/> (e.g. the whole process beside the thread); NaN when none was given.</summary>
    public double SecondCpuMedian { get; init; } = double.NaN;

    /// <summary>
    /// Runs <paramref name="body"/> untimed at least <paramref name="warmups"/> times and for at least
    /// <paramref name="warmupSeconds"/> (JIT tiering, page cache), then <paramref name="runs"/> times timed,
    /// reading <paramref name="cpuClock"/> around each timed run.
    /// </summary>
    public static Timing Measure(int warmups, int runs, Action body, Func<double> cpuClock, double warmupSeconds = 0, Func<double>? secondCpuClock = null)
    {
        // On a busy machine the background JIT can lag; a warm-up by time keeps tier-0 code out of the timed runs.
        long warmupStart = Stopwatch.GetTimestamp();
        for (int i = 0; i < warmups || Stopwatch.GetElapsedTime(warmupStart).TotalSeconds < warmupSeconds; i++) body();
        var wall = new double[runs];
        var cpu = new double[runs];
        var cpu2 = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            // A collection left over from the previous run would be billed to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            double cpu2Start = secondCpuClock?.Invoke() ?? double.NaN;
            double cpuStart = cpuClock();
            long start = Stopwatch.GetTimestamp();
            body();
            wall[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpu[i] = cpuClock() - cpuStart;
            cpu2[i] = (secondCpuClock?.Invoke() ?? double.NaN) - cpu2Start;
        }
        return new Timing(MedianOf(wall), wall.Min(), wall.Max(), MedianOf(cpu), runs) { SecondCpuMedian = MedianOf(cpu2) };
    }

    /// <summary>Throughput of the median run over <paramref name="megabytes"/>, by the wall clock.</summary>
    public double MegabytesPerSecond(double megabytes) => megabytes / Median;

    /// <summary>Megabytes per CPU-second of the median run: MB/s per core, whatever else the machine is doing.</summary>
    public double MegabytesPerCpuSecond(double megabytes) => megabytes / CpuMedian;

    private static double MedianOf(double[] values)
    {
        var sorted = values.Order().ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
