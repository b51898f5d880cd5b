using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontwatch.Assessment;
using Frontwatch.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch reference import`.</summary>
internal sealed class ReferenceImportSettings : StoreSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The tracker's occupied area: a GeoJSON file (FeatureCollection, Feature or geometry; lon/lat).")]
    public string File { get; init; } = "";

    [CommandOption("--name <NAME>")]
    [Description("What to call the layer (e.g. deepstate).")]
    public string Name { get; init; } = "";

    [CommandOption("--date <DATE>")]
    [Description("The day the map shows (yyyy-mm-dd).")]
    public DateOnly? Date { get; init; }

    [CommandOption("--contested <FILE>")]
    [Description("The tracker's grey zone, a GeoJSON file like FILE.")]
    public string? Contested { get; init; }

    public override ValidationResult Validate() =>
        Name.Length == 0 ? ValidationResult.Error("--name is required") : Date is null ? ValidationResult.Error("--date is required") : ValidationResult.Success();
}

/// <summary>`frontwatch reference import`: stores another tracker's control map for a day.</summary>
internal sealed class ReferenceImportCommand : AsyncCommand<ReferenceImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReferenceImportSettings settings, CancellationToken cancellationToken)
    {
        var occupied = Read(settings.File);
        var contested = settings.Contested is { } c ? Read(c) : null;
        await using var store = settings.OpenStore();
        await store.SaveReferenceAsync(new ReferenceLayerRecord(settings.Name, settings.Date!.Value, ReferenceLayer.WriteGeoJson(occupied),
            contested is null ? null : ReferenceLayer.WriteGeoJson(contested),
            Path.GetFullPath(settings.File)), cancellationToken);
        AnsiConsole.WriteLine($"reference '{settings.Name}' for {AssessCommand.Day(settings.Date.Value)}: occupied area of {occupied.NumGeometries} polygon(s)"
            + (contested is null ? "" : $", grey zone of {contested.NumGeometries}") + $", saved in {store.Description}");
        return 0;
    }

    private static NetTopologySuite.Geometries.Geometry Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        try
        {
            if (path.EndsWith(".kmz", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = System.IO.Compression.ZipFile.OpenRead(path);
                var entry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
                    ?? throw new InvalidDataException("a KMZ without a .kml inside");
                using var kml = entry.Open();
                return ReferenceLayer.ReadKml(kml);
            }
            if (path.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
            {
                using var kml = File.OpenRead(path);
                return ReferenceLayer.ReadKml(kml);
            }
            return ReferenceLayer.ReadGeoJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}

/// <summary>Options of `frontwatch reference diff`.</summary>
internal sealed class ReferenceDiffSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The reference layer's name, as imported.")]
    public string Name { get; init; } = "";

    [CommandOption("--date <DATE>")]
    [Description("The day to compare (yyyy-mm-dd); the layer of the latest day on or before it is used.")]
    public DateOnly? Date { get; init; }

    [CommandOption("--top <N>")]
    [Description("Claims listed per disagreeing place (default 2).")]
    public int Top { get; init; } = 2;

    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    public override ValidationResult Validate() => Date is null ? ValidationResult.Error("--date is required") : ValidationResult.Success();
}

/// <summary>`frontwatch reference diff`: where the claims agree with a reference map and where they run ahead of it or lag it.</summary>
internal sealed class ReferenceDiffCommand : AsyncCommand<ReferenceDiffSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReferenceDiffSettings settings, CancellationToken cancellationToken)
    {
        var date = settings.Date!.Value;
        await using var store = settings.OpenStore();
        var record = await store.LoadReferenceAsync(settings.Name, date, cancellationToken)
            ?? throw new InvalidOperationException($"no reference layer '{settings.Name}' on or before {AssessCommand.Day(date)} in {store.Description}; import one with `frontwatch reference import`");
        var layer = new ReferenceLayer(record.Name, record.Date, ReferenceLayer.ReadGeoJson(record.OccupiedGeoJson),
            record.ContestedGeoJson is { } c ? ReferenceLayer.ReadGeoJson(c) : null);
        var assessed = await AssessedStore.LoadAsync(store, cancellationToken);
        var diff = ReferenceDiff.Compare(assessed.Timelines, layer, date);
        if (settings.Format == OutputFormat.Json)
        {
            JsonArray Rows(IReadOnlyList<DiffRow> rows) => new([.. rows.Select(r =>
            {
                var node = AssessmentJson.Place(r.Timeline, r.State, assessed, settings.Top);
                node["reference"] = r.Reference.ToString() is var h && h is "RU" or "UA" ? h : h.ToLowerInvariant();
                return (JsonNode)node;
            })]);
            var doc = new JsonObject
            {
                ["reference"] = diff.Name,
                ["reference_date"] = AssessCommand.Day(diff.ReferenceDate),
                ["date"] = AssessCommand.Day(date),
                ["compared"] = diff.Compared,
                ["agreement"] = diff.AgreementShare,
                ["agreements"] = Rows(diff.Agreements),
                ["claims_say_ru_reference_ua"] = Rows(diff.ClaimsSayRussian),
                ["claims_say_ua_reference_ru"] = Rows(diff.ClaimsSayUkrainian),
                ["other_disagreements"] = Rows(diff.OtherDisagreements),
            };
            Console.Out.WriteLine(doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
        AnsiConsole.WriteLine($"{diff.Name} ({AssessCommand.Day(diff.ReferenceDate)}) against the claims on {AssessCommand.Day(date)}: {diff.Agreements.Count} of {diff.Compared} assessed places in Ukraine agree ({diff.AgreementShare:P0})");
        Print("agree", diff.Agreements, 0);
        Print("claims say RU, the reference shows UA (ahead of it, or wrong)", diff.ClaimsSayRussian, settings.Top);
        Print("claims say UA, the reference shows RU", diff.ClaimsSayUkrainian, settings.Top);
        Print("other disagreements (contested on one side only)", diff.OtherDisagreements, settings.Top);
        return 0;
    }

    private static void Print(string title, IReadOnlyList<DiffRow> rows, int top)
    {
        if (rows.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle(title));
        foreach (var col in new[] { "place", "claims", "reference", "confidence", "claims behind it (grade)" }) table.AddColumn(col);
        foreach (var r in rows)
            table.AddRow(new Text(r.Timeline.Place.Name), new Text(r.State.Describe()), new Text(r.Reference.ToString()),
                new Text(r.State.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
                new Text(string.Join('\n', r.State.For.Take(top).Select(w => $"{w.Grade.Code} {w.Evidence.Claim.Claimant.Name}: {(w.Evidence.Claim.Evidence.Length > 80 ? w.Evidence.Claim.Evidence[..79] + "…" : w.Evidence.Claim.Evidence)}"))));
        AnsiConsole.Write(table);
    }
}
