using System.Diagnostics;
using System.Globalization;

namespace Frontwatch.Bench;

/// <summary>
/// The yardstick: <c>grep -F -w -o -f NAMES TEXT</c>, timed as a whole process (start,
/// pattern compilation, scan, exit) in a given locale. Its output goes through a pipe to
/// <c>wc -l</c>, never straight to /dev/null: GNU grep notices a /dev/null stdout and stops at
/// the first match, which would time nothing.
/// </summary>
internal static class GrepBaseline
{
    /// <summary>The UTF-8 locale grep is normally run in, when installed; else C.</summary>
    public static string Utf8Locale()
    {
        try
        {
            return Run("locale -a", "C").Split('\n', StringSplitOptions.TrimEntries).Any(l => l is "C.UTF-8" or "C.utf8") ? "C.UTF-8" : "C";
        }
        catch (InvalidOperationException)
        {
            return "C";
        }
    }

    public static string? Version()
    {
        try
        {
            return Run("grep --version", "C").Split('\n')[0].Trim() is { Length: > 0 } v ? v : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Times grep over <paramref name="textPath"/>, and over an empty file to show what start-up and pattern compilation cost alone.</summary>
    public static GrepResult Measure(string namesPath, string textPath, string emptyPath, string locale, int warmups, int runs)
    {
        long matches = 0;
        var setup = Timing.Measure(warmups, runs, () => Count(namesPath, emptyPath, locale), CpuClock.Children);
        var whole = Timing.Measure(warmups, runs, () => matches = Count(namesPath, textPath, locale), CpuClock.Children);
        return new GrepResult(locale, new FileInfo(textPath).Length / 1e6, whole, setup, matches);
    }

    private static long Count(string namesPath, string textPath, string locale)
    {
        // PIPESTATUS is not POSIX: a missing or failing grep shows as a count that is not a number.
        string output = Run($"grep -F -w -o -f {Quote(namesPath)} {Quote(textPath)} | wc -l", locale);
        return long.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long n)
            ? n
            : throw new InvalidOperationException($"grep printed no count: '{output}'");
    }

    private static string Run(string command, string locale)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        info.Environment["LC_ALL"] = locale;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start /bin/sh");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{command}' failed with exit code {process.ExitCode}");
        return output;
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
