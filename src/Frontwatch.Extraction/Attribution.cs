using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Who a sentence's claims belong to, and whether the claimant denies what follows. With
/// <see cref="ContentStart"/> set ("X said that …" in mid-sentence), only what follows it is X's.
/// </summary>
public sealed record Attribution(Claimant Claimant, bool Denies, TextSpan? Speaker)
{
    public int? ContentStart { get; init; }

    /// <summary>"X contradicted Y's statement", "Y's claim is not true": whose earlier claims the claimant denies.</summary>
    public Claimant? Contradicts { get; init; }
}
