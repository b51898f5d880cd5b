using System.Globalization;
using System.Text.RegularExpressions;

namespace Frontwatch.Ingest;

/// <summary>Reads the publication dates that pages, feeds and dumps carry: ISO 8601, RFC 822/1123, Unix seconds and common written forms.</summary>
internal static partial class PublishedDate
{
    private static readonly string[] WrittenForms =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm", "d MMM yyyy HH:mm:ss",
    ];

    /// <summary>The calendar date of a timestamp, as the publisher wrote it (in the publisher's own offset), or null.</summary>
    public static DateOnly? Parse(string? text) => ParseTimestamp(text) is { } stamp ? DateOnly.FromDateTime(stamp.DateTime) : null;

    /// <summary>The timestamp in <paramref name="text"/>, in the offset it was written in (UTC if none), or null.</summary>
    public static DateTimeOffset? ParseTimestamp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text.Length > 64) return null;
        // Unix time in seconds (1973–2286) or, as JavaScript writes it, in milliseconds.
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long unix))
            return unix switch
            {
                >= 100_000_000 and <= 10_000_000_000 => DateTimeOffset.FromUnixTimeSeconds(unix),
                >= 100_000_000_000 and <= 10_000_000_000_000 => DateTimeOffset.FromUnixTimeMilliseconds(unix),
                _ => null,
            };
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
            return stamp;
        // RFC 822 zone names ("EST", "PDT") are not understood by .NET; the date before them is what matters.
        string bare = ZoneName().Replace(text, "");
        if (DateTime.TryParseExact(bare, WrittenForms, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero);
        return null;
    }

    /// <summary>The warning given when a date is present but unreadable.</summary>
    public static string Unknown(string raw) => $"unknown date '{Shorten(raw)}'; published left empty";

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";

    [GeneratedRegex(@"\s+[A-Z]{1,5}$")]
    private static partial Regex ZoneName();
}
