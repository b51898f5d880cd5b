using Microsoft.AspNetCore.Http;

namespace Frontwatch.Cli.Web;

/// <summary>The headers every response carries: a CSP with no inline script, no sniffing, no framing, no referrer.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Only our own scripts, styles and API; MapLibre builds its workers and images from blob: URLs. A base map's
    /// tile server (--tiles) is the one outside origin allowed, for images and fetches.
    /// </summary>
    public static string ContentSecurityPolicy(string? tiles)
    {
        string outside = TileOrigin(tiles) is { } origin ? " " + origin : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; " +
            $"img-src 'self' data: blob:{outside}; worker-src 'self' blob:; connect-src 'self'{outside}; " +
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>The scheme, host and port of a tile URL template ({z}/{x}/{y} placeholders allowed); null for anything but http(s).</summary>
    public static string? TileOrigin(string? tiles) =>
        tiles is not null && Uri.TryCreate(tiles.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http" ? uri.GetLeftPart(UriPartial.Authority) : null;

    public static void Apply(HttpResponse response, string csp)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
