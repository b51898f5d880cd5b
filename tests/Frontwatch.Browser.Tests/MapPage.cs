using System.Runtime.CompilerServices;
using Frontwatch.Tests;
using Microsoft.Playwright;

namespace Frontwatch.Browser.Tests;

/// <summary>
/// One test's page: records console errors, uncaught exceptions and dialogs, and saves a screenshot named after the
/// test when disposed (artifacts/screenshots/), pass or fail.
/// </summary>
internal sealed class MapPage : IAsyncDisposable
{
    public static string ScreenshotDirectory => Path.Combine(TestPaths.Root, "artifacts", "screenshots");

    private readonly IBrowserContext _context;
    private readonly string _name;

    private MapPage(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = page;
        _name = name;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console messages of type error (CSP violations among them) and uncaught exceptions.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Messages of alert, confirm and prompt dialogs the page opened.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Opens the map page (with an optional #fragment, in the fixture's browser or another) and waits until the map has drawn its day.</summary>
    public static async Task<MapPage> OpenAsync(MapFixture fixture, string fragment = "", IBrowser? browser = null, [CallerMemberName] string name = "")
    {
        var context = await (browser ?? fixture.Browser).NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var map = new MapPage(context, page, name);
        await page.GotoAsync(new Uri(fixture.Address, "/" + fragment).ToString());
        await page.WaitForSelectorAsync("#map[data-rendered]");
        return map;
    }

    /// <summary>The day the map has drawn.</summary>
    public Task<string?> RenderedDayAsync() => Page.Locator("#map").GetAttributeAsync("data-rendered");

    /// <summary>Waits until the map has drawn <paramref name="day"/>.</summary>
    public Task WaitForDayAsync(string day) => Page.WaitForSelectorAsync($"#map[data-rendered=\"{day}\"]");

    /// <summary>The colour the map draws the place named <paramref name="name"/> in (#rrggbb), or null when it is not drawn.</summary>
    public Task<string?> PlaceColourAsync(string name) => Page.EvaluateAsync<string?>("name => window.frontwatch.placeColour(name)", name);

    /// <summary>Clicks the place named <paramref name="name"/> on the map, where it is drawn.</summary>
    public async Task ClickPlaceOnMapAsync(string name)
    {
        var point = await Page.EvaluateAsync<double[]>(
            "name => { const p = window.frontwatch.places(name)[0]; const px = window.frontwatch.project(p.lngLat[0], p.lngLat[1]); return [px.x, px.y]; }", name);
        var box = await Page.Locator("#map").BoundingBoxAsync() ?? throw new InvalidOperationException("the map has no box");
        await Page.Mouse.ClickAsync((float)(box.X + point[0]), (float)(box.Y + point[1]));
    }

    public async ValueTask DisposeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, _name + ".png") });
        await _context.DisposeAsync();
    }
}
