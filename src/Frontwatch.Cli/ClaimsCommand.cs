using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Cli.Exports;
using Frontwatch.Core;
using Frontwatch.Gazetteer;
using Frontwatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>How `claims` prints.</summary>
internal enum ClaimsFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>Options of `frontwatch claims`.</summary>
internal sealed class ClaimsSettings : StoreSettings
{
    [CommandOption("--place <NAME>")]
    [Description("Only claims about this place, in any spelling the gazetteer knows.")]
    public string? Place { get; init; }

    [CommandOption("--claimant <NAME>")]
    [Description("Only claims by this claimant.")]
    public string? Claimant { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("control, fighting, advance, strike, casualties or deployment.")]
    public ClaimKind? Kind { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Only claims on or after this day (yyyy-mm-dd): the event's date, else the report's.")]
    public DateOnly? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Only claims on or before this day (yyyy-mm-dd).")]
    public DateOnly? To { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    public ClaimsFormat Format { get; init; } = ClaimsFormat.Table;
}

/// <summary>`frontwatch claims`: stored claims, filtered, with the report each came from.</summary>
internal sealed class ClaimsCommand : AsyncCommand<ClaimsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClaimsSettings settings, CancellationToken cancellationToken)
    {
        var places = settings.Place is { } place ? Spellings(GazetteerLoader.Load(settings), place) : [];
        await using var store = settings.OpenStore();
        var claims = await store.QueryClaimsAsync(new ClaimQuery
        {
            Places = places,
            Claimant = settings.Claimant,
            Kind = settings.Kind,
            From = settings.From,
            To = settings.To,
        }, cancellationToken);
        switch (settings.Format)
        {
            case ClaimsFormat.Json:
                var array = new JsonArray();
                foreach (var c in claims)
                {
                    var node = ClaimJson.ToJson(c.Claim);
                    node["report"] = new JsonObject
                    {
                        ["source"] = c.Source,
                        ["outlet"] = c.Outlet,
                        ["title"] = c.Title,
                        ["url"] = c.Url,
                        ["published"] = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        ["cluster"] = c.ClusterId,
                    };
                    array.Add(node);
                }
                Console.Out.WriteLine(new JsonObject { ["claims"] = array }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                break;
            case ClaimsFormat.Csv:
                using (var csv = new SpreadsheetCsv(Console.Out))
                {
                    csv.Row(["kind", "claimant", "claimant_side", "claimant_type", "place", "geonameid", "admin1", "side", "modality", "date", "published", "outlet", "source", "evidence"]);
                    foreach (var c in claims)
                    {
                        var k = c.Claim;
                        csv.Row([Lower(k.Kind), k.Claimant.Name, k.Claimant.Side.Code, Lower(k.Claimant.Type), k.Place.Name,
                            k.Place.GeoNameId?.ToString(CultureInfo.InvariantCulture), k.Place.Admin1, k.Side.Code, Lower(k.Modality),
                            k.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            c.Outlet, c.Source, k.Evidence]);
                    }
                }
                Console.Out.Flush();
                break;
            default:
                if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 180;
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var col in new[] { "date", "kind", "claimant", "place", "side", "modality", "evidence" }) table.AddColumn(col);
                foreach (var c in claims)
                {
                    var k = c.Claim;
                    string evidence = k.Evidence.Length > 90 ? k.Evidence[..87] + "…" : k.Evidence;
                    table.AddRow(new Text((k.Date ?? c.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""), new Text(Lower(k.Kind)),
                        new Text($"{k.Claimant.Name} ({k.Claimant.Side})"), new Text(k.Place.Name), new Text(k.Side.Code),
                        new Text(Lower(k.Modality)), new Text(evidence));
                }
                AnsiConsole.Write(table);
                AnsiConsole.WriteLine($"{claims.Count} claims in {store.Description}");
                break;
        }
        return 0;
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    // The user's spelling and every gazetteer place it names ("Kupyansk" finds claims stored as "Kupiansk").
    internal static List<string> Spellings(PlaceGazetteer gazetteer, string name)
    {
        var names = new List<string> { name };
        var matches = new List<NameMatch>();
        gazetteer.Index.Scan(name, matches);
        foreach (var m in matches.Where(m => m.Start == 0 && m.End == name.Length))
            foreach (var candidate in m.Candidates.Span)
                names.Add(gazetteer.Places[candidate.Place].Name);
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
