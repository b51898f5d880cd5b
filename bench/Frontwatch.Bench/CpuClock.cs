using System.Runtime.InteropServices;

namespace Frontwatch.Bench;

/// <summary>
/// CPU seconds used (user + system), from getrusage(2): by the calling thread, by the whole
/// process (its GC and JIT threads too), or by the reaped child processes (a shell, grep, wc). On
/// a shared machine wall time counts other people's work; CPU time counts only ours, and MB per
/// CPU-second is MB/s per core. Linux only; elsewhere NaN.
/// </summary>
internal static partial class CpuClock
{
    private const int RusageChildren = -1;
    private const int RusageSelf = 0;
    private const int RusageThread = 1;

    public static double Thread() => Read(RusageThread);

    public static double Children() => Read(RusageChildren);

    public static double Process() => Read(RusageSelf);

    private static double Read(int who)
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        return getrusage(who, out var usage) == 0
            ? usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6
            : double.NaN;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out Rusage usage);

    // struct rusage on 64-bit Linux: two struct timeval, then fourteen longs this benchmark does not read (144 bytes).
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
