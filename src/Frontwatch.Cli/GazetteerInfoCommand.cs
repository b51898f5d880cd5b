using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch gazetteer info`: which sources are loaded and how many places each country has.</summary>
internal sealed class GazetteerInfoCommand : Command<GazetteerSettings>
{
    public override int Execute(CommandContext context, GazetteerSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToGazetteerOptions();
        var watch = Stopwatch.StartNew();
        var gazetteer = GazetteerLoader.Load(settings);
        watch.Stop();
        AnsiConsole.WriteLine($"cities500: {options.Cities500}");
        foreach (var f in options.ExtraFiles) AnsiConsole.WriteLine($"extra:     {f}");
        AnsiConsole.WriteLine($"data:      {options.DataDirectory}");
        var table = new Table().AddColumn("country").AddColumn("settlements");
        foreach (var (country, count) in gazetteer.SettlementsByCountry.OrderByDescending(kv => kv.Value))
            table.AddRow(country, count.ToString(PlaceJson.Invariant));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{gazetteer.Places.Count} entries, {gazetteer.Index.NameCount} distinct folded names, loaded in {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
