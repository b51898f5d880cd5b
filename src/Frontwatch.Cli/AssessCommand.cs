using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Assessment;
using Frontwatch.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch assess`.</summary>
internal sealed class AssessSettings : StoreSettings
{
    [CommandOption("--date <DATE>")]
    [Description("The day to assess (yyyy-mm-dd). Default: the latest day any claim is about.")]
    public DateOnly? Date { get; init; }

    [CommandOption("--place <NAME>")]
    [Description("Only this place, in any spelling the gazetteer knows.")]
    public string? Place { get; init; }

    [CommandOption("--top <N>")]
    [Description("How many claims for and against to show per place (default 3).")]
    public int Top { get; init; } = 3;

    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}

/// <summary>`frontwatch assess`: who holds each place on a day, how sure, and the claims behind it.</summary>
internal sealed class AssessCommand : AsyncCommand<AssessSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AssessSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Top < 0) throw new ArgumentException("--top must be 0 or more");
        await using var store = settings.OpenStore();
        var assessed = await AssessedStore.LoadAsync(store, cancellationToken);
        var date = settings.Date ?? (assessed.Evidence.Count > 0 ? assessed.Evidence.Max(e => e.Date) : DateOnly.FromDateTime(DateTime.UtcNow));
        var timelines = assessed.Timelines.AsEnumerable();
        if (settings.Place is { } name)
        {
            var spellings = ClaimsCommand.Spellings(GazetteerLoader.Load(settings), name);
            timelines = timelines.Where(t => spellings.Contains(t.Place.Name, StringComparer.OrdinalIgnoreCase));
        }
        var rows = timelines.Select(t => (Timeline: t, State: t.At(date))).Where(r => r.State is not null)
            .OrderBy(r => r.Timeline.Place.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (settings.Format == OutputFormat.Json)
        {
            var places = new JsonArray();
            foreach (var (t, state) in rows) places.Add(AssessmentJson.Place(t, state!, assessed, settings.Top));
            var doc = new JsonObject { ["date"] = Day(date), ["places"] = places };
            Console.Out.WriteLine(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var col in new[] { "place", "holder", "confidence", "since", "flags", "top evidence (grade)" }) table.AddColumn(col);
        foreach (var (t, state) in rows)
        {
            var s = state!;
            var lines = s.For.Concat(s.Against).OrderByDescending(w => w.Weight).Take(settings.Top)
                .Select(w => $"{(s.For.Contains(w) ? "+" : "-")} {w.Grade.Code} {w.Evidence.Claim.Claimant.Name}: {Cut(w.Evidence.Claim.Evidence, 90)}");
            table.AddRow(new Text(t.Place.Name), new Text(s.Describe()), new Text(s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Text(Day(s.From)), new Text(s.Unconfirmed ? "claimed, unconfirmed" : ""), new Text(string.Join('\n', lines)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{rows.Count} places assessed on {Day(date)} from {assessed.Evidence.Count} claims in {store.Description}");
        return 0;
    }

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cut(string text, int width) => text.Length > width ? text[..(width - 1)] + "…" : text;
}

/// <summary>The JSON of assessed places and graded claims, shared by the CLI's commands.</summary>
internal static class AssessmentJson
{
    public static JsonObject Place(PlaceTimeline t, PlaceState s, AssessedStore assessed, int top) => new()
    {
        ["place"] = PlaceNode(t.Place),
        ["holder"] = s.Holder.ToString().ToLowerInvariant() is var h && h is "ru" or "ua" ? h.ToUpperInvariant() : h,
        ["leaning"] = s.Leaning is Holder.RU or Holder.UA ? s.Leaning.ToString() : null,
        ["label"] = s.Describe(),
        ["confidence"] = s.Confidence,
        ["since"] = AssessCommand.Day(s.From),
        ["unconfirmed"] = s.Unconfirmed,
        ["for"] = new JsonArray([.. s.For.Take(top).Select(w => Weighed(w, assessed))]),
        ["against"] = new JsonArray([.. s.Against.Take(top).Select(w => Weighed(w, assessed))]),
    };

    public static JsonObject PlaceNode(ClaimPlace p) => new()
    {
        ["name"] = p.Name,
        ["geonameid"] = p.GeoNameId,
        ["admin1"] = p.Admin1,
        ["country"] = p.Country,
        ["lat"] = p.Point?.Lat,
        ["lon"] = p.Point?.Lon,
    };

    private static JsonNode Weighed(Weighed w, AssessedStore assessed)
    {
        var node = ClaimJson.ToJson(w.Evidence.Claim);
        node["grade"] = w.Grade.Code;
        node["supports"] = w.Supports.ToString();
        node["weight"] = Math.Round(w.Weight, 3);
        node["corroborated_by"] = new JsonArray([.. w.Grade.Corroborators.Select(n => (JsonNode)n)]);
        node["contradicted_by"] = new JsonArray([.. w.Grade.Contradictors.Select(n => (JsonNode)n)]);
        if (assessed.Stored.TryGetValue(w.Evidence.Id, out var stored))
            node["report"] = new JsonObject { ["id"] = stored.ReportId, ["outlet"] = stored.Outlet, ["title"] = stored.Title, ["source"] = stored.Source, ["cluster"] = stored.ClusterId };
        return node;
    }
}
