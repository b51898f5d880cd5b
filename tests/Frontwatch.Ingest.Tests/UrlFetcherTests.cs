using System.Net;

namespace Frontwatch.Ingest.Tests;

public sealed class UrlFetcherTests : IDisposable
{
    private readonly LoopbackServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Fetches_a_page_with_its_media_type()
    {
        using var fetcher = Fetcher();
        var document = (await fetcher.FetchAsync(_server.Url("/page"))).Document!;
        Assert.Equal("text/html", document.MediaType);
        Assert.Contains("Nikopol", System.Text.Encoding.UTF8.GetString(document.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_five_redirects_to_the_final_address()
    {
        using var fetcher = Fetcher();
        var document = (await fetcher.FetchAsync(_server.Url("/hops/5"))).Document!;
        Assert.Equal(_server.Url("/page"), document.Url.AbsoluteUri);
    }

    [Fact]
    public async Task Refuses_a_sixth_redirect()
    {
        using var fetcher = Fetcher();
        var error = (await fetcher.FetchAsync(_server.Url("/hops/6"))).Error!;
        Assert.Equal(_server.Url("/hops/6"), error.Input);
        Assert.Contains("too many redirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_reading_a_body_at_the_size_cap()
    {
        using var fetcher = Fetcher(o => o with { MaxBytes = 256 * 1024 });
        var error = (await fetcher.FetchAsync(_server.Url("/big"))).Error!;
        Assert.Contains("stopped reading at the cap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_declared_length_over_the_cap_before_reading()
    {
        using var fetcher = Fetcher(o => o with { MaxBytes = 256 * 1024 });
        var error = (await fetcher.FetchAsync(_server.Url("/big-declared"))).Error!;
        Assert.Contains("too large (2.0 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_after_the_timeout()
    {
        using var fetcher = Fetcher(o => o with { Timeout = TimeSpan.FromMilliseconds(300) });
        var error = (await fetcher.FetchAsync(_server.Url("/slow"))).Error!;
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_HTTP_error_names_the_status()
    {
        using var fetcher = Fetcher();
        Assert.Contains("HTTP 404", (await fetcher.FetchAsync(_server.Url("/missing"))).Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed.xml")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = Fetcher();
        Assert.Contains("only http and https", (await fetcher.FetchAsync(url)).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_loopback_unless_private_addresses_are_allowed()
    {
        using var fetcher = new UrlFetcher();
        var error = (await fetcher.FetchAsync(_server.Url("/page"))).Error!;
        Assert.Contains("refused: 127.0.0.1 resolves to 127.0.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_host_name_that_resolves_to_loopback()
    {
        using var fetcher = new UrlFetcher();
        var error = (await fetcher.FetchAsync($"http://localhost:{_server.Port}/page")).Error!;
        Assert.Contains("refused: localhost resolves to", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fc00::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("93.184.215.14", true)]
    [InlineData("2606:4700::1111", true)]
    public void Knows_which_addresses_are_public(string address, bool expected) =>
        Assert.Equal(expected, NetworkAddress.IsPublic(IPAddress.Parse(address)));

    private static UrlFetcher Fetcher(Func<UrlFetcherOptions, UrlFetcherOptions>? change = null) =>
        new((change ?? (o => o))(new UrlFetcherOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) }));
}
