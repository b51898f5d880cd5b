using System.ComponentModel;
using Frontwatch.Gazetteer;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch gazetteer download UA RU`: fetches GeoNames country dumps into the user's gazetteer folder.</summary>
internal sealed class GazetteerDownloadCommand : AsyncCommand<GazetteerDownloadCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<COUNTRY>")]
        [Description("Two-letter ISO country codes, e.g. UA RU.")]
        public string[] Countries { get; init; } = [];

        [CommandOption("--from <URL>")]
        [Description("Base URL of the dumps (default: GeoNames' export/dump folder; also FRONTWATCH_GEONAMES_URL).")]
        public string? From { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Give up on a download after this many seconds (default 300).")]
        public int Timeout { get; init; } = 300;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string from = settings.From ?? Environment.GetEnvironmentVariable("FRONTWATCH_GEONAMES_URL") ?? GeoNamesDownloader.DefaultBase.ToString();
        if (!from.EndsWith('/')) from += "/";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(settings.Timeout) };
        var downloader = new GeoNamesDownloader(http, new Uri(from));
        int failed = 0;
        foreach (var country in settings.Countries)
        {
            try
            {
                var (path, places) = await downloader.DownloadAsync(country, AppPaths.ImportedGazetteers, cancellationToken);
                Console.Out.WriteLine($"{country.ToUpperInvariant()}: {places} populated places saved to {path}");
            }
            catch (GazetteerError e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
