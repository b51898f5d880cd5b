using Microsoft.AspNetCore.Http;

namespace Frontwatch.Cli.Web;

/// <summary>A response of JSON already rendered to bytes (often from a cache).</summary>
internal sealed class JsonBody(byte[] body, string contentType = "application/json; charset=utf-8", int status = StatusCodes.Status200OK) : IResult
{
    public const string GeoJson = "application/geo+json; charset=utf-8";

    /// <summary>Set for 201 Created.</summary>
    public string? Location { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (Location is not null) response.Headers.Location = Location;
        await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
