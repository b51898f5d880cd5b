using System.Text.Json.Nodes;
using Frontwatch.Gazetteer;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch places FILE`: the place mentions of one report.</summary>
internal sealed class PlacesCommand : Command<ReportFileSettings>
{
    public override int Execute(CommandContext context, ReportFileSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ReadReport() is not { } report) return 1;
        var gazetteer = GazetteerLoader.Load(settings);
        var mentions = new PlaceRecognizer(gazetteer).Recognize(report.Body);
        if (settings.Format == OutputFormat.Json)
        {
            var json = new JsonObject
            {
                ["report"] = Path.GetFileName(settings.File),
                ["mentions"] = new JsonArray([.. mentions.Select(PlaceJson.Mention)]),
            };
            Console.Out.WriteLine(json.ToJsonString(PlaceJson.Options));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var col in new[] { "text", "span", "kind", "place (GeoNames id)", "region, country", "lat, lon", "conf" })
            table.AddColumn(col);
        foreach (var m in mentions)
        {
            string kind = m.Kind.ToString().ToLowerInvariant();
            if (m.Anchor is { } a)
                kind += m.Offset?.Direction is { } dir ? $": {m.Offset.DistanceKm:0.#} km {dir} of {a.Name}" : $": near {a.Name}";
            if (m.RadiusKm is { } r) kind += $" ±{r:0.#} km";
            string place = m.GeoNameId is { } id ? $"{m.Name} ({id})" : m.Kind == MentionKind.Relative ? "" : m.Name;
            string where = string.Join(", ", new[] { m.Admin1, m.Country }.Where(x => !string.IsNullOrEmpty(x)));
            string point = m.Point is { } p ? string.Create(PlaceJson.Invariant, $"{p.Lat:0.####}, {p.Lon:0.####}") : "";
            table.AddRow(new Text(m.Text), new Text($"{m.Span.Start}–{m.Span.End}"), new Text(kind), new Text(place),
                new Text(where), new Text(point), new Text(m.Confidence.ToString("0.00", PlaceJson.Invariant)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{mentions.Count} place mentions in {settings.File}");
        return 0;
    }
}
