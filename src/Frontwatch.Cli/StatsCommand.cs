using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch stats`.</summary>
internal sealed class StatsSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}

/// <summary>`frontwatch stats`: what the store holds.</summary>
internal sealed class StatsCommand : AsyncCommand<StatsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StatsSettings settings, CancellationToken cancellationToken)
    {
        await using var store = settings.OpenStore();
        var stats = await store.StatsAsync(cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            var byKind = new JsonObject();
            foreach (var (kind, n) in stats.ClaimsByKind.OrderBy(k => k.Key)) byKind[kind.ToString().ToLowerInvariant()] = n;
            var json = new JsonObject
            {
                ["store"] = store.Description,
                ["reports"] = stats.Reports,
                ["clusters"] = stats.Clusters,
                ["claims"] = stats.Claims,
                ["claims_by_kind"] = byKind,
                ["places"] = stats.Places,
                ["claimants"] = stats.Claimants,
            };
            Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        var table = CountTable.Create(store.Description);
        table.Row("reports", stats.Reports);
        table.Row("syndication clusters", stats.Clusters);
        table.Row("claims", stats.Claims);
        foreach (var (kind, n) in stats.ClaimsByKind.OrderBy(k => k.Key)) table.Row("  " + kind.ToString().ToLowerInvariant(), n);
        table.Row("places", stats.Places);
        table.Row("claimants", stats.Claimants);
        AnsiConsole.Write(table);
        return 0;
    }
}
