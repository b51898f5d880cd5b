using Frontwatch.Core;

namespace Frontwatch.Store;

/// <summary>Filters for <see cref="IClaimStore.QueryClaimsAsync"/>; a null or empty filter lets everything through.</summary>
public sealed record ClaimQuery
{
    /// <summary>
    /// Names the place may be stored under, matched case-insensitively against the stored place name: the user's
    /// spelling plus, when a gazetteer resolves it, the gazetteer's name for it.
    /// </summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The claimant's name, matched case-insensitively.</summary>
    public string? Claimant { get; init; }

    public ClaimKind? Kind { get; init; }

    /// <summary>First day, inclusive, compared with the claim's date or, when it has none, its report's publication date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive, compared like <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Everything in the store.</summary>
    public static ClaimQuery All { get; } = new();
}
