using Frontwatch.Core;

namespace Frontwatch.Assessment;

/// <summary>
/// How a claimant's control claims fared: how many an independent claimant later corroborated, how many were
/// contradicted, and the median days it took for corroboration to come.
/// </summary>
public sealed record TrackRecord(Claimant Claimant, char Reliability, int ControlClaims, int Corroborated, int Contradicted, double? MedianLagDays)
{
    /// <summary>Corroborated claims as a share of all control claims; null with none.</summary>
    public double? CorroboratedShare => ControlClaims == 0 ? null : Math.Round((double)Corroborated / ControlClaims, 3);

    /// <summary>Every claimant's record, most control claims first.</summary>
    public static List<TrackRecord> Of(IReadOnlyList<Evidence> evidence, IReadOnlyDictionary<long, Grade> grades)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(grades);
        var records = new List<TrackRecord>();
        foreach (var claimant in evidence.GroupBy(e => e.Claim.Claimant.Name, StringComparer.OrdinalIgnoreCase))
        {
            // One claim per place and holder: the same claim repeated in many reports is one claim.
            var control = claimant.Where(e => e.Claim.Kind == ClaimKind.Control && e.Claim.Modality != Modality.Denied)
                .GroupBy(e => (e.PlaceKey, e.Claim.Side)).Select(g => g.OrderBy(e => e.Date).First()).ToList();
            var lags = new List<int>();
            int corroborated = 0, contradicted = 0;
            foreach (var e in control)
            {
                var grade = grades[e.Id];
                if (grade.Corroborators.Count > 0)
                {
                    corroborated++;
                    if (grade.CorroborationLagDays is { } lag) lags.Add(lag);
                }
                if (grade.Contradictors.Count > 0) contradicted++;
            }
            var first = claimant.First();
            records.Add(new TrackRecord(first.Claim.Claimant, first.Reliability, control.Count, corroborated, contradicted, Median(lags)));
        }
        return [.. records.OrderByDescending(r => r.ControlClaims).ThenBy(r => r.Claimant.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
}
