using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Assessment;
using Frontwatch.Core;
using Frontwatch.Store;

namespace Frontwatch.Cli.Web;

/// <summary>The API's JSON shapes (camelCase), built from the snapshot; see README "Web API".</summary>
internal static class WebJson
{
    // The default encoder escapes <, >, & and quotes as \uXXXX: still the same text to any JSON reader, and inert if a
    // careless consumer ever pastes a response into HTML.
    private static readonly JsonSerializerOptions Options = new();

    public static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? d) => d is { } day ? Day(day) : null;

    /// <summary>"RU", "UA", "contested" or "unknown".</summary>
    public static string Holder(Holder h) => h is Assessment.Holder.RU or Assessment.Holder.UA ? h.ToString() : h.ToString().ToLowerInvariant();

    public static string? Leaning(PlaceState s) => s.Leaning is Assessment.Holder.RU or Assessment.Holder.UA ? s.Leaning.ToString() : null;

    /// <summary>Distinct claimants whose claims support the state's holder.</summary>
    public static int Sources(PlaceState s) => s.For.Select(w => w.Evidence.Claim.Claimant.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The columns of <see cref="AssessedPlace"/>'s rows.</summary>
    public static readonly string[] AssessedColumns = ["key", "name", "lat", "lon", "holder", "leaning", "confidence", "unconfirmed", "since", "sources"];

    /// <summary>
    /// A place on a day as a row of <see cref="AssessedColumns"/>. The assessment lists every place (7,000 and more on a
    /// large store), so it is a table — names once, then rows: half the bytes of objects, which is what bounds an
    /// uncompressed client's requests per second. What /api/places/{key} gives (GeoNames id, region, country, the state
    /// in words) is left there.
    /// </summary>
    public static JsonArray AssessedPlace(PlaceTimeline t, PlaceState s) =>
    [
        t.PlaceKey, t.Place.Name, t.Place.Point?.Lat, t.Place.Point?.Lon, Holder(s.Holder), Leaning(s),
        Math.Round(s.Confidence, 2), s.Unconfirmed, Day(s.From), Sources(s),
    ];

    public static JsonObject PlaceFields(PlaceTimeline t) => new()
    {
        ["key"] = t.PlaceKey,
        ["name"] = t.Place.Name,
        ["lat"] = t.Place.Point?.Lat,
        ["lon"] = t.Place.Point?.Lon,
        ["geonameid"] = t.Place.GeoNameId,
        ["admin1"] = t.Place.Admin1,
        ["country"] = t.Place.Country,
    };

    public static JsonObject TimelineEntry(PlaceState s) => new()
    {
        ["from"] = Day(s.From),
        ["holder"] = Holder(s.Holder),
        ["leaning"] = Leaning(s),
        ["label"] = s.Describe(),
        ["confidence"] = Math.Round(s.Confidence, 3),
        ["unconfirmed"] = s.Unconfirmed,
    };

    /// <summary>A claim with its grade, evidence span, the paragraph around it (when the report's body is at hand) and its report.</summary>
    public static JsonObject Claim(Evidence e, StoredClaim stored, Grade grade, string? body)
    {
        var c = e.Claim;
        var o = new JsonObject
        {
            ["id"] = e.Id,
            ["reportId"] = stored.ReportId,
            ["kind"] = Lower(c.Kind),
            ["claimant"] = new JsonObject { ["name"] = c.Claimant.Name, ["side"] = c.Claimant.Side.Code, ["type"] = Lower(c.Claimant.Type) },
            ["place"] = new JsonObject { ["key"] = e.PlaceKey, ["name"] = c.Place.Name, ["lat"] = c.Place.Point?.Lat, ["lon"] = c.Place.Point?.Lon },
            ["side"] = c.Side.Code,
            ["modality"] = Lower(c.Modality),
        };
        if (c.Extent is { } extent) o["extent"] = Lower(extent);
        if (c.Outcome is { } outcome) o["outcome"] = Lower(outcome);
        if (c.Count is { } n) o["count"] = new JsonObject { ["min"] = n.Min, ["max"] = n.Max };
        o["date"] = Day(e.Date);
        o["grade"] = grade.Code;
        o["credibility"] = grade.Credibility;
        o["reliability"] = grade.Reliability.ToString();
        o["selfServing"] = grade.SelfServing;
        o["againstInterest"] = grade.AgainstInterest;
        o["corroboratedBy"] = new JsonArray([.. grade.Corroborators.Select(n => (JsonNode)n)]);
        o["contradictedBy"] = new JsonArray([.. grade.Contradictors.Select(n => (JsonNode)n)]);
        o["evidence"] = new JsonObject { ["text"] = c.Evidence, ["start"] = c.EvidenceSpan?.Start, ["end"] = c.EvidenceSpan?.End };
        o["paragraph"] = body is not null && c.EvidenceSpan is { } span && span.End <= body.Length
            ? Paragraph(body, Paragraphs.Around(body, span))
            : null;
        o["report"] = new JsonObject
        {
            ["id"] = stored.ReportId,
            ["title"] = stored.Title,
            ["outlet"] = stored.Outlet,
            ["published"] = Day(stored.Published),
            ["url"] = stored.Url,
            ["cluster"] = stored.ClusterId,
        };
        return o;
    }

    public static JsonObject ReportFields(ReportSummary r, int claims) => new()
    {
        ["id"] = r.Id,
        ["title"] = r.Title,
        ["outlet"] = r.Outlet,
        ["published"] = Day(r.Published),
        ["url"] = r.Url,
        ["source"] = r.Source,
        ["cluster"] = r.ClusterId,
        ["claims"] = claims,
    };

    public static JsonObject TrackRecord(TrackRecord r) => new()
    {
        ["name"] = r.Claimant.Name,
        ["side"] = r.Claimant.Side.Code,
        ["type"] = Lower(r.Claimant.Type),
        ["reliability"] = r.Reliability.ToString(),
        ["controlClaims"] = r.ControlClaims,
        ["corroborated"] = r.Corroborated,
        ["contradicted"] = r.Contradicted,
        ["corroboratedShare"] = r.CorroboratedShare,
        ["medianLagDays"] = r.MedianLagDays,
    };

    private static JsonObject Paragraph(string body, TextSpan p) => new() { ["text"] = body[p.Start..p.End], ["start"] = p.Start, ["end"] = p.End };

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
