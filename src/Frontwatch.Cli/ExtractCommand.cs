using Frontwatch.Core;
using Frontwatch.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch extract FILE`: the claims of one report.</summary>
internal sealed class ExtractCommand : Command<ReportFileSettings>
{
    public override int Execute(CommandContext context, ReportFileSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ReadReport() is not { } report) return 1;
        var extractor = ClaimExtractor.Create(GazetteerLoader.Load(settings), AppPaths.DataDirectory);
        var claims = extractor.Extract(report);
        if (settings.Format == OutputFormat.Json)
        {
            Console.Out.WriteLine(ClaimJson.Write(new ClaimsDocument(Path.GetFileName(settings.File), report.Published, claims)));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 180;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var col in new[] { "kind", "claimant", "place", "side", "modality", "details", "evidence" }) table.AddColumn(col);
        foreach (var c in claims)
        {
            string details = string.Join(" ", new[]
            {
                c.Extent?.ToString().ToLowerInvariant(), c.Outcome?.ToString().ToLowerInvariant(),
                c.Count is { } n ? $"count {n.Min?.ToString(PlaceJson.Invariant) ?? "?"}–{n.Max?.ToString(PlaceJson.Invariant) ?? "?"}" : null,
                c.Date?.ToString("yyyy-MM-dd", PlaceJson.Invariant),
            }.Where(x => x is not null));
            string evidence = c.Evidence.Length > 90 ? c.Evidence[..87] + "…" : c.Evidence;
            table.AddRow(new Text(c.Kind.ToString().ToLowerInvariant()), new Text($"{c.Claimant.Name} ({c.Claimant.Side})"),
                new Text(c.Place.GeoNameId is { } id ? $"{c.Place.Name} ({id})" : c.Place.Name), new Text(c.Side.Code),
                new Text(c.Modality.ToString().ToLowerInvariant()), new Text(details), new Text(evidence));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{claims.Count} claims in {settings.File}");
        return 0;
    }
}
