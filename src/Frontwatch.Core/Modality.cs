namespace Frontwatch.Core;

/// <summary>How the claimant puts a claim.</summary>
public enum Modality
{
    Asserted,

    /// <summary>The claimant denies it.</summary>
    Denied,

    /// <summary>"suggest", "reportedly", "likely".</summary>
    Hedged,

    /// <summary>The text says it could not be verified.</summary>
    Unverified,
}
