using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>Who a sentence's claims belong to, and whether the claimant denies what follows.</summary>
public sealed record Attribution(Claimant Claimant, bool Denies, TextSpan? Speaker);
