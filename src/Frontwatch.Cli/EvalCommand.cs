using System.ComponentModel;
using System.Globalization;
using Frontwatch.Core;
using Frontwatch.Evaluation;
using Frontwatch.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch eval --gold DIR`: scores the claim extractor against gold claims.</summary>
internal sealed class EvalCommand : Command<EvalCommand.Settings>
{
    internal sealed class Settings : GazetteerSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Folder of reports X.txt with their gold claims X.gold.json beside them.")]
        public string? Gold { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (default) or json.")]
        public OutputFormat Format { get; init; } = OutputFormat.Table;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gold) ? ValidationResult.Error("--gold DIR is required") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string folder = settings.Gold!;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: gold folder not found: {folder}");
            return 1;
        }
        var gazetteer = GazetteerLoader.Load(settings);
        var run = new EvalRunner(gazetteer, ClaimExtractor.Create(gazetteer, AppPaths.DataDirectory)).Run(folder);
        foreach (var error in run.Errors) Console.Error.WriteLine($"error: {error}");
        if (run.Score is not { } score) return 1;

        if (settings.Format == OutputFormat.Json)
        {
            Console.Out.WriteLine(EvalJson.Write(score));
            return 0;
        }
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;
        AnsiConsole.Write(KindTable(score));
        AnsiConsole.Write(AttributeTable(score.Attributes));
        AnsiConsole.WriteLine($"reports: {score.Reports.Count}");
        if (settings.Verbose)
        {
            AnsiConsole.Write(ReportTable(score.Reports));
            AnsiConsole.Write(ClaimTable("missed (gold claims not found)", score.Missed));
            AnsiConsole.Write(ClaimTable("spurious (system claims not in gold)", score.Spurious));
        }
        return 0;
    }

    private static Table KindTable(EvalScore score)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("kind");
        foreach (var col in new[] { "gold", "system", "matched", "P", "R", "F1" })
            table.AddColumn(new TableColumn(col).RightAligned());
        foreach (var (kind, counts) in score.ByKind.OrderBy(k => k.Key))
            table.AddRow(Row(kind.ToString().ToLowerInvariant(), counts));
        table.AddRow(Row("overall", score.Overall));
        return table;
    }

    private static Text[] Row(string label, MatchCounts c) =>
        [new(label), new(Number(c.Gold)), new(Number(c.System)), new(Number(c.Matched)),
         new(Rate(c.Precision)), new(Rate(c.Recall)), new(Rate(c.F1))];

    private static Table AttributeTable(AttributeScores a)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("among matched");
        foreach (var col in new[] { "right", "of", "share" })
            table.AddColumn(new TableColumn(col).RightAligned());
        foreach (var (name, acc) in new[]
                 {
                     ("claimant", a.Claimant), ("modality", a.Modality), ("extent/outcome", a.ExtentOutcome),
                     ("count", a.Count), ("date", a.Date),
                 })
            table.AddRow(new Text(name), new Text(Number(acc.Correct)), new Text(Number(acc.Total)),
                new Text(acc.Share is { } s ? Rate(s) : "–"));
        return table;
    }

    private static Table ReportTable(IReadOnlyList<ReportScore> reports)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("per report").AddColumn("report");
        foreach (var col in new[] { "gold", "system", "matched" })
            table.AddColumn(new TableColumn(col).RightAligned());
        foreach (var r in reports)
            table.AddRow(new Text(r.Report), new Text(Number(r.Counts.Gold)), new Text(Number(r.Counts.System)), new Text(Number(r.Counts.Matched)));
        return table;
    }

    private static Table ClaimTable(string title, IReadOnlyList<ReportClaim> claims)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{title}: {claims.Count}"));
        // Narrow fixed columns leave the evidence most of the width.
        table.AddColumn(new TableColumn("report").Width(24)).AddColumn(new TableColumn("kind").NoWrap())
            .AddColumn(new TableColumn("claimant").Width(22)).AddColumn(new TableColumn("place").Width(20))
            .AddColumn(new TableColumn("side").NoWrap()).AddColumn("evidence");
        foreach (var (report, c) in claims)
            table.AddRow(new Text(report), new Text(c.Kind.ToString().ToLowerInvariant()),
                new Text($"{c.Claimant.Name} ({c.Claimant.Side})"), new Text(PlaceText(c.Place)), new Text(c.Side.Code), new Text(c.Evidence));
        return table;
    }

    private static string PlaceText(ClaimPlace p) =>
        p.GeoNameId is { } id ? $"{p.Name} ({id})" : p.Admin1 is { } a && a != p.Name ? $"{p.Name}, {a}" : p.Name;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
