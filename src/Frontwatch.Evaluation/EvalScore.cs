using Frontwatch.Core;

namespace Frontwatch.Evaluation;

/// <summary>The score of a system over an evaluation set, micro-averaged over all claims of all reports.</summary>
/// <param name="Overall">Counts, precision, recall and F1 over every claim.</param>
/// <param name="ByKind">The same per claim kind; every kind is present.</param>
/// <param name="Attributes">Attribute accuracies among matched claims.</param>
/// <param name="Reports">Counts per report, in the order scored.</param>
/// <param name="Missed">Required gold claims no system claim matched.</param>
/// <param name="Spurious">System claims that matched no gold claim.</param>
public sealed record EvalScore(
    MatchCounts Overall,
    IReadOnlyDictionary<ClaimKind, MatchCounts> ByKind,
    AttributeScores Attributes,
    IReadOnlyList<ReportScore> Reports,
    IReadOnlyList<ReportClaim> Missed,
    IReadOnlyList<ReportClaim> Spurious)
{
    /// <summary>Adds up the matches of every report.</summary>
    public static EvalScore From(IReadOnlyCollection<ReportMatch> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var byKind = new Dictionary<ClaimKind, MatchCounts>();
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            int matched = reports.Sum(r => r.Matched.Count(p => p.Gold.Kind == kind));
            byKind[kind] = new MatchCounts(
                matched + reports.Sum(r => r.Missed.Count(c => c.Kind == kind)),
                matched + reports.Sum(r => r.Spurious.Count(c => c.Kind == kind)),
                matched);
        }
        return new EvalScore(
            reports.Aggregate(MatchCounts.Zero, (sum, r) => sum.Plus(r.Counts)),
            byKind,
            AttributeScores.Of([.. reports.SelectMany(r => r.Matched)]),
            [.. reports.Select(r => new ReportScore(r.Report, r.Counts))],
            [.. reports.SelectMany(r => r.Missed.Select(c => new ReportClaim(r.Report, c)))],
            [.. reports.SelectMany(r => r.Spurious.Select(c => new ReportClaim(r.Report, c)))]);
    }
}
