using System.ComponentModel;
using Frontwatch.Cli.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch serve`.</summary>
internal sealed class ServeSettings : StoreSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen (default http://127.0.0.1:5080: this machine only). Port 0 picks a free port.")]
    public string Urls { get; init; } = WebOptions.DefaultUrls;

    [CommandOption("--api-key <KEY>")]
    [Description("The key POST /api/reports needs in its X-Api-Key header. Default: FRONTWATCH_API_KEY (better: a command line shows in the process list). None: writes are disabled.")]
    public string? ApiKey { get; init; }

    [CommandOption("--private")]
    [Description("Reads need the API key too.")]
    public bool Private { get; init; }

    [CommandOption("--tiles <URL>")]
    [Description("A raster tile URL template for an online base map, e.g. https://tile.example.org/{z}/{x}/{y}.png (its origin is allowed by the page's CSP).")]
    public string? Tiles { get; init; }

    [CommandOption("--max-body <BYTES>")]
    [Description("The largest request body accepted (default 1048576).")]
    public long MaxBody { get; init; } = 1024 * 1024;
}

/// <summary>`frontwatch serve`: the REST API (OpenAPI at /openapi/v1.json) and the map page, until Ctrl+C.</summary>
internal sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.MaxBody < 1) throw new ArgumentException("--max-body must be 1 or more");
        string? key = settings.ApiKey ?? (Environment.GetEnvironmentVariable("FRONTWATCH_API_KEY") is { Length: > 0 } env ? env : null);
        var gazetteer = GazetteerLoader.Load(settings);
        await using var server = await WebServer.StartAsync(new WebOptions
        {
            Store = settings.StoreLocation,
            Gazetteer = gazetteer,
            Urls = settings.Urls,
            ApiKey = key,
            Private = settings.Private,
            Tiles = settings.Tiles,
            MaxBodyBytes = settings.MaxBody,
        }, cancellationToken);
        var snapshot = server.App.Services.GetService(typeof(LiveAssessment)) is LiveAssessment live ? live.Current : null;
        AnsiConsole.WriteLine($"frontwatch: serving {snapshot?.Claims.Length ?? 0:N0} claims from {settings.StoreLocation}");
        AnsiConsole.WriteLine($"  map       {server.Address}");
        AnsiConsole.WriteLine($"  API       {new Uri(server.Address, "api.html")}  (OpenAPI: {new Uri(server.Address, "openapi/v1.json")})");
        AnsiConsole.WriteLine($"  writes    {(key is null ? "disabled (no --api-key or FRONTWATCH_API_KEY)" : "POST /api/reports with the X-Api-Key header")}; reads {(settings.Private ? "need the key" : "open")}");
        AnsiConsole.WriteLine("Ctrl+C stops.");
        await server.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
