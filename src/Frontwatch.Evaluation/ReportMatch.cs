using Frontwatch.Core;

namespace Frontwatch.Evaluation;

/// <summary>The outcome of matching one report's system claims against its gold claims.</summary>
/// <param name="Report">The report's file name.</param>
/// <param name="Matched">Required gold claims with their system claim.</param>
/// <param name="Missed">Required gold claims no system claim matched.</param>
/// <param name="Spurious">System claims (after merging duplicates) that matched no gold claim.</param>
/// <param name="Ignored">System claims that matched an optional gold claim: neither right nor wrong.</param>
/// <param name="Duplicates">System claims merged into an earlier one with the same claimant name, kind, side and place.</param>
public sealed record ReportMatch(
    string Report,
    IReadOnlyList<MatchedPair> Matched,
    IReadOnlyList<Claim> Missed,
    IReadOnlyList<Claim> Spurious,
    IReadOnlyList<Claim> Ignored,
    int Duplicates)
{
    /// <summary>The counts of this report.</summary>
    public MatchCounts Counts => new(Matched.Count + Missed.Count, Matched.Count + Spurious.Count, Matched.Count);
}
