using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Frontwatch.Cli.Web;

/// <summary>A response of JSON already rendered to bytes; a cached body goes out Brotli- or gzip-compressed when the client accepts it.</summary>
internal sealed class JsonBody(RenderedBody body, string contentType = "application/json; charset=utf-8", int status = StatusCodes.Status200OK) : IResult
{
    public const string GeoJson = "application/geo+json; charset=utf-8";

    /// <summary>A body rendered for this response only: sent as it is.</summary>
    public JsonBody(byte[] body, string contentType = "application/json; charset=utf-8", int status = StatusCodes.Status200OK)
        : this(new RenderedBody(body), contentType, status) => _once = true;

    private readonly bool _once;

    /// <summary>Set for 201 Created.</summary>
    public string? Location { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        if (Location is not null) response.Headers.Location = Location;
        byte[] bytes = body.Body;
        if (!_once && body.Compressible)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            switch (Accepted(httpContext.Request))
            {
                case "br":
                    bytes = body.Brotli;
                    response.Headers.ContentEncoding = "br";
                    break;
                case "gzip":
                    bytes = body.Gzip;
                    response.Headers.ContentEncoding = "gzip";
                    break;
            }
        }
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }

    // Brotli over gzip over none, among the codings the client accepts (a q of 0 refuses one).
    private static string? Accepted(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool br = false, gzip = false;
        foreach (var coding in accepted)
        {
            if (coding.Quality is 0) continue;
            if (coding.Value.Equals("br", StringComparison.OrdinalIgnoreCase)) br = true;
            else if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase)) gzip = true;
        }
        return br ? "br" : gzip ? "gzip" : null;
    }
}
