using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Frontwatch.Bench;

/// <summary>
/// The peer of <c>extract</c>: <c>node bench/peer/wink.mjs REPORTS.jsonl</c>, wink-nlp with
/// wink-eng-lite-web-model (sentence splitting, POS tagging, NER) over the same reports, timed
/// inside node (model load and file parsing excluded, as our gazetteer load is).
/// </summary>
internal static class WinkPeer
{
    public static string Folder => Path.Combine(RepoPaths.Root, "bench", "peer");

    public static string Script => Path.Combine(Folder, "wink.mjs");

    /// <summary>Why the peer cannot run here (no node, no script, no installed packages), or null when it can.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Script)) return $"{Script} not found";
        foreach (var package in new[] { "wink-nlp", "wink-eng-lite-web-model" })
            if (!File.Exists(Path.Combine(Folder, "node_modules", package, "package.json")))
                return $"{Path.Combine(Folder, "node_modules", package)} is missing: run 'npm ci' (or 'npm install') in bench/peer";
        try
        {
            var (code, output, _) = Run(["--version"], TimeSpan.FromSeconds(30));
            return code == 0 ? null : $"'node --version' failed ({output.Trim()})";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"node not found ({e.Message})";
        }
    }

    public static string? NodeVersion()
    {
        try
        {
            var (code, output, _) = Run(["--version"], TimeSpan.FromSeconds(30));
            return code == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs the peer over <paramref name="jsonLinesPath"/>: one warm-up pass, then <paramref name="runs"/> timed passes.</summary>
    public static WinkResult Measure(string jsonLinesPath, int runs)
    {
        var (code, output, error) = Run([Script, jsonLinesPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--warmups", "1"], TimeSpan.FromMinutes(30));
        if (code != 0) throw new InvalidOperationException($"node {Path.GetFileName(Script)} failed with exit code {code}: {error.Trim()}");
        string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        return JsonSerializer.Deserialize(line, BenchJsonContext.Default.WinkResult)
            ?? throw new InvalidOperationException($"node {Path.GetFileName(Script)} printed no result: '{output.Trim()}'");
    }

    private static (int Code, string Output, string Error) Run(string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start node");
        var stderr = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node {string.Join(' ', args)} did not finish in {timeout.TotalMinutes:F0} min");
        }
        return (process.ExitCode, output, stderr.Result);
    }
}

/// <summary>What <c>bench/peer/wink.mjs</c> prints: the text it read, its median times, every run, and what it found.</summary>
internal sealed record WinkResult(
    string Peer,
    string? WinkNlp,
    string? Model,
    string Node,
    IReadOnlyList<string> Pipe,
    int Reports,
    long Bytes,
    int Warmups,
    IReadOnlyList<WinkRun> Runs,
    double WallMs,
    double CpuMs,
    double MbPerS,
    double MbPerCpuS,
    double LoadMs,
    long Sentences,
    long Entities,
    long Tokens);

/// <summary>One timed pass of the peer, in milliseconds (CPU: user + system of the whole node process).</summary>
internal sealed record WinkRun(double WallMs, double CpuMs);
