namespace Frontwatch.Core;

/// <summary>What kind of source a claimant is.</summary>
public enum ClaimantType
{
    Government,
    Military,
    Official,
    Monitor,
    Analyst,
    Media,
}
