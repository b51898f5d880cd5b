namespace Frontwatch.Bench;

/// <summary>grep's figures in one locale (wall clock and CPU time, whole process and scan alone) and the scan's speed relative to them.</summary>
internal sealed record GrepFigures(
    string Locale,
    double Megabytes,
    double Seconds,
    double MbPerSecond,
    double CpuSeconds,
    double MbPerCpuSecond,
    double SetupSeconds,
    double SetupCpuSeconds,
    double ScanOnlyMbPerSecond,
    double ScanOnlyMbPerCpuSecond,
    long Matches,
    double RatioScanToGrep,
    double RatioScanToGrepScanOnly,
    double RatioScanToGrepCpu,
    double RatioScanToGrepScanOnlyCpu);
