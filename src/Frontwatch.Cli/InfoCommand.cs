using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>`frontwatch info`: where Frontwatch keeps and finds its files.</summary>
internal sealed class InfoCommand : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn("").AddColumn("");
        table.AddRow("store (default: --store, FRONTWATCH_STORE)", Markup.Escape(settings.StoreLocation));
        table.AddRow("default SQLite store", Markup.Escape(StoreSettings.DefaultStore));
        table.AddRow("user folder (FRONTWATCH_HOME)", Markup.Escape(AppPaths.UserHome));
        table.AddRow("imported gazetteers", Markup.Escape(AppPaths.ImportedGazetteers));
        table.AddRow("cache (FRONTWATCH_CACHE)", Markup.Escape(AppPaths.UserCache));
        table.AddRow("data (lexicons, regions)", Markup.Escape(AppPaths.DataDirectory));
        table.AddRow("GeoNames cities500", Markup.Escape(AppPaths.Cities500));
        AnsiConsole.Write(table);
        return 0;
    }
}
