using Frontwatch.Cli.Web;

namespace Frontwatch.Web.Tests;

/// <summary>The real server on a free loopback port over a store built from <see cref="WebStore.Reports"/>; no API key (writes disabled).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-web-").FullName;
    private RunningServer? _server;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string store = await WebStore.CreateAsync(_dir);
        _server = await WebServer.StartAsync(new WebOptions { Store = store, Gazetteer = WebStore.Gazetteer, Urls = "http://127.0.0.1:0" });
        Client = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
