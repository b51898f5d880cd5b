using System.ComponentModel;
using System.Text;
using Frontwatch.Assessment;
using Frontwatch.Cli.Exports;
using Frontwatch.Gazetteer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Frontwatch.Cli.Web;

/// <summary>
/// Downloads in the formats of the field, written by the same writers as `frontwatch export`: the control map as
/// GeoJSON or KML, the claims as ACLED-style CSV, for one day or the whole history. Rendered once per snapshot.
/// </summary>
internal static class ExportEndpoints
{
    private static readonly Lazy<AcledCoding> Coding = new(() => new AcledCoding(
        RegionFileReader.ReadCountries(Path.Combine(AppPaths.DataDirectory, "countries.tsv"))
            .Where(c => !c.IsAdjective).ToDictionary(c => c.Country, c => c.Name, StringComparer.Ordinal)));

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/export.geojson", (LiveAssessment live, MapLayers layers, [Description(DateHelp)] string? date, [Description(HistoryHelp)] string? history) =>
                ExportAsync(live, layers, ExportFormat.GeoJson, date, history))
            .WithSummary("The control map as a GeoJSON download (RFC 7946): places, areas by holder and the line.")
            .Produces(200, contentType: "application/geo+json").ProducesProblem(400).ProducesProblem(503);
        api.MapGet("/export.kml", (LiveAssessment live, MapLayers layers, [Description(DateHelp)] string? date, [Description(HistoryHelp)] string? history) =>
                ExportAsync(live, layers, ExportFormat.Kml, date, history))
            .WithSummary("The control map as a KML 2.2 download for Google Earth and QGIS (a history has time spans).")
            .Produces(200, contentType: "application/vnd.google-earth.kml+xml").ProducesProblem(400).ProducesProblem(503);
        api.MapGet("/export.csv", (LiveAssessment live, MapLayers layers, [Description("Claims up to this day, yyyy-mm-dd; default the last day with claims.")] string? date, [Description("true: every claim.")] string? history) =>
                ExportAsync(live, layers, ExportFormat.Csv, date, history))
            .WithSummary("The claims as a CSV download with ACLED's columns and Frontwatch's (claimant, side, modality, grade, evidence).")
            .Produces(200, contentType: "text/csv").ProducesProblem(400);
    }

    private const string DateHelp = "The day, yyyy-mm-dd; default the last day with claims.";
    private const string HistoryHelp = "true: every day on which some place's state changes, each feature with its dates (instead of one day).";

    private static async Task<IResult> ExportAsync(LiveAssessment live, MapLayers layers, ExportFormat format, string? date, string? history)
    {
        var snapshot = live.Current;
        bool all = false;
        if (QueryValues.Text(history) is { } h && !bool.TryParse(h, out all))
            return ReadEndpoints.BadRequest($"'history' must be true or false, not '{QueryValues.Shorten(h)}'");
        if (!QueryValues.TryDate("date", date, out var given, out var error)) return ReadEndpoints.BadRequest(error);
        if (all && given is not null) return ReadEndpoints.BadRequest("'date' and 'history' exclude each other: give one");
        if (format != ExportFormat.Csv && !layers.Available) return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Boundaries missing", detail: "The bundled country boundaries are not built; run ./setup.");
        var day = given ?? snapshot.Last ?? DateOnly.FromDateTime(DateTime.UtcNow);
        string name = all ? "history" : WebJson.Day(day);
        string extension = format.ToString().ToLowerInvariant();
        var body = await snapshot.Responses.GetOrRenderAsync($"export:{extension}:{name}", () => ValueTask.FromResult(Render(snapshot, layers, format, all ? null : day)));
        return new Download(body, ContentType(format), $"frontwatch-{name}.{extension}");
    }

    private static byte[] Render(AssessmentSnapshot snapshot, MapLayers layers, ExportFormat format, DateOnly? day)
    {
        using var output = new MemoryStream();
        if (format == ExportFormat.Csv)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            ClaimsCsv.Write(writer, snapshot.Assessed.GradedClaims(day), Coding.Value);
        }
        else
        {
            IReadOnlyList<ControlMap> maps = day is { } d
                ? [ControlMap.Build(d, snapshot.Timelines, layers.ClipLand)]
                : ControlMap.History(snapshot.Timelines, layers.ClipLand);
            if (format == ExportFormat.GeoJson) GeoJsonExport.Write(output, maps, history: day is null);
            else KmlExport.Write(output, maps, history: day is null);
        }
        return output.ToArray();
    }

    private static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => "application/geo+json; charset=utf-8",
        ExportFormat.Kml => "application/vnd.google-earth.kml+xml; charset=utf-8",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>A rendered export sent as a file to save (Content-Disposition: attachment).</summary>
    private sealed class Download(RenderedBody body, string contentType, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return new JsonBody(body, contentType).ExecuteAsync(httpContext);
        }
    }
}
