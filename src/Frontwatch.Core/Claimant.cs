namespace Frontwatch.Core;

/// <summary>Who makes a claim: canonical name, side alignment and kind of source.</summary>
public sealed record Claimant(string Name, Side Side, ClaimantType Type);
