using CsvHelper;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// CSV rows for spreadsheets, written by CsvHelper: RFC 4180 (CRLF rows; cells with commas, quotes or line breaks
/// quoted, inner quotes doubled), and no text cell a spreadsheet would run as a formula — text starting with
/// =, +, -, @, a tab or a carriage return gets a leading apostrophe and quotes (CSV injection). Numbers are
/// written as numbers and left alone: CsvHelper formats them itself, so "-1.5" stays a number, never a formula.
/// </summary>
internal sealed class SpreadsheetCsv : IDisposable
{
    /// <summary>The writer options: CsvHelper's defaults (RFC 4180, invariant numbers) with its injection escape on.</summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly CsvWriter _csv;

    public SpreadsheetCsv(TextWriter writer) => _csv = CsvWriter.Create(writer, Options, leaveOpen: true);

    /// <summary>Writes a row of text cells (null is an empty cell).</summary>
    public void Row(params IEnumerable<string?> cells)
    {
        foreach (var cell in cells) Text(cell);
        EndRow();
    }

    public void Text(string? cell) => _csv.WriteField(cell);

    public void Number(long value) => _csv.WriteField(value, default);

    /// <summary>A number rounded to at most <paramref name="decimals"/> decimals; null is an empty cell.</summary>
    public void Number(double? value, int decimals) => _csv.WriteField(value is { } v ? Math.Round(v, decimals) : (double?)null, default);

    public void EndRow() => _csv.EndRecord();

    public void Dispose() => _csv.Dispose();
}
