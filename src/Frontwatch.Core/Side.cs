namespace Frontwatch.Core;

/// <summary>A party's alignment: an ISO-like code (RU, UA, US, GB, KP, …) or NONE for independent sources.</summary>
public readonly record struct Side
{
    public static readonly Side None = new("NONE");
    public static readonly Side Russia = new("RU");
    public static readonly Side Ukraine = new("UA");
    public static readonly Side NorthKorea = new("KP");

    public Side(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"not a side code: '{code}'", nameof(code));
        Code = code;
    }

    public string Code { get; }

    public bool IsNone => Code == "NONE";

    /// <summary>Parses a code case-insensitively; null for anything that is not one.</summary>
    public static Side? TryParse(string? code) =>
        code is { Length: >= 2 and <= 4 } && code.All(char.IsAsciiLetter) ? new Side(code.ToUpperInvariant()) : null;

    public override string ToString() => Code;
}
