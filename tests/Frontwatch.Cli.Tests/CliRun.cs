using System.Diagnostics;
using Frontwatch.Tests;

namespace Frontwatch.Cli.Tests;

/// <summary>Runs the real `frontwatch` binary (built beside the tests) as a user would, in its own user folders.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Run(string home, params string[] args)
    {
        using var running = Start(home, args);
        return running.Wait();
    }

    /// <summary>Starts `frontwatch` and returns at once, its output read in the background.</summary>
    public static RunningCli Start(string home, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "frontwatch.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["FRONTWATCH_ROOT"] = TestPaths.Root;
        start.Environment["FRONTWATCH_HOME"] = Path.Combine(home, "home");
        start.Environment["FRONTWATCH_CACHE"] = Path.Combine(home, "cache");
        start.Environment.Remove("FRONTWATCH_GAZETTEER");
        return new RunningCli(Process.Start(start)!);
    }
}

/// <summary>A `frontwatch` process started by <see cref="CliRun.Start"/>.</summary>
internal sealed class RunningCli : IDisposable
{
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public RunningCli(Process process)
    {
        Process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public Process Process { get; }

    public (int Exit, string Out, string Err) Wait()
    {
        if (!Process.WaitForExit(180_000))
        {
            Process.Kill(true);
            throw new TimeoutException("frontwatch did not finish");
        }
        return (Process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>Ends the process with SIGKILL, as a crash or `kill -9` would: no clean-up code of ours runs.</summary>
    public void KillHard()
    {
        Process.Kill(entireProcessTree: false);
        Process.WaitForExit();
    }

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(true);
        Process.Dispose();
    }
}
