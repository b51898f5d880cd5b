using System.Text.Json;

namespace Frontwatch.Web.Tests;

/// <summary>The read endpoints of the real server, on loopback, over a SQLite store of reports written for the tests.</summary>
public sealed class ReadApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Dates_gives_the_first_and_last_day_and_the_days_a_state_changes()
    {
        var dates = await Client.GetJsonAsync("/api/dates");
        Assert.Equal("2025-02-11", dates.Str("first"));
        Assert.Equal("2025-03-22", dates.Str("last"));
        var changes = dates.Items("changes").Select(d => d.GetString()).ToList();
        Assert.Contains("2025-02-11", changes);
        Assert.Contains("2025-03-20", changes);
        Assert.Equal(changes.Order(StringComparer.Ordinal), changes);
    }

    [Fact]
    public async Task Assessment_gives_Toretsk_to_Russia_in_February_and_to_Ukraine_after_its_liberation()
    {
        var february = await Client.GetJsonAsync("/api/assessment?date=2025-02-14");
        Assert.Equal("2025-02-14", february.Str("date"));
        Assert.Equal(["key", "name", "lat", "lon", "holder", "leaning", "confidence", "unconfirmed", "since", "sources"], february.Items("columns").Select(c => c.GetString()));
        var toretsk = Place(february, "Toretsk");
        Assert.Equal("RU", toretsk.Str("holder"));
        Assert.Equal("2025-02-13", toretsk.Str("since"));
        Assert.False(toretsk.GetProperty("unconfirmed").GetBoolean());
        Assert.Equal(2, toretsk.GetProperty("sources").GetInt32());
        Assert.InRange(toretsk.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.InRange(toretsk.GetProperty("lat").GetDouble(), 48.3, 48.5);
        Assert.Equal("UA", Place(february, "Kotlyne").Str("holder"));

        var march = await Client.GetJsonAsync("/api/assessment?date=2025-03-25");
        Assert.Equal("UA", Place(march, "Toretsk").Str("holder"));

        // Before any claim there is nothing to assess; without a date, the last day with claims.
        Assert.Empty((await Client.GetJsonAsync("/api/assessment?date=2025-01-01")).Rows("places"));
        Assert.Equal("2025-03-22", (await Client.GetJsonAsync("/api/assessment")).Str("date"));
    }

    [Fact]
    public async Task Days_asked_for_all_at_once_all_come_back()
    {
        var days = Enumerable.Range(0, 30).Select(i => new DateOnly(2025, 2, 10).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var requests = days.SelectMany(d => new[] { $"/api/assessment?date={d}", $"/api/control.geojson?date={d}", $"/api/export.kml?date={d}" })
            .Select(async path =>
            {
                using var response = await Client.GetAsync(path);
                return (path, Status: (int)response.StatusCode);
            });
        foreach (var (path, status) in await Task.WhenAll(requests))
            Assert.True(status == 200, $"{path}: {status}");
    }

    [Fact]
    public async Task Control_geojson_has_the_places_the_areas_by_holder_and_the_line()
    {
        using var response = await Client.GetAsync("/api/control.geojson?date=2025-02-14");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var map = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", map.Str("type"));
        var features = map.Items("features").ToList();
        var toretsk = features.Single(f => f.GetProperty("properties").TryGetProperty("name", out var n) && n.GetString() == "Toretsk");
        Assert.Equal("Point", toretsk.GetProperty("geometry").Str("type"));
        Assert.Equal("RU", toretsk.GetProperty("properties").Str("holder"));
        Assert.Equal(2, toretsk.GetProperty("properties").GetProperty("sources").GetInt32());
        var areas = features.Where(f => f.GetProperty("properties").Str("kind") == "area").Select(f => f.GetProperty("properties").Str("holder")).ToList();
        Assert.Contains("RU", areas);
        Assert.Contains("UA", areas);
        Assert.Single(features, f => f.GetProperty("properties").Str("kind") == "line");
    }

    [Fact]
    public async Task Boundaries_are_the_bundled_countries_and_regions_of_the_war()
    {
        using var response = await Client.GetAsync("/api/boundaries.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Items("features").ToList();
        var countries = features.Where(f => f.GetProperty("properties").TryGetProperty("iso", out _)).Select(f => f.GetProperty("properties").Str("iso")).ToList();
        Assert.Contains("UA", countries);
        Assert.Contains("RU", countries);
        Assert.Contains("PL", countries);
        var regions = features.Where(f => f.GetProperty("properties").TryGetProperty("region", out _))
            .ToDictionary(f => f.GetProperty("properties").Str("region")!, f => f);
        Assert.Equal("Donetsk", regions["UA-14"].GetProperty("properties").Str("name"));
        Assert.Equal("UA", regions["UA-14"].GetProperty("properties").Str("country"));
        Assert.Contains("UA-43", regions.Keys);   // Crimea
        Assert.Contains("RU-BEL", regions.Keys);  // Belgorod, across the border
        Assert.DoesNotContain("RU-ZAB", regions.Keys); // Zabaykalsky, far from the war
        Assert.All(regions.Values, f => Assert.Contains(f.GetProperty("geometry").Str("type"), new[] { "Polygon", "MultiPolygon" }));
    }

    [Fact]
    public async Task Places_finds_a_place_by_another_spelling_and_by_the_start_of_its_name()
    {
        var byOldName = await Client.GetJsonAsync("/api/places?q=Dzerzhynsk");
        Assert.Equal("Toretsk", byOldName.Items("places").First().Str("name"));
        var byStart = await Client.GetJsonAsync("/api/places?q=kotl");
        Assert.Equal("Kotlyne", Assert.Single(byStart.Items("places")).Str("name"));
        Assert.True((await Client.GetJsonAsync("/api/places")).Items("places").Count() >= 2);
    }

    [Fact]
    public async Task Place_gives_its_timeline_and_its_claims_newest_first_with_the_evidence_inside_its_paragraph()
    {
        var found = await Client.GetJsonAsync("/api/places?q=Toretsk");
        string key = found.Items("places").First().Str("key")!;
        var place = await Client.GetJsonAsync("/api/places/" + key);
        Assert.Equal("Toretsk", place.Str("name"));
        var timeline = place.Items("timeline").ToList();
        Assert.Equal("RU", timeline.First(s => s.Str("holder") != "unknown").Str("holder"));
        Assert.Equal("UA", timeline[^1].Str("holder"));
        var claims = place.Items("claims").ToList();
        Assert.Equal(4, claims.Count);
        Assert.Equal(claims.Select(c => c.Str("date")).OrderDescending(StringComparer.Ordinal), claims.Select(c => c.Str("date")));

        var ministry = claims.Single(c => c.GetProperty("claimant").Str("name") == "Russian Ministry of Defence");
        Assert.Equal("control", ministry.Str("kind"));
        Assert.Equal("RU", ministry.Str("side"));
        Assert.Equal("RU", ministry.GetProperty("claimant").Str("side"));
        Assert.Equal("asserted", ministry.Str("modality"));
        Assert.Matches("^[A-F][1-6]$", ministry.Str("grade"));
        Assert.Equal(ministry.Str("grade"), ministry.Str("reliability") + ministry.GetProperty("credibility").GetInt32());
        Assert.Equal("Toretsk captured, ministry says", ministry.GetProperty("report").Str("title"));
        var evidence = ministry.GetProperty("evidence");
        var paragraph = ministry.GetProperty("paragraph");
        string text = paragraph.Str("text")!;
        Assert.StartsWith("Russian forces have captured the town of Toretsk", text, StringComparison.Ordinal);
        Assert.EndsWith("Ukraine did not comment.", text, StringComparison.Ordinal);
        int start = evidence.GetProperty("start").GetInt32() - paragraph.GetProperty("start").GetInt32();
        int end = evidence.GetProperty("end").GetInt32() - paragraph.GetProperty("start").GetInt32();
        Assert.Equal(evidence.Str("text"), text[start..end]);
    }

    [Fact]
    public async Task Claims_are_filtered_by_place_claimant_side_kind_modality_credibility_and_dates_and_paged()
    {
        var all = await Client.GetJsonAsync("/api/claims");
        int total = all.GetProperty("total").GetInt32();
        Assert.Equal(total, all.Items("items").Count());
        Assert.Equal(50, all.GetProperty("pageSize").GetInt32());

        var ukrainian = await Client.GetJsonAsync("/api/claims?side=ua&kind=control");
        Assert.All(ukrainian.Items("items"), c => Assert.Equal("UA", c.Str("side")));
        var russian = await Client.GetJsonAsync("/api/claims?side=RU");
        Assert.All(russian.Items("items"), c => Assert.Equal("RU", c.Str("side")));
        Assert.True(ukrainian.GetProperty("total").GetInt32() > 0 && russian.GetProperty("total").GetInt32() > 0);

        var isw = await Client.GetJsonAsync("/api/claims?claimant=institute%20for%20the%20study%20of%20war&place=Toretsk");
        Assert.Equal(2, isw.GetProperty("total").GetInt32());
        var march = await Client.GetJsonAsync("/api/claims?place=Toretsk&from=2025-03-01&to=2025-03-31");
        Assert.Equal(2, march.GetProperty("total").GetInt32());
        Assert.All(march.Items("items"), c => Assert.StartsWith("2025-03", c.Str("date"), StringComparison.Ordinal));
        var confirmed = await Client.GetJsonAsync("/api/claims?minCredibility=1&modality=asserted");
        Assert.All(confirmed.Items("items"), c => Assert.Equal(1, c.GetProperty("credibility").GetInt32()));

        var first = await Client.GetJsonAsync("/api/claims?pageSize=2&page=1");
        var second = await Client.GetJsonAsync("/api/claims?pageSize=2&page=2");
        Assert.Equal(2, first.Items("items").Count());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var ids = first.Items("items").Concat(second.Items("items")).Select(c => c.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty((await Client.GetJsonAsync($"/api/claims?page={total + 1}&pageSize=1")).Items("items"));
    }

    [Fact]
    public async Task Control_geojson_redrawn_from_one_sides_claims_shows_the_map_as_that_side_tells_it()
    {
        // After Toretsk's liberation: the whole store says UA; the Russian ministry's claims alone still say RU.
        Assert.Equal("UA", await HolderOn("/api/control.geojson?date=2025-03-25", "Toretsk"));
        Assert.Equal("RU", await HolderOn("/api/control.geojson?date=2025-03-25&claimantSide=RU", "Toretsk"));
        Assert.Equal("UA", await HolderOn("/api/control.geojson?date=2025-03-25&claimantSide=UA", "Toretsk"));
        // Only the monitors and analysts (ISW): the latest says Ukrainian troops retook it.
        Assert.Equal("UA", await HolderOn("/api/control.geojson?date=2025-03-25&claimantSide=other", "Toretsk"));
        // No strike claim names Toretsk: redrawn from strikes only, it is not on the map.
        Assert.Null(await HolderOn("/api/control.geojson?date=2025-03-25&kind=strike", "Toretsk"));
    }

    private async Task<string?> HolderOn(string path, string name)
    {
        var map = await Client.GetJsonAsync(path);
        return map.Items("features").Where(f => f.GetProperty("properties").TryGetProperty("name", out var n) && n.GetString() == name)
            .Select(f => f.GetProperty("properties").Str("holder")).SingleOrDefault();
    }

    [Theory]
    [InlineData("/api/assessment?date=2025-13-01", "'date'")]
    [InlineData("/api/control.geojson?date=yesterday", "'date'")]
    [InlineData("/api/control.geojson?claimantSide=XX", "'claimantSide'")]
    [InlineData("/api/control.geojson?minCredibility=0", "'minCredibility'")]
    [InlineData("/api/claims?kind=rumour", "'kind'")]
    [InlineData("/api/claims?from=01/02/2025", "'from'")]
    [InlineData("/api/claims?page=0", "'page'")]
    [InlineData("/api/claims?pageSize=100000", "'pageSize'")]
    [InlineData("/api/claims?minCredibility=9", "'minCredibility'")]
    [InlineData("/api/claims?side=%3Cscript%3E", "'side'")]
    [InlineData("/api/reports?page=-1", "'page'")]
    public async Task Bad_query_values_get_a_problem_naming_the_parameter(string path, string parameter)
    {
        using var response = await Client.GetAsync(path);
        Assert.Contains(parameter, await Api.AssertProblemAsync(response, 400), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/places/no-such-place")]
    [InlineData("/api/reports/999999")]
    [InlineData("/api/reports/not-a-number")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_things_get_a_404_problem(string path)
    {
        using var response = await Client.GetAsync(path);
        await Api.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task Reports_are_listed_newest_first_and_one_comes_with_its_text_and_claim_spans()
    {
        var list = await Client.GetJsonAsync("/api/reports?pageSize=2");
        Assert.Equal(WebStore.Reports.Count, list.GetProperty("total").GetInt32());
        var items = list.Items("items").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("ISW confirms Toretsk", items[0].Str("title"));
        Assert.Equal("2025-03-22", items[0].Str("published"));

        var ministry = (await Client.GetJsonAsync("/api/reports?pageSize=50")).Items("items").Single(r => r.Str("title") == "Toretsk captured, ministry says");
        var report = await Client.GetJsonAsync("/api/reports/" + ministry.GetProperty("id").GetInt64());
        string text = report.Str("text")!;
        Assert.Equal(WebStore.Reports[0].Body, text);
        var claims = report.Items("claims").ToList();
        Assert.NotEmpty(claims);
        Assert.Equal(claims.Count, report.GetProperty("claims").GetArrayLength());
        foreach (var claim in claims)
        {
            var evidence = claim.GetProperty("evidence");
            Assert.Equal(evidence.Str("text"), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task Html_in_a_report_comes_back_verbatim_as_json_text()
    {
        var kotlyne = (await Client.GetJsonAsync("/api/reports?pageSize=50")).Items("items").Single(r => r.Str("title")!.StartsWith("Kotlyne", StringComparison.Ordinal));
        Assert.Equal("Kotlyne liberated " + WebStore.Html, kotlyne.Str("title"));
        var report = await Client.GetJsonAsync("/api/reports/" + kotlyne.GetProperty("id").GetInt64());
        Assert.Contains("A reader wrote " + WebStore.Html + " in the comments.", report.Str("text"), StringComparison.Ordinal);
        using var raw = await Client.GetAsync("/api/reports/" + kotlyne.GetProperty("id").GetInt64());
        Assert.Equal("application/json", raw.Content.Headers.ContentType?.MediaType);
        // The raw bytes carry no markup a browser could take for HTML.
        Assert.DoesNotContain("<img", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claimants_come_with_their_track_records()
    {
        var claimants = (await Client.GetJsonAsync("/api/claimants")).Items("claimants").ToList();
        var ministry = claimants.Single(c => c.Str("name") == "Russian Ministry of Defence");
        Assert.Equal("RU", ministry.Str("side"));
        Assert.Equal(1, ministry.GetProperty("controlClaims").GetInt32());
        Assert.Equal(1, ministry.GetProperty("corroborated").GetInt32());
        Assert.Equal(2, ministry.GetProperty("medianLagDays").GetDouble());
        Assert.Contains(claimants, c => c.Str("side") == "UA");
    }

    [Fact]
    public async Task Writes_are_disabled_when_no_key_is_configured()
    {
        using var response = await Client.SendAsync(Api.Post("/api/reports", "{}", "application/json", key: "anything"));
        Assert.Contains("none is configured", await Api.AssertProblemAsync(response, 403), StringComparison.Ordinal);
        Assert.False((await Client.GetJsonAsync("/api/config")).GetProperty("writes").GetBoolean());
    }

    [Theory]
    [InlineData("/api/assessment")]
    [InlineData("/")]
    [InlineData("/api.html")]
    [InlineData("/api/reports/999999")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await Client.GetAsync(path);
        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self' blob:", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint()
    {
        var doc = await Client.GetJsonAsync("/openapi/v1.json");
        Assert.StartsWith("3.", doc.Str("openapi"), StringComparison.Ordinal);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/dates", "/api/assessment", "/api/control.geojson", "/api/boundaries.geojson", "/api/places", "/api/places/{key}",
                     "/api/claims", "/api/reports", "/api/reports/{id}", "/api/claimants", "/api/export.geojson", "/api/export.kml", "/api/export.csv" })
            Assert.Contains(path, paths);
        var post = doc.GetProperty("paths").GetProperty("/api/reports").GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.Str("type"), scheme.Str("in"), scheme.Str("name")));
        Assert.False(doc.GetProperty("paths").GetProperty("/api/claims").GetProperty("get").TryGetProperty("security", out _));
        var claimParameters = doc.GetProperty("paths").GetProperty("/api/claims").GetProperty("get").Items("parameters").Select(p => p.Str("name")).ToList();
        foreach (var name in new[] { "place", "claimant", "side", "kind", "modality", "minCredibility", "from", "to", "page", "pageSize" })
            Assert.Contains(name, claimParameters);
    }

    [Fact]
    public async Task The_page_the_API_reference_and_MapLibre_are_served_from_this_server()
    {
        using var page = await Client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        using var reference = await Client.GetAsync("/api.html");
        Assert.True(reference.IsSuccessStatusCode);
        using var maplibre = await Client.GetAsync("/vendor/maplibre/maplibre-gl.mjs");
        Assert.True(maplibre.IsSuccessStatusCode, "MapLibre GL JS from node_modules (./setup installs it)");
        Assert.Equal("text/javascript", maplibre.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/export.geojson?date=2025-02-14", "application/geo+json", "frontwatch-2025-02-14.geojson", "\"FeatureCollection\"")]
    [InlineData("/api/export.kml?date=2025-02-14", "application/vnd.google-earth.kml+xml", "frontwatch-2025-02-14.kml", "<kml")]
    [InlineData("/api/export.geojson?history=true", "application/geo+json", "frontwatch-history.geojson", "Toretsk")]
    [InlineData("/api/export.csv", "text/csv", "frontwatch-2025-03-22.csv", "Russian Ministry of Defence")]
    public async Task Exports_are_downloads_in_the_formats_of_the_field(string path, string contentType, string fileName, string contains)
    {
        using var response = await Client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains(contains, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_for_a_day_and_the_history_at_once_is_a_bad_request()
    {
        using var response = await Client.GetAsync("/api/export.kml?date=2025-02-14&history=true");
        Assert.Contains("exclude each other", await Api.AssertProblemAsync(response, 400), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Cached_responses_go_out_compressed_to_clients_that_accept_it(string coding)
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None };
        using var raw = new HttpClient(handler) { BaseAddress = Client.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/boundaries.geojson");
        request.Headers.Add("Accept-Encoding", coding);
        using var response = await raw.SendAsync(request);
        Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream plain = coding == "br"
            ? new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        string json = await new StreamReader(plain).ReadToEndAsync();
        Assert.Equal(await Client.GetStringAsync("/api/boundaries.geojson"), json);
    }

    private static JsonElement Place(JsonElement assessment, string name) => assessment.Rows("places").Single(p => p.Str("name") == name);
}
