namespace Frontwatch.Store;

/// <summary>What saving a batch did.</summary>
/// <param name="Added">Reports stored for the first time.</param>
/// <param name="Duplicates">Reports skipped because a report with the same normalised body was stored already.</param>
/// <param name="NearDuplicatesJoined">Of the added reports, those that joined the syndication cluster of an earlier one.</param>
/// <param name="ClaimsAdded">Claims stored with the added reports.</param>
public readonly record struct SaveOutcome(int Added, int Duplicates, int NearDuplicatesJoined, int ClaimsAdded)
{
    /// <summary>The sum of two outcomes, for totals over many batches.</summary>
    public SaveOutcome Plus(SaveOutcome other) => new(
        Added + other.Added, Duplicates + other.Duplicates, NearDuplicatesJoined + other.NearDuplicatesJoined, ClaimsAdded + other.ClaimsAdded);
}
