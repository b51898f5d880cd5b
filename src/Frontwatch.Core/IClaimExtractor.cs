namespace Frontwatch.Core;

/// <summary>Turns one report into its claims.</summary>
public interface IClaimExtractor
{
    /// <summary>Every claim of <paramref name="report"/>, in text order; an empty list when it makes none.</summary>
    IReadOnlyList<Claim> Extract(Report report);
}
