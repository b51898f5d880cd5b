using Frontwatch.Cli.Exports;

namespace Frontwatch.Cli.Tests;

/// <summary>The CSV writer of `claims --format csv` and `export --format csv`: RFC 4180 quoting and the formula guard.</summary>
public sealed class SpreadsheetCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("+1, 2", "\"'+1, 2\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    public void Text_cells_are_quoted_when_needed_and_never_formulas(string cell, string written)
    {
        var text = new StringWriter();
        using (var csv = new SpreadsheetCsv(text))
            csv.Row([cell, "next"]);
        Assert.Equal(written + ",next\r\n", text.ToString());
    }

    [Fact]
    public void Numbers_are_written_invariant_and_unguarded()
    {
        var text = new StringWriter();
        using (var csv = new SpreadsheetCsv(text))
        {
            csv.Number(-77.036371, 5);
            csv.Number(null, 5);
            csv.Number(-3);
            csv.EndRow();
        }
        Assert.Equal("-77.03637,,-3\r\n", text.ToString());
    }
}
