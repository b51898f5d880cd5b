namespace Frontwatch.Core;

/// <summary>One news report: its header fields and its body text.</summary>
public sealed record Report(
    string Source,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string? Url,
    string Body,
    IReadOnlyDictionary<string, string> Headers);
