using Frontwatch.Gazetteer;

namespace Frontwatch.Cli.Web;

/// <summary>What the web server serves and how: the store, the address, the API key and where the page's files are.</summary>
internal sealed record WebOptions
{
    /// <summary>The default address: loopback only, so nothing is exposed unless the user asks for it.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>A SQLite file or a postgres:// URL.</summary>
    public required string Store { get; init; }

    /// <summary>The gazetteer that resolves place searches and the places of ingested reports.</summary>
    public required PlaceGazetteer Gazetteer { get; init; }

    /// <summary>Where Kestrel listens; port 0 picks a free port (the address is on the started server).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key writes need in the X-Api-Key header; null disables writes.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Reads need the key too.</summary>
    public bool Private { get; init; }

    /// <summary>An optional raster tile URL template for the map's base layer; its origin is allowed by the CSP.</summary>
    public string? Tiles { get; init; }

    /// <summary>The map page's files (index.html, app.js, …).</summary>
    public string WebRoot { get; init; } = Path.Combine(AppPaths.Root, "web");

    /// <summary>MapLibre GL JS as npm installed it, served at /vendor/maplibre/.</summary>
    public string MapLibre { get; init; } = Path.Combine(AppPaths.Root, "node_modules", "maplibre-gl", "dist");

    /// <summary>The bundled Natural Earth country boundaries.</summary>
    public string Boundaries { get; init; } = AppPaths.Boundaries;

    /// <summary>The claimant lexicon and other curated data files.</summary>
    public string DataDirectory { get; init; } = AppPaths.DataDirectory;

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;
}
