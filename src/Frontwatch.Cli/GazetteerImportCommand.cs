using System.ComponentModel;
using Frontwatch.Gazetteer;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch gazetteer import FILE`: copies a GeoNames file into the user's gazetteer folder after checking it.</summary>
internal sealed class GazetteerImportCommand : Command<GazetteerImportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A GeoNames geoname-table file (TSV, e.g. UA.txt) or its zip.")]
        public string File { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = GeoNamesReader.Read(settings.File, AllCountries.Instance);
        if (rows.Count == 0) throw new GazetteerError(settings.File, "holds no populated places in GeoNames format (19 tab-separated columns)");
        Directory.CreateDirectory(AppPaths.ImportedGazetteers);
        string target = Path.Combine(AppPaths.ImportedGazetteers, Path.GetFileName(settings.File));
        File.Copy(settings.File, target, overwrite: true);
        var byCountry = rows.GroupBy(r => r.Country).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.Out.WriteLine($"imported {rows.Count} populated places ({string.Join(", ", byCountry)}) into {target}");
        return 0;
    }
}
