using System.ComponentModel;
using System.Text.Json.Nodes;
using Frontwatch.Assessment;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Frontwatch.Cli.Web;

/// <summary>The read endpoints of /api: answered from the assessment snapshot, rendered once per request shape and cached on it.</summary>
internal static class ReadEndpoints
{
    private const int PlaceClaims = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/config", Config).WithSummary("What the page needs to know: the base map's tile URL and whether writes are enabled.")
            .Produces(200, contentType: "application/json");
        api.MapGet("/dates", Dates).WithSummary("The first and last day with claims, and every day on which some place's assessed state changes.")
            .Produces(200, contentType: "application/json");
        api.MapGet("/assessment", Assessment).WithSummary("Every assessed place on a day: holder, leaning, confidence, 'claimed, unconfirmed', since when, how many claimants.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapGet("/control.geojson", Control).WithSummary("The control map on a day as GeoJSON: places (points), areas by holder, and the RU/UA line; with kind, claimantSide or minCredibility, redrawn from those claims only.")
            .Produces(200, contentType: "application/geo+json").ProducesProblem(400).ProducesProblem(503);
        api.MapGet("/boundaries.geojson", Boundaries).WithSummary("Country boundaries of the region (Natural Earth, features with iso) and region boundaries (amCharts, features with region), for drawing the map offline.")
            .Produces(200, contentType: "application/geo+json").ProducesProblem(503);
        api.MapGet("/places", Places).WithSummary("Assessed places, optionally those matching a name in any spelling the gazetteer folds.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapGet("/places/{key}", Place).WithSummary("One place: its control timeline and its claims (newest first), each with its grade, evidence and paragraph.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        api.MapGet("/claims", Claims).WithSummary("Claims, newest first, filtered and paged.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapGet("/reports", Reports).WithSummary("Stored reports, newest first, paged.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        api.MapGet("/reports/{id:long}", Report).WithSummary("One report: its text and its claims with their evidence spans.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        api.MapGet("/claimants", Claimants).WithSummary("Each claimant's track record: control claims corroborated by an independent claimant, contradicted, median lag.")
            .Produces(200, contentType: "application/json");
    }

    private static JsonBody Config(WebOptions options, ApiKeyGate gate) =>
        new(WebJson.Bytes(new JsonObject { ["tiles"] = options.Tiles, ["writes"] = gate.Configured }));

    private static async Task<IResult> Dates(LiveAssessment live)
    {
        var snapshot = live.Current;
        return new JsonBody(await snapshot.Responses.GetOrRenderAsync("dates", () => ValueTask.FromResult(WebJson.Bytes(new JsonObject
        {
            ["first"] = WebJson.Day(snapshot.First),
            ["last"] = WebJson.Day(snapshot.Last),
            ["changes"] = new JsonArray([.. snapshot.Changes.Select(d => (JsonNode)WebJson.Day(d))]),
        }))));
    }

    private static async Task<IResult> Assessment(LiveAssessment live, [Description("The day, yyyy-mm-dd; default the last day with claims.")] string? date)
    {
        var snapshot = live.Current;
        if (!TryDay(snapshot, date, out var day, out var problem)) return problem;
        var body = await snapshot.Responses.GetOrRenderExplainedAsync("assessment:" + WebJson.Day(day), () =>
        {
            var places = new JsonArray();
            foreach (var t in snapshot.Timelines.OrderBy(t => t.Place.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.PlaceKey, StringComparer.Ordinal))
                if (t.At(day) is { } state) places.Add(WebJson.AssessedPlace(t, state));
            return ValueTask.FromResult(WebJson.Bytes(new JsonObject
            {
                ["date"] = WebJson.Day(day),
                ["columns"] = new JsonArray([.. WebJson.AssessedColumns.Select(c => (JsonNode)c)]),
                ["places"] = places,
            }));
        });
        return new JsonBody(body);
    }

    private static async Task<IResult> Control(LiveAssessment live, MapLayers layers,
        [Description("The day, yyyy-mm-dd; default the last day with claims.")] string? date,
        [Description("Redraw the map from claims of this kind only.")] string? kind = null,
        [Description("Redraw the map from claims by claimants of this side only: RU, UA or other.")] string? claimantSide = null,
        [Description("Redraw the map from claims at least this credible only (1 confirmed … 6 any).")] string? minCredibility = null)
    {
        var snapshot = live.Current;
        if (!TryDay(snapshot, date, out var day, out var problem)) return problem;
        if (!MapFilter.TryParse(kind, claimantSide, minCredibility, out var filter, out var error)) return BadRequest(error);
        if (!layers.Available) return Unavailable();
        string key = "control:" + WebJson.Day(day) + (filter is null ? "" : ":" + filter.Key);
        var body = await snapshot.Responses.GetOrRenderExplainedAsync(key,
            () => ValueTask.FromResult(layers.Control(day, filter is null ? snapshot.Timelines : filter.Timelines(snapshot))));
        return new JsonBody(body, JsonBody.GeoJson);
    }

    private static IResult Boundaries(MapLayers layers) => layers.Available ? new JsonBody(layers.Boundaries, JsonBody.GeoJson) : Unavailable();

    private static IResult Places(LiveAssessment live,
        [Description("A name in any spelling the gazetteer folds, or the start of one; none lists every place.")] string? q,
        [Description("How many places at most (1–10000, default 50 with q, all without).")] string? limit,
        WebOptions options)
    {
        var snapshot = live.Current;
        if (!QueryValues.TryInt("limit", limit, 1, 10_000, q is null ? 10_000 : 50, out int max, out var error)) return BadRequest(error);
        IEnumerable<PlaceTimeline> found = snapshot.Timelines.OrderBy(t => t.Place.Name, StringComparer.OrdinalIgnoreCase);
        if (QueryValues.Text(q) is { } name)
        {
            // Places the gazetteer's spellings name come first, then names that start with or contain the text.
            var exact = ClaimFilter.PlaceKeys(name, snapshot, options.Gazetteer).Select(snapshot.Place).OfType<PlaceTimeline>().ToList();
            var starts = found.Where(t => t.Place.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase));
            var contains = found.Where(t => t.Place.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            found = exact.Concat(starts).Concat(contains).DistinctBy(t => t.PlaceKey);
        }
        var places = new JsonArray();
        foreach (var t in found.Take(max))
        {
            var o = WebJson.PlaceFields(t);
            o["claims"] = snapshot.ClaimsAbout(t.PlaceKey).Length;
            places.Add(o);
        }
        return new JsonBody(WebJson.Bytes(new JsonObject { ["places"] = places }));
    }

    private static async Task<IResult> Place(LiveAssessment live, ReportLibrary library, [Description("The place's key (GeoNames id, else its stored name in lower case).")] string key, CancellationToken cancellationToken)
    {
        var snapshot = live.Current;
        if (snapshot.Place(key) is not { } t) return NotFound($"No assessed place has the key '{QueryValues.Shorten(key)}'.");
        var body = await snapshot.Responses.GetOrRenderAsync("place:" + key, async () =>
        {
            var o = WebJson.PlaceFields(t);
            o["timeline"] = new JsonArray([.. t.States.Select(s => (JsonNode)WebJson.TimelineEntry(s))]);
            var about = snapshot.ClaimsAbout(key);
            o["claimCount"] = about.Length;
            o["claims"] = await ClaimArrayAsync(snapshot, library, about.Take(PlaceClaims).ToList(), cancellationToken).ConfigureAwait(false);
            return WebJson.Bytes(o);
        });
        return new JsonBody(body);
    }

    private static async Task<IResult> Claims(LiveAssessment live, ReportLibrary library, WebOptions options, [AsParameters] ClaimParameters query, CancellationToken cancellationToken)
    {
        var snapshot = live.Current;
        if (!ClaimFilter.TryParse(query, snapshot, options.Gazetteer, out var filter, out var error)) return BadRequest(error);
        var body = await snapshot.Responses.GetOrRenderAsync(query.CacheKey(), async () =>
        {
            int total = 0, skip = (filter.Page - 1) * filter.PageSize;
            var page = new List<int>(filter.PageSize);
            foreach (int i in filter.Select(snapshot))
            {
                if (total >= skip && page.Count < filter.PageSize) page.Add(i);
                total++;
            }
            return WebJson.Bytes(new JsonObject
            {
                ["total"] = total,
                ["page"] = filter.Page,
                ["pageSize"] = filter.PageSize,
                ["items"] = await ClaimArrayAsync(snapshot, library, page, cancellationToken).ConfigureAwait(false),
            });
        });
        return new JsonBody(body);
    }

    private static async Task<IResult> Reports(LiveAssessment live, StoreReaders readers,
        [Description("Page number from 1 (default 1).")] string? page,
        [Description("Reports per page, 1–500 (default 50).")] string? pageSize, CancellationToken cancellationToken)
    {
        if (!QueryValues.TryInt("page", page, 1, 1_000_000, 1, out int number, out var error)
            || !QueryValues.TryInt("pageSize", pageSize, 1, 500, 50, out int size, out error))
            return BadRequest(error);
        var snapshot = live.Current;
        var (total, reports) = await readers.UseAsync(async store =>
            ((await store.StatsAsync(cancellationToken).ConfigureAwait(false)).Reports,
             await store.ListReportsAsync((number - 1) * size, size, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
        return new JsonBody(WebJson.Bytes(new JsonObject
        {
            ["total"] = total,
            ["page"] = number,
            ["pageSize"] = size,
            ["items"] = new JsonArray([.. reports.Select(r => (JsonNode)WebJson.ReportFields(r, snapshot.ClaimCountOf(r.Id)))]),
        }));
    }

    private static async Task<IResult> Report(LiveAssessment live, ReportLibrary library, [Description("The report's id.")] long id, CancellationToken cancellationToken)
    {
        var snapshot = live.Current;
        var found = await library.LoadAsync([id], cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(id, out var report)) return NotFound($"No report has the id {id}.");
        var o = WebJson.ReportFields(report.Summary, snapshot.ClaimCountOf(id));
        o["text"] = report.Body;
        var claims = snapshot.ClaimsOf(id).Select(i => snapshot.Claims[i]).OrderBy(e => e.Claim.EvidenceSpan?.Start ?? int.MaxValue).ThenBy(e => e.Id);
        o["claims"] = new JsonArray([.. claims.Select(e => (JsonNode)WebJson.Claim(e, snapshot.Stored(e), snapshot.GradeOf(e), report.Body))]);
        return new JsonBody(WebJson.Bytes(o));
    }

    private static async Task<IResult> Claimants(LiveAssessment live)
    {
        var snapshot = live.Current;
        return new JsonBody(await snapshot.Responses.GetOrRenderAsync("claimants", () => ValueTask.FromResult(WebJson.Bytes(new JsonObject
        {
            ["claimants"] = new JsonArray([.. snapshot.TrackRecords.Select(r => (JsonNode)WebJson.TrackRecord(r))]),
        }))));
    }

    private static async Task<JsonArray> ClaimArrayAsync(AssessmentSnapshot snapshot, ReportLibrary library, List<int> positions, CancellationToken cancellationToken)
    {
        var evidence = positions.Select(i => snapshot.Claims[i]).ToList();
        var reports = await library.LoadAsync(evidence.Select(e => snapshot.Stored(e).ReportId), cancellationToken).ConfigureAwait(false);
        var array = new JsonArray();
        foreach (var e in evidence)
        {
            var stored = snapshot.Stored(e);
            array.Add(WebJson.Claim(e, stored, snapshot.GradeOf(e), reports.TryGetValue(stored.ReportId, out var r) ? r.Body : null));
        }
        return array;
    }

    private static bool TryDay(AssessmentSnapshot snapshot, string? date, out DateOnly day, out IResult problem)
    {
        problem = Results.Empty;
        day = snapshot.Last ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (!QueryValues.TryDate("date", date, out var given, out var error))
        {
            problem = BadRequest(error);
            return false;
        }
        if (given is { } d) day = d;
        return true;
    }

    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    private static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static IResult Unavailable() => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Boundaries missing",
        detail: "The bundled country boundaries are not built; run ./setup.");
}
