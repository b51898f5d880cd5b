using System.Globalization;

namespace Frontwatch.Bench;

/// <summary>Arguments of <c>extract</c>: corpus size, extra gazetteer files, run counts, the peer and the stage profile.</summary>
internal sealed record ExtractOptions
{
    public const string Usage =
        "usage: frontwatch-bench extract [--mb 20] [--gazetteer FILE]... [--runs 5] [--peer-runs 3] [--seed 2022] [--claim-share 0.5] [--no-peer] [--stages] [--keep DIR] [--claims FILE]";

    public double Megabytes { get; init; } = 20;

    public IReadOnlyList<string> GazetteerFiles { get; init; } = [];

    public int Runs { get; init; } = 5;

    public int PeerRuns { get; init; } = 3;

    public int Seed { get; init; } = 2022;

    /// <summary>Share of the place-naming sentences drawn from the claim templates (<see cref="WireTemplates.Claims"/>).</summary>
    public double ClaimShare { get; init; } = 0.5;

    public bool Peer { get; init; } = true;

    /// <summary>Also time the extractor's public stages one by one over the same reports.</summary>
    public bool Stages { get; init; }

    /// <summary>Folder to keep the peer's input (<c>reports.jsonl</c>) in; null writes it to a temporary folder that is removed.</summary>
    public string? KeepDirectory { get; init; }

    /// <summary>File to write every claim of the corpus to (one JSON line per claim, after an untimed pass), to check that a change kept the output.</summary>
    public string? ClaimsFile { get; init; }

    /// <summary>Parses the arguments after <c>extract</c>; null with <paramref name="error"/> set on bad input.</summary>
    public static ExtractOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ExtractOptions();
        var files = new List<string>();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--mb" when Value() is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double mb) && mb > 0:
                    options = options with { Megabytes = mb };
                    break;
                case "--gazetteer" when Value() is { } v:
                    files.Add(v);
                    break;
                case "--runs" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int runs) && runs > 0:
                    options = options with { Runs = runs };
                    break;
                case "--peer-runs" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int runs) && runs > 0:
                    options = options with { PeerRuns = runs };
                    break;
                case "--seed" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int seed):
                    options = options with { Seed = seed };
                    break;
                case "--claim-share" when Value() is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double share) && share is >= 0 and <= 1:
                    options = options with { ClaimShare = share };
                    break;
                case "--no-peer":
                    options = options with { Peer = false };
                    break;
                case "--stages":
                    options = options with { Stages = true };
                    break;
                case "--keep" when Value() is { } v:
                    options = options with { KeepDirectory = v };
                    break;
                case "--claims" when Value() is { } v:
                    options = options with { ClaimsFile = v };
                    break;
                default:
                    error = $"bad or incomplete argument '{arg}'";
                    return null;
            }
        }
        return options with { GazetteerFiles = files };
    }
}
