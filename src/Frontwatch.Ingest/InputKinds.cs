using System.Text;

namespace Frontwatch.Ingest;

/// <summary>Tells an input's kind from its file extension, its HTTP media type, or failing both its first bytes.</summary>
public static class InputKinds
{
    /// <summary>The kind a file extension stands for, or null for an extension ingest does not know.</summary>
    public static InputKind? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".md" => InputKind.Report,
        ".html" or ".htm" or ".xhtml" => InputKind.HtmlPage,
        ".xml" or ".rss" or ".atom" => InputKind.Feed,
        ".jsonl" or ".ndjson" => InputKind.JsonLines,
        ".csv" or ".tsv" => InputKind.Csv,
        _ => null,
    };

    /// <summary>The kind an HTTP media type stands for, or null for a generic one (text/plain, XML, octet-stream).</summary>
    public static InputKind? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => InputKind.HtmlPage,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" => InputKind.Feed,
        "application/x-ndjson" or "application/jsonl" or "application/jsonlines" or "application/x-jsonlines" => InputKind.JsonLines,
        "text/csv" => InputKind.Csv,
        _ => null,
    };

    /// <summary>Guesses from the first bytes: markup is a feed if it opens with a feed element, else a page; a brace is JSON Lines; anything else a text report.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        if (head.IsEmpty) return InputKind.Report;
        if (head[0] == (byte)'{') return InputKind.JsonLines;
        if (head[0] != (byte)'<') return InputKind.Report;
        string text = Encoding.UTF8.GetString(head);
        return text.Contains("<rss", StringComparison.OrdinalIgnoreCase) || text.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            ? InputKind.Feed
            : InputKind.HtmlPage;
    }

    /// <summary>Sniffs the start of a file.</summary>
    internal static InputKind SniffFile(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[2048];
            int read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return Sniff(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader chosen will meet the same problem and report it by name.
            return InputKind.Report;
        }
    }
}
