using System.ComponentModel;
using System.Text.Json.Nodes;
using Frontwatch.Gazetteer;
using Frontwatch.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch places FILE`: the place mentions of one report.</summary>
internal sealed class PlacesCommand : Command<PlacesCommand.Settings>
{
    internal sealed class Settings : GazetteerSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A report: header lines, '---', body; or plain text.")]
        public string File { get; init; } = "";

        [CommandOption("--format <FORMAT>")]
        [Description("table (default) or json.")]
        public OutputFormat Format { get; init; } = OutputFormat.Table;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var read = ReportFileReader.Read(settings.File);
        if (read.Error is { } error)
        {
            Console.Error.WriteLine(error);
            return 1;
        }
        var gazetteer = GazetteerLoader.Load(settings);
        var mentions = new PlaceRecognizer(gazetteer).Recognize(read.Report!.Body);
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
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var col in new[] { "text", "start", "end", "kind", "name", "geonameid", "admin1", "country", "lat", "lon", "conf", "anchor / offset" })
            table.AddColumn(col);
        foreach (var m in mentions)
        {
            string anchor = m.Anchor is null ? "" : $"{m.Anchor.Name} {m.Offset?.DistanceKm:0.#} km {m.Offset?.Direction} ±{m.RadiusKm:0.#} km";
            table.AddRow(
                new Text(m.Text), new Text(m.Span.Start.ToString(PlaceJson.Invariant)), new Text(m.Span.End.ToString(PlaceJson.Invariant)),
                new Text(m.Kind.ToString().ToLowerInvariant()), new Text(m.Name), new Text(m.GeoNameId?.ToString(PlaceJson.Invariant) ?? "-"),
                new Text(m.Admin1 ?? ""), new Text(m.Country ?? ""), new Text(m.Point?.Lat.ToString("0.####", PlaceJson.Invariant) ?? ""),
                new Text(m.Point?.Lon.ToString("0.####", PlaceJson.Invariant) ?? ""), new Text(m.Confidence.ToString("0.00", PlaceJson.Invariant)),
                new Text(anchor));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{mentions.Count} place mentions in {settings.File}");
        return 0;
    }
}
