using System.Diagnostics;
using Frontwatch.Tests;

namespace Frontwatch.Cli.Tests;

/// <summary>Runs the real `frontwatch` binary (built beside the tests) as a user would, in its own user folders.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Run(string home, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "frontwatch.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["FRONTWATCH_ROOT"] = TestPaths.Root;
        start.Environment["FRONTWATCH_HOME"] = Path.Combine(home, "home");
        start.Environment["FRONTWATCH_CACHE"] = Path.Combine(home, "cache");
        start.Environment.Remove("FRONTWATCH_GAZETTEER");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("frontwatch did not finish"); }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
