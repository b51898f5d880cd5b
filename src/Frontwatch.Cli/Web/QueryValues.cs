using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Frontwatch.Cli.Web;

/// <summary>Query string values read strictly: a value that does not parse is a message naming the parameter, never a guess.</summary>
internal static class QueryValues
{
    public static bool TryDate(string name, string? given, out DateOnly? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (Text(given) is not { } text) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = d;
            return true;
        }
        error = $"'{name}' must be a date as yyyy-mm-dd, not '{Shorten(text)}'";
        return false;
    }

    public static bool TryInt(string name, string? given, int min, int max, int fallback, out int value, [NotNullWhen(false)] out string? error)
    {
        value = fallback;
        error = null;
        if (Text(given) is not { } text) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = $"'{name}' must be a whole number from {min} to {max}, not '{Shorten(text)}'";
        return false;
    }

    public static bool TryEnum<T>(string name, string? given, out T? value, [NotNullWhen(false)] out string? error) where T : struct, Enum
    {
        value = null;
        error = null;
        if (Text(given) is not { } text) return true;
        if (!text.All(char.IsAsciiLetter) || !Enum.TryParse<T>(text, ignoreCase: true, out var parsed))
        {
            error = $"'{name}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{Shorten(text)}'";
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>The parameter's value, trimmed; null when absent or blank.</summary>
    public static string? Text(string? given) => given?.Trim() is { Length: > 0 } text ? text : null;

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
