using Frontwatch.Cli.Web;

namespace Frontwatch.Web.Tests;

/// <summary>The page's Content-Security-Policy with and without an online base map.</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public void A_tile_server_is_the_one_outside_origin_allowed_and_only_for_images_and_fetches()
    {
        string csp = SecurityHeaders.ContentSecurityPolicy("https://tile.example.org/{z}/{x}/{y}.png");
        Assert.Contains("img-src 'self' data: blob: https://tile.example.org;", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://tile.example.org;", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public void Without_a_usable_tile_url_the_policy_allows_only_this_server(string? tiles)
    {
        string csp = SecurityHeaders.ContentSecurityPolicy(tiles);
        Assert.Contains("img-src 'self' data: blob:;", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
    }
}
