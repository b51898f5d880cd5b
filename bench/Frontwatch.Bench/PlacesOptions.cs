using System.Globalization;

namespace Frontwatch.Bench;

/// <summary>Arguments of <c>places</c>: corpus size, extra gazetteer files, run counts.</summary>
internal sealed record PlacesOptions
{
    public const string Usage =
        "usage: frontwatch-bench places [--mb 20] [--gazetteer FILE]... [--runs 5] [--grep-runs 3] [--seed 2022] [--grep-c-mb MB] [--no-grep] [--keep DIR]";

    public double Megabytes { get; init; } = 20;

    public IReadOnlyList<string> GazetteerFiles { get; init; } = [];

    public int Runs { get; init; } = 5;

    public int GrepRuns { get; init; } = 3;

    public int Seed { get; init; } = 2022;

    public bool Grep { get; init; } = true;

    /// <summary>Size of a sample grep also scans in the C locale, where its -w falls back to a regex of every name (seconds to compile, minutes per MB); 0, the default, skips it.</summary>
    public double GrepCLocaleMegabytes { get; init; }

    /// <summary>Folder to keep the generated text and name list in; null writes them to a temporary folder that is removed.</summary>
    public string? KeepDirectory { get; init; }

    /// <summary>Parses the arguments after <c>places</c>; null with <paramref name="error"/> set on bad input.</summary>
    public static PlacesOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new PlacesOptions();
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
                case "--grep-runs" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int runs) && runs > 0:
                    options = options with { GrepRuns = runs };
                    break;
                case "--seed" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int seed):
                    options = options with { Seed = seed };
                    break;
                case "--grep-c-mb" when Value() is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double cmb) && cmb >= 0:
                    options = options with { GrepCLocaleMegabytes = cmb };
                    break;
                case "--no-grep":
                    options = options with { Grep = false };
                    break;
                case "--keep" when Value() is { } v:
                    options = options with { KeepDirectory = v };
                    break;
                default:
                    error = $"bad or incomplete argument '{arg}'";
                    return null;
            }
        }
        return options with { GazetteerFiles = files };
    }
}
