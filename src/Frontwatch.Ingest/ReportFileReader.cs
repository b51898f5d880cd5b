using System.Text;
using Frontwatch.Core;

namespace Frontwatch.Ingest;

/// <summary>
/// Reads a report file (the header/`---`/body format, or bare text) and refuses, with a plain
/// message naming the file, what is not a text report: empty, binary, invalid UTF-8 or too large.
/// A report without a readable date is kept, with a warning.
/// </summary>
public static class ReportFileReader
{
    /// <summary>Largest report accepted: far above any news story, far below what would stall a batch.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and checks one file.</summary>
    public static ReportRead Read(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path)) return ReportRead.Fail(path, "is a directory, not a report file");
        if (!info.Exists) return ReportRead.Fail(path, "file not found");
        if (info.Length > maxBytes)
            return ReportRead.Fail(path, $"file too large ({info.Length / (1024.0 * 1024):F1} MB; the limit for one report is {maxBytes / (1024 * 1024)} MB)");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReportRead.Fail(path, $"cannot be read ({e.Message})");
        }
        return Parse(path, bytes);
    }

    /// <summary>Checks and parses the bytes of a report named <paramref name="input"/>.</summary>
    public static ReportRead Parse(string input, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return ReportRead.Fail(input, "empty file");
        if (InputFile.LooksBinary(bytes)) return ReportRead.Fail(input, "binary data, not a text report");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return ReportRead.Fail(input, $"not valid UTF-8 (bad byte at offset {FirstBadByte(bytes, e)})");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var report = ReportParser.Parse(input, text);
        if (string.IsNullOrWhiteSpace(report.Body)) return ReportRead.Fail(input, "no report text");
        if (report.Published is not null) return ReportRead.Ok(report);
        string warning = report.Headers.TryGetValue("published", out var raw) && raw.Length > 0
            ? $"unknown date '{raw}' (expected yyyy-MM-dd); published left empty"
            : "no published date";
        return ReportRead.Ok(report, [warning]);
    }

    private static int FirstBadByte(ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        if (e.Index >= 0 && e.Index < bytes.Length) return e.Index;
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }
}
