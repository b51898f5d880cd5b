using System.Text.Unicode;
using CsvHelper;

namespace Frontwatch.Ingest;

/// <summary>Reads a CSV news dump with a header row, one report per record, streaming; a bad row is an error naming file and line and the rest goes on.</summary>
public static class CsvDumpReader
{
    /// <summary>Largest record accepted, in bytes; an unclosed quote would otherwise swallow the whole file into one field.</summary>
    public const int MaxRecordBytes = (int)ReportFileReader.DefaultMaxBytes;

    /// <summary>Reads the dump at <paramref name="path"/>; rows are named <c>path:line</c> by the line they start on.</summary>
    public static IEnumerable<ReportRead> Read(string path, DumpColumns? columns = null)
    {
        var stream = InputFile.TryOpen(path, out var error);
        return stream is null ? [new ReportRead(null, error)] : Parse(path, stream, columns);
    }

    /// <summary>Reads a dump named <paramref name="input"/> from <paramref name="stream"/>, which it disposes when done.</summary>
    public static IEnumerable<ReportRead> Parse(string input, Stream stream, DumpColumns? columns = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        columns ??= DumpColumns.Default;
        var malformed = new Queue<ReportRead>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Enqueue(ReportRead.Fail($"{input}:{record.LineNumber}", Describe(record.Reason))),
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: false);

        string[]? header = null;
        string? fatal = Next(csv, header: true, out _);
        if (fatal is null)
        {
            header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0) fatal = "empty file";
            else if (header.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal) || h.Contains('\0', StringComparison.Ordinal)))
                fatal = "binary data or invalid UTF-8 in the header row";
        }
        if (fatal is not null)
        {
            yield return ReportRead.Fail(input, fatal);
            yield break;
        }

        while (true)
        {
            fatal = Next(csv, header: false, out bool more);
            while (malformed.TryDequeue(out var error)) yield return error;
            if (fatal is not null)
            {
                yield return ReportRead.Fail($"{input}:{csv.LineNumber}", $"{fatal}; the rest of the file cannot be read");
                yield break;
            }
            if (!more) yield break;
            yield return ReadRow($"{input}:{csv.LineNumber}", header!, csv, columns);
        }
    }

    // Reads the header or the next record; a message if the file cannot be read on.
    private static string? Next(CsvReader csv, bool header, out bool more)
    {
        more = false;
        try
        {
            if (header) csv.ReadHeader();
            else more = csv.Read();
            return null;
        }
        catch (CsvFormatException e)
        {
            return e.Message.Split('\n')[0];
        }
    }

    private static ReportRead ReadRow(string source, string[] header, CsvReader csv, DumpColumns columns)
    {
        if (!Utf8.IsValid(csv.RawRecord)) return ReportRead.Fail(source, "not valid UTF-8");
        if (csv.FieldCount > header.Length) return ReportRead.Fail(source, $"{csv.FieldCount} fields where the header has {header.Length}");
        var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < csv.FieldCount; i++)
            if (header[i].Length > 0) row.TryAdd(header[i], csv.GetString(i) ?? "");
        return DumpRow.ToReport(source, row, columns);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a stray quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed (it runs to the end of the file)",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header",
        _ => "malformed CSV",
    };
}
