using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Assessment;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch claimants`.</summary>
internal sealed class ClaimantsSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}

/// <summary>`frontwatch claimants`: each claimant's track record — how often independent claimants later bore its control claims out.</summary>
internal sealed class ClaimantsCommand : AsyncCommand<ClaimantsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClaimantsSettings settings, CancellationToken cancellationToken)
    {
        await using var store = settings.OpenStore();
        var assessed = await AssessedStore.LoadAsync(store, cancellationToken);
        var records = TrackRecord.Of(assessed.Evidence, assessed.Grades);
        if (settings.Format == OutputFormat.Json)
        {
            var array = new JsonArray();
            foreach (var r in records)
                array.Add(new JsonObject
                {
                    ["name"] = r.Claimant.Name,
                    ["side"] = r.Claimant.Side.Code,
                    ["type"] = r.Claimant.Type.ToString().ToLowerInvariant(),
                    ["reliability"] = r.Reliability.ToString(),
                    ["control_claims"] = r.ControlClaims,
                    ["corroborated"] = r.Corroborated,
                    ["contradicted"] = r.Contradicted,
                    ["corroborated_share"] = r.CorroboratedShare,
                    ["median_lag_days"] = r.MedianLagDays,
                });
            Console.Out.WriteLine(new JsonObject { ["claimants"] = array }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var col in new[] { "claimant", "side", "type", "prior", "control claims", "corroborated", "contradicted", "median lag (days)" }) table.AddColumn(col);
        foreach (var r in records)
            table.AddRow(new Text(r.Claimant.Name), new Text(r.Claimant.Side.Code), new Text(r.Claimant.Type.ToString().ToLowerInvariant()), new Text(r.Reliability.ToString()),
                new Text(r.ControlClaims.ToString(CultureInfo.InvariantCulture)),
                new Text(r.ControlClaims == 0 ? "" : $"{r.Corroborated} ({r.CorroboratedShare:P0})"),
                new Text(r.Contradicted.ToString(CultureInfo.InvariantCulture)),
                new Text(r.MedianLagDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? ""));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{records.Count} claimants in {store.Description}");
        return 0;
    }
}
