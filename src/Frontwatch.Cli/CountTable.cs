using Spectre.Console;

namespace Frontwatch.Cli;

/// <summary>A two-column table of labelled counts, as `ingest` and `stats` print them.</summary>
internal static class CountTable
{
    public static Table Create(string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        return table;
    }

    public static void Row(this Table table, string label, long value) =>
        table.AddRow(Markup.Escape(label), value.ToString("N0", PlaceJson.Invariant));
}
