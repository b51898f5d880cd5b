using Frontwatch.Cli.Web;
using Microsoft.Playwright;

namespace Frontwatch.Browser.Tests;

/// <summary>
/// The real server on a free loopback port over <see cref="MapStore"/>, and Debian's chromium, headless, driven by
/// Playwright. Playwright never downloads a browser here: it is given the system executable.
/// </summary>
public sealed class MapFixture : IAsyncLifetime
{
    /// <summary>Where chromium is: FRONTWATCH_CHROMIUM, else Debian's package (./setup installs it).</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("FRONTWATCH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly string _dir = Directory.CreateTempSubdirectory("fw-map-").FullName;
    private RunningServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Playwright, for a test that needs a browser launched another way.</summary>
    public IPlaywright Driver => _playwright ?? throw new InvalidOperationException("the fixture has not started");

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"chromium not found at {Chromium}: the browser tests need it (./setup installs Debian's chromium; FRONTWATCH_CHROMIUM names another).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        string store = await MapStore.CreateAsync(_dir);
        _server = await WebServer.StartAsync(new WebOptions { Store = store, Gazetteer = MapStore.Gazetteer, Urls = "http://127.0.0.1:0" });
        Address = _server.Address;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
