using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Frontwatch.Ingest;

/// <summary>Reads a JSON Lines news dump, one report per line, streaming; a bad line is an error naming file and line and the rest goes on.</summary>
public static class JsonLinesReader
{
    /// <summary>Reads the dump at <paramref name="path"/>; rows are named <c>path:line</c>.</summary>
    public static IEnumerable<ReportRead> Read(string path, DumpColumns? columns = null, long maxLineBytes = ReportFileReader.DefaultMaxBytes)
    {
        var stream = InputFile.TryOpen(path, out var error);
        return stream is null ? [new ReportRead(null, error)] : Parse(path, stream, columns, maxLineBytes);
    }

    /// <summary>Reads a dump named <paramref name="input"/> from <paramref name="stream"/>, which it disposes when done.</summary>
    public static IEnumerable<ReportRead> Parse(string input, Stream stream, DumpColumns? columns = null, long maxLineBytes = ReportFileReader.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        columns ??= DumpColumns.Default;
        using (stream)
        {
            bool any = false;
            foreach (var line in ByteLines.Read(stream, maxLineBytes))
            {
                string source = $"{input}:{line.Number}";
                if (line.Bytes is null)
                {
                    any = true;
                    yield return ReportRead.Fail(source, InputFile.TooLarge(line.Length, maxLineBytes).Replace("one input", "one line", StringComparison.Ordinal));
                    continue;
                }
                var bytes = line.Number == 1 && line.Bytes is [0xEF, 0xBB, 0xBF, ..] ? line.Bytes[3..] : line.Bytes;
                if (bytes.AsSpan().Trim(" \t"u8).IsEmpty) continue;
                any = true;
                yield return ParseLine(source, bytes, columns);
            }
            if (!any) yield return ReportRead.Fail(input, "empty file");
        }
    }

    private static ReportRead ParseLine(string source, byte[] bytes, DumpColumns columns)
    {
        if (bytes.AsSpan().Contains((byte)0)) return ReportRead.Fail(source, "binary data, not JSON");
        if (!Utf8.IsValid(bytes)) return ReportRead.Fail(source, "not valid UTF-8");
        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReportRead.Fail(source, $"expected a JSON object, found {json.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            Flatten(json.RootElement, "", row);
            return DumpRow.ToReport(source, row, columns);
        }
        catch (JsonException e)
        {
            return ReportRead.Fail(source, $"invalid JSON ({e.Message})");
        }
    }

    // Nested objects become dotted names ("source.name"), so a mapping can reach them.
    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> row)
    {
        foreach (var property in element.EnumerateObject())
        {
            string name = prefix + property.Name;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object: Flatten(value, name + ".", row); break;
                case JsonValueKind.String: row[name] = value.GetString()!; break;
                case JsonValueKind.Number: row[name] = value.GetRawText(); break;
                case JsonValueKind.True or JsonValueKind.False: row[name] = value.GetBoolean().ToString(CultureInfo.InvariantCulture); break;
                case JsonValueKind.Array:
                    // Authors, tags and the like: kept as one comma-separated value.
                    row[name] = string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
                    break;
            }
        }
    }
}
