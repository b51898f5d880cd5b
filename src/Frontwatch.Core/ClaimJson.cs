using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Frontwatch.Core;

/// <summary>Reads and writes the claims JSON of eval/SCHEMA.md.</summary>
public static class ClaimJson
{
    // Relaxed escaping keeps Cyrillic and quotes readable; consumers that embed JSON in HTML must escape it themselves.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a document; evidence offsets are added as <c>evidence_start</c>/<c>evidence_end</c>.</summary>
    public static string Write(ClaimsDocument doc) => ToJson(doc).ToJsonString(Options);

    public static JsonObject ToJson(ClaimsDocument doc) => new()
    {
        ["report"] = doc.Report,
        ["published"] = doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["claims"] = new JsonArray([.. doc.Claims.Select(ToJson)]),
    };

    public static JsonObject ToJson(Claim c)
    {
        var place = new JsonObject { ["name"] = c.Place.Name, ["geonameid"] = c.Place.GeoNameId };
        if (c.Place.Admin1 is not null) place["admin1"] = c.Place.Admin1;
        if (c.Place.Point is { } p) { place["lat"] = p.Lat; place["lon"] = p.Lon; }
        var o = new JsonObject
        {
            ["kind"] = Lower(c.Kind),
            ["claimant"] = new JsonObject { ["name"] = c.Claimant.Name, ["side"] = c.Claimant.Side.Code, ["type"] = Lower(c.Claimant.Type) },
            ["place"] = place,
            ["side"] = c.Side.Code,
        };
        if (c.Extent is { } e) o["extent"] = Lower(e);
        if (c.Outcome is { } oc) o["outcome"] = Lower(oc);
        if (c.Count is { } n) o["count"] = new JsonObject { ["min"] = n.Min, ["max"] = n.Max };
        o["date"] = c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        o["modality"] = Lower(c.Modality);
        if (c.Optional) o["optional"] = true;
        o["evidence"] = c.Evidence;
        if (c.EvidenceSpan is { } s) { o["evidence_start"] = s.Start; o["evidence_end"] = s.End; }
        return o;
    }

    /// <summary>Reads a claims document; a malformed one throws <see cref="FormatException"/> naming the field.</summary>
    public static ClaimsDocument Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message})", e);
        }
        if (root is not JsonObject obj) throw new FormatException("expected a JSON object");
        var claims = new List<Claim>();
        if (obj["claims"] is JsonArray array)
            for (int i = 0; i < array.Count; i++)
            {
                try
                {
                    claims.Add(ReadClaim(array[i] as JsonObject ?? throw new FormatException("not an object")));
                }
                catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
                {
                    throw new FormatException($"claims[{i}]: {e.Message}", e);
                }
            }
        return new ClaimsDocument(obj["report"]?.GetValue<string>() ?? "", ParseDate(obj["published"]), claims);
    }

    private static Claim ReadClaim(JsonObject o)
    {
        var claimant = o["claimant"] as JsonObject ?? throw new FormatException("no claimant");
        var place = o["place"] as JsonObject ?? throw new FormatException("no place");
        double? lat = place["lat"]?.GetValue<double>(), lon = place["lon"]?.GetValue<double>();
        var claimPlace = new ClaimPlace(
            place["name"]?.GetValue<string>() ?? "",
            place["geonameid"]?.GetValue<int>(),
            place["admin1"]?.GetValue<string>(),
            lat is { } a && lon is { } b ? new GeoPoint(a, b) : null)
        {
            Aliases = place["aliases"] is JsonArray al ? [.. al.Select(x => x!.GetValue<string>())] : [],
        };
        CountRange? count = null;
        if (o["count"] is JsonObject cnt)
        {
            long? min = cnt["min"]?.GetValue<long>(), max = cnt["max"]?.GetValue<long>();
            if (min is not null || max is not null) count = new CountRange(min, max);
        }
        return new Claim(
            Enum<ClaimKind>(o["kind"]),
            new Claimant(claimant["name"]?.GetValue<string>() ?? "", SideOf(claimant["side"]), Enum<ClaimantType>(claimant["type"])),
            claimPlace,
            SideOf(o["side"]),
            o["modality"] is null ? Modality.Asserted : Enum<Modality>(o["modality"]),
            o["evidence"]?.GetValue<string>() ?? "")
        {
            Extent = o["extent"] is null ? null : Enum<Extent>(o["extent"]),
            Outcome = o["outcome"] is null ? null : Enum<Outcome>(o["outcome"]),
            Count = count,
            Date = ParseDate(o["date"]),
            Optional = o["optional"]?.GetValue<bool>() ?? false,
            EvidenceSpan = o["evidence_start"] is { } s && o["evidence_end"] is { } e ? new TextSpan(s.GetValue<int>(), e.GetValue<int>()) : null,
        };
    }

    private static Side SideOf(JsonNode? node) =>
        Side.TryParse(node?.GetValue<string>()) ?? throw new FormatException($"bad side '{node}'");

    private static T Enum<T>(JsonNode? node) where T : struct, Enum =>
        System.Enum.TryParse<T>(node?.GetValue<string>(), ignoreCase: true, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw new FormatException($"bad {typeof(T).Name.ToLowerInvariant()} '{node}'");

    private static DateOnly? ParseDate(JsonNode? node) =>
        node?.GetValue<string>() is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
