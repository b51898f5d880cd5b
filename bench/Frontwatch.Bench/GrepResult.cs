namespace Frontwatch.Bench;

/// <summary>grep's timings in one locale over <see cref="Megabytes"/> of text: the whole run, the run over an empty file (start-up and pattern compilation), and the matches it printed.</summary>
internal sealed record GrepResult(string Locale, double Megabytes, Timing Whole, Timing Setup, long Matches)
{
    public double MegabytesPerSecond => Whole.MegabytesPerSecond(Megabytes);

    public double MegabytesPerCpuSecond => Whole.MegabytesPerCpuSecond(Megabytes);

    /// <summary>Throughput of the scan alone: the whole run less start-up and pattern compilation; NaN when the text is too small to tell them apart.</summary>
    public double ScanMegabytesPerSecond => Net(Whole.Median, Setup.Median);

    /// <summary>The scan alone per CPU-second: grep's CPU time less what it spends on an empty file.</summary>
    public double ScanMegabytesPerCpuSecond => Net(Whole.CpuMedian, Setup.CpuMedian);

    private double Net(double whole, double setup) => whole - setup > 0.01 * whole ? Megabytes / (whole - setup) : double.NaN;
}
