using Microsoft.Playwright;

namespace Frontwatch.Browser.Tests;

/// <summary>The map page in Debian's chromium over a store of reports written for these tests.</summary>
public sealed class MapPageTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    // holders.js: RU red, UA blue.
    private const string Red = "#d62728", Blue = "#1f6fd1";

    [Fact]
    public async Task Page_loads_and_draws_the_last_day_with_no_console_errors()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        Assert.Equal("2025-03-12", await map.RenderedDayAsync());
        Assert.NotNull(await map.PlaceColourAsync("Kupiansk"));
        Assert.Contains("Kupiansk", await map.Page.Locator("#places").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Moving_the_slider_recolours_Kupiansk_from_Russian_to_Ukrainian()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        await map.Page.Locator("#date").FillAsync("2025-02-15");
        await map.WaitForDayAsync("2025-02-15");
        string? february = await map.PlaceColourAsync("Kupiansk");
        await map.Page.Locator("#slider").FocusAsync();
        await map.Page.Keyboard.PressAsync("End");
        await map.WaitForDayAsync("2025-03-12");
        string? march = await map.PlaceColourAsync("Kupiansk");

        Assert.Equal(Red, february);
        Assert.Equal(Blue, march);
        Assert.Equal("2025-03-12", await map.Page.Locator("#date").InputValueAsync());
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Clicking_Kupiansk_on_the_map_shows_its_claims_with_the_evidence_marked_in_its_paragraph()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        await map.ClickPlaceOnMapAsync("Kupiansk");
        var panel = map.Page.Locator("#panel");
        await panel.Locator(".claim mark").First.WaitForAsync();

        Assert.Equal("Kupiansk", await map.Page.Locator("#panel-title").TextContentAsync());
        var capture = panel.Locator(".claim", new() { Has = map.Page.Locator(".claimant", new() { HasText = "Russian Ministry of Defence" }) });
        Assert.Equal(MapStore.CaptureSentence, await capture.Locator(".evidence mark").TextContentAsync());
        Assert.Equal(MapStore.CaptureSentence + " Kyiv did not immediately comment.", await capture.Locator(".evidence").TextContentAsync());
        Assert.Equal("2025-03-12", await panel.Locator(".claim time").First.TextContentAsync());
        Assert.Equal(4, await panel.Locator(".claim").CountAsync());
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task A_report_with_markup_in_its_text_and_title_shows_the_markup_as_text()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        await map.Page.Locator("#places-box summary").ClickAsync();
        await map.Page.Locator("#places button", new() { HasText = "Kramatorsk" }).ClickAsync();
        await map.Page.Locator("#panel .report-link a").First.ClickAsync();
        await map.Page.Locator("#panel .report-text").WaitForAsync();

        Assert.Equal(MapStore.ScriptTitle, await map.Page.Locator("#panel-title").TextContentAsync());
        Assert.Contains(MapStore.Img, await map.Page.Locator("#panel .report-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("<b>Bold Outlet</b>", await map.Page.Locator("#panel .where").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await map.Page.Locator("img[src='x'], #panel script, #panel b").CountAsync());
        Assert.Empty(map.Dialogs);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task The_claimant_side_filter_lists_only_that_sides_claims_and_dims_places_without_any()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        await map.Page.Locator("#places-box summary").ClickAsync();
        await map.Page.Locator("#places button", new() { HasText = "Kupiansk" }).ClickAsync();
        await map.Page.Locator("#panel .claim").First.WaitForAsync();
        await map.Page.Locator("#filter-side").SelectOptionAsync("RU");
        await map.Page.Locator("#places button.filtered-out", new() { HasText = "Kramatorsk" }).WaitForAsync();

        Assert.Equal(["Russian Ministry of Defence"], await map.Page.Locator("#panel .claim .claimant").AllTextContentsAsync());
        Assert.Equal(0, await map.Page.Locator("#places button.filtered-out", new() { HasText = "Kupiansk" }).CountAsync());
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task A_place_found_by_another_spelling_opens_from_the_keyboard_and_Escape_closes_it()
    {
        await using var map = await MapPage.OpenAsync(fixture);

        await map.Page.Locator("#search").FocusAsync();
        await map.Page.Keyboard.TypeAsync("Kupyansk");
        await map.Page.Keyboard.PressAsync("Enter");
        await map.Page.Locator("#panel .claim").First.WaitForAsync();
        string? title = await map.Page.Locator("#panel-title").TextContentAsync();
        await map.Page.Keyboard.PressAsync("Escape");

        Assert.Equal("Kupiansk", title);
        Assert.True(await map.Page.Locator("#panel").IsHiddenAsync());
        Assert.Equal("search", await map.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Without_WebGL_the_page_says_so_and_the_places_list_slider_and_panel_still_work()
    {
        await using var noWebGl = await fixture.Driver.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = MapFixture.Chromium,
            Headless = true,
            Args = ["--disable-webgl", "--disable-webgl2"],
        });
        await using var map = await MapPage.OpenAsync(fixture, browser: noWebGl);

        Assert.Contains("cannot be drawn", await map.Page.Locator("aside.side").TextContentAsync(), StringComparison.Ordinal);
        Assert.Null(await map.PlaceColourAsync("Kupiansk"));
        await map.Page.Locator("#date").FillAsync("2025-02-15");
        await map.WaitForDayAsync("2025-02-15");
        await map.Page.Locator("#places-box summary").ClickAsync();
        await map.Page.Locator("#places button", new() { HasText = "Kupiansk" }).ClickAsync();
        await map.Page.Locator("#panel .claim mark").First.WaitForAsync();
        Assert.Equal("Kupiansk", await map.Page.Locator("#panel-title").TextContentAsync());
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Redrawing_from_Russian_claimants_claims_shows_Kupiansk_as_Russian_until_the_box_is_cleared()
    {
        await using var map = await MapPage.OpenAsync(fixture);
        Assert.Equal(Blue, await map.PlaceColourAsync("Kupiansk"));

        await map.Page.Locator("#filter-side").SelectOptionAsync("RU");
        await map.Page.Locator("#filter-redraw").CheckAsync();
        await map.Page.WaitForFunctionAsync("c => window.frontwatch.placeColour('Kupiansk') === c", Red);
        Assert.Contains("drawn from those claims only", await map.Page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        // The day stays the last one: only the claims weighed changed.
        Assert.Equal("2025-03-12", await map.RenderedDayAsync());

        await map.Page.Locator("#filter-redraw").UncheckAsync();
        await map.Page.WaitForFunctionAsync("c => window.frontwatch.placeColour('Kupiansk') === c", Blue);
        Assert.Empty(map.Errors);
    }
}
