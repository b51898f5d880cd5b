using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A claimant as the lexicon knows it: who, prior reliability (Admiralty A–F) and the nouns that refer back to it.</summary>
public sealed record ClaimantProfile(Claimant Claimant, char Reliability, IReadOnlyList<string> Aliases, IReadOnlyList<string> ReferenceNouns);
