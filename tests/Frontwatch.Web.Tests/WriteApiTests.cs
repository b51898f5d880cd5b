using System.Text.Json;
using Frontwatch.Cli.Web;

namespace Frontwatch.Web.Tests;

/// <summary>POST /api/reports and private reads, each test on its own server (a write changes what the reads see).</summary>
public sealed class WriteApiTests : IAsyncLifetime
{
    private const string Key = "test-key-6b1d2f0e9a";
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-web-write-").FullName;
    private string _store = "";

    public async Task InitializeAsync() => _store = await WebStore.CreateAsync(_dir);

    public Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    private Task<RunningServer> StartAsync(bool isPrivate = false) => WebServer.StartAsync(new WebOptions
    {
        Store = _store,
        Gazetteer = WebStore.Gazetteer,
        Urls = "http://127.0.0.1:0",
        ApiKey = Key,
        Private = isPrivate,
        MaxBodyBytes = 64 * 1024,
    });

    private const string Pokrovsk = """{"title": "Pokrovsk", "outlet": "Test Wire", "published": "2025-03-24", "text": "Russian forces have captured the town of Pokrovsk, the Russian Ministry of Defence said on Monday."}""";

    [Fact]
    public async Task A_report_posted_with_the_key_is_ingested_and_its_claims_are_then_visible()
    {
        await using var server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(0, (await client.GetJsonAsync("/api/claims?place=Pokrovsk")).GetProperty("total").GetInt32());

        using var response = await client.SendAsync(Api.Post("/api/reports", Pokrovsk, "application/json", Key));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 201, body);
        var created = JsonDocument.Parse(body).RootElement;
        Assert.True(created.GetProperty("added").GetBoolean());
        Assert.Equal(1, created.GetProperty("claims").GetInt32());
        Assert.Equal($"/api/reports/{created.GetProperty("id").GetInt64()}", response.Headers.Location?.ToString());

        var claims = await client.GetJsonAsync("/api/claims?place=Pokrovsk");
        var claim = Assert.Single(claims.Items("items"));
        Assert.Equal("Russian Ministry of Defence", claim.GetProperty("claimant").Str("name"));
        Assert.Equal("2025-03-24", (await client.GetJsonAsync("/api/dates")).Str("last"));
        Assert.Equal("RU", (await client.GetJsonAsync("/api/assessment")).Rows("places").Single(p => p.Str("name") == "Pokrovsk").Str("holder"));
        Assert.Equal("Pokrovsk", (await client.GetJsonAsync(response.Headers.Location!.ToString())).Str("title"));

        // The same report again changes nothing.
        using var again = await client.SendAsync(Api.Post("/api/reports", Pokrovsk, "application/json", Key));
        Assert.Equal(200, (int)again.StatusCode);
        Assert.False(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetBoolean());
        Assert.Equal(1, (await client.GetJsonAsync("/api/claims?place=Pokrovsk")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_report_file_posted_as_text_is_read_like_ingest_reads_it()
    {
        await using var server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        const string file = "title: Kurakhove\noutlet: Test Wire\npublished: 2025-03-24\n---\nRussian forces have captured the town of Kurakhove, the Russian Ministry of Defence said on Monday.\n";
        using var response = await client.SendAsync(Api.Post("/api/reports", file, "text/plain", Key));
        Assert.True((int)response.StatusCode == 201, await response.Content.ReadAsStringAsync());
        var report = await client.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Equal("Kurakhove", report.Str("title"));
        Assert.Equal("Test Wire", report.Str("outlet"));
        Assert.Equal("2025-03-24", report.Str("published"));
        Assert.Single(report.Items("claims"));
    }

    [Fact]
    public async Task Writes_are_refused_without_the_key_with_a_wrong_key_and_with_the_key_in_the_query_string()
    {
        await using var server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        using (var none = await client.SendAsync(Api.Post("/api/reports", Pokrovsk, "application/json")))
            Assert.Contains("X-Api-Key", await Api.AssertProblemAsync(none, 401), StringComparison.Ordinal);
        using (var wrong = await client.SendAsync(Api.Post("/api/reports", Pokrovsk, "application/json", Key + "x")))
            await Api.AssertProblemAsync(wrong, 403);
        foreach (var name in new[] { "api_key", "key", "apikey" })
            using (var inQuery = await client.SendAsync(Api.Post($"/api/reports?{name}={Key}", Pokrovsk, "application/json")))
                Assert.Contains("never taken from the query string", await Api.AssertProblemAsync(inQuery, 400), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/api/claims?place=Pokrovsk")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Oversize_bodies_are_refused_with_413_whether_their_length_is_declared_or_not()
    {
        await using var server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        string text = new('a', 70 * 1024);
        string json = $$"""{"published": "2025-03-24", "text": "{{text}}"}""";
        // Expect: 100-continue, as curl sends it for large bodies: the client waits for the server's answer before sending
        // the body, instead of racing the server closing the connection on a body it will not read.
        var declared = Api.Post("/api/reports", json, "application/json", Key);
        declared.Headers.ExpectContinue = true;
        using (var response = await client.SendAsync(declared))
            await Api.AssertProblemAsync(response, 413);
        // Chunked: no Content-Length, so Kestrel stops the read at the cap.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.ExpectContinue = true;
        request.Headers.Add("X-Api-Key", Key);
        using (var chunked = await client.SendAsync(request))
            await Api.AssertProblemAsync(chunked, 413);
    }

    [Theory]
    [InlineData("{\"published\": \"2025-03-24\", \"text\": ", "application/json", 400, "not valid JSON")]
    [InlineData("[1, 2]", "application/json", 400, "JSON object")]
    [InlineData("{\"published\": \"2025-03-24\"}", "application/json", 400, "no text")]
    [InlineData("{\"text\": \"Fighting went on.\"}", "application/json", 400, "publication date")]
    [InlineData("{\"published\": \"24 March\", \"text\": \"Fighting went on.\"}", "application/json", 400, "'published'")]
    [InlineData("{\"published\": \"2025-03-24\", \"text\": 5}", "application/json", 400, "'text' must be a string")]
    [InlineData("{\"published\": \"2025-03-24\", \"text\": \"x\", \"url\": \"javascript:alert(1)\"}", "application/json", 400, "'url'")]
    [InlineData("<report/>", "application/xml", 415, "")]
    public async Task Malformed_reports_get_a_problem_and_store_nothing(string body, string contentType, int status, string detail)
    {
        await using var server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.SendAsync(Api.Post("/api/reports", body, contentType, Key));
        Assert.Contains(detail, await Api.AssertProblemAsync(response, status), StringComparison.Ordinal);
        Assert.Equal(WebStore.Reports.Count, (await client.GetJsonAsync("/api/reports")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_private_server_needs_the_key_for_reads_too_but_serves_the_page()
    {
        await using var server = await StartAsync(isPrivate: true);
        using var client = new HttpClient { BaseAddress = server.Address };
        using (var anonymous = await client.GetAsync("/api/assessment"))
            await Api.AssertProblemAsync(anonymous, 401);
        using (var inQuery = await client.GetAsync($"/api/assessment?key={Key}"))
            await Api.AssertProblemAsync(inQuery, 400);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/assessment");
        request.Headers.Add("X-Api-Key", Key);
        using (var keyed = await client.SendAsync(request))
            Assert.True(keyed.IsSuccessStatusCode);
        using var page = await client.GetAsync("/");
        Assert.True(page.IsSuccessStatusCode);
    }
}
