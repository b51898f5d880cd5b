using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Frontwatch.Cli.Web;

/// <summary>POST /api/reports: ingest one report, with the API key, through the same pipeline as `frontwatch ingest`.</summary>
internal static class WriteEndpoints
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/reports", PostReport)
            .WithSummary("Ingest one report (needs the API key in the X-Api-Key header).")
            .WithDescription("""
                Body: JSON {"title", "outlet", "published": "yyyy-mm-dd", "text", "url"} (published and text required), or text/plain in
                the report file format: `key: value` header lines (title, outlet, published, url), a `---` line, then the body.
                201 with {id, added, claims} for a new report, 200 for one the store holds already. Without the key 401, with a wrong
                one 403, with none configured 403 (writes disabled); a body over the size cap gets 413.
                """)
            .Accepts<JsonObject>("application/json", "text/plain")
            .Produces(201, contentType: "application/json").Produces(200, contentType: "application/json")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
    }

    private static async Task<IResult> PostReport(HttpRequest request, LiveAssessment live, ApiKeyGate gate, WebOptions options, CancellationToken cancellationToken)
    {
        if (gate.Refusal(request, "Ingesting a report") is { } refusal)
            return Results.Problem(detail: refusal.Detail, statusCode: refusal.Status, title: refusal.Title);
        if (request.ContentLength > options.MaxBodyBytes) return TooLarge(options);
        Report report;
        try
        {
            var read = request.HasJsonContentType() ? await ReadJsonAsync(request, cancellationToken).ConfigureAwait(false)
                : IsText(request) ? await ReadTextAsync(request, cancellationToken).ConfigureAwait(false)
                : null;
            if (read is null)
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: "Send the report as application/json or text/plain.");
            if (read.Value.Error is { } error) return ReadEndpoints.BadRequest(error);
            report = read.Value.Report!;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (JsonException e)
        {
            return ReadEndpoints.BadRequest($"The body is not valid JSON: {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            return ReadEndpoints.BadRequest("The body is not valid UTF-8.");
        }
        var outcome = await live.IngestAsync(report, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Report not ingested",
                detail: "Claim extraction failed for this report; nothing was stored.");
        var body = WebJson.Bytes(new JsonObject { ["id"] = outcome.ReportId, ["added"] = outcome.Added, ["claims"] = outcome.Claims });
        return outcome.Added
            ? new JsonBody(body, status: StatusCodes.Status201Created) { Location = $"/api/reports/{outcome.ReportId}" }
            : new JsonBody(body);
    }

    private static bool IsText(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private static async Task<(Report? Report, string? Error)?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct).ConfigureAwait(false);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, "The body must be a JSON object with 'published' and 'text'.");
        var root = doc.RootElement;
        string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        foreach (var name in new[] { "title", "outlet", "published", "text", "url" })
            if (root.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return (null, $"'{name}' must be a string.");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "title", "outlet", "published", "url" })
            if (Field(name) is { Length: > 0 } value) headers[name] = value;
        return Build(Field("text"), headers);
    }

    private static async Task<(Report? Report, string? Error)?> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, StrictUtf8);
        var parsed = ReportParser.Parse("api", await reader.ReadToEndAsync(ct).ConfigureAwait(false));
        return Build(parsed.Body, new Dictionary<string, string>(parsed.Headers, StringComparer.OrdinalIgnoreCase));
    }

    // Both forms end here: a body and a publication date are required, since a claim is placed in time by its report's date.
    private static (Report? Report, string? Error) Build(string? text, Dictionary<string, string> headers)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, "The report has no text.");
        if (!headers.TryGetValue("published", out var published))
            return (null, "The report needs its publication date: 'published' as yyyy-mm-dd.");
        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, $"'published' must be a date as yyyy-mm-dd, not '{QueryValues.Shorten(published)}'.");
        string? Header(string name) => headers.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        string? url = Header("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return (null, "'url' must be an http or https address.");
        return (new Report(url ?? "api", Header("title"), Header("outlet"), date, url, text, headers), null);
    }

    private static IResult TooLarge(WebOptions options) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"A request body may hold at most {options.MaxBodyBytes:N0} bytes.");
}
