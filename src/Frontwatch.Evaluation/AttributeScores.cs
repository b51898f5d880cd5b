using Frontwatch.Core;

namespace Frontwatch.Evaluation;

/// <summary>Among matched claims, the share with each attribute right.</summary>
/// <param name="Claimant">Claimant name equal under <see cref="ClaimantNames"/>; all pairs.</param>
/// <param name="Modality">Modality equal; all pairs.</param>
/// <param name="ExtentOutcome">Extent and outcome equal; pairs whose gold claim has either.</param>
/// <param name="Count">Count with equal min and max; pairs whose gold claim has a count.</param>
/// <param name="Date">Date equal (both null is equal); all pairs.</param>
public sealed record AttributeScores(
    AttributeAccuracy Claimant,
    AttributeAccuracy Modality,
    AttributeAccuracy ExtentOutcome,
    AttributeAccuracy Count,
    AttributeAccuracy Date)
{
    /// <summary>Scores the attributes of <paramref name="pairs"/>.</summary>
    public static AttributeScores Of(IReadOnlyCollection<MatchedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return new(
            Score(pairs, _ => true, p => ClaimantNames.Same(p.Gold.Claimant.Name, p.System.Claimant.Name)),
            Score(pairs, _ => true, p => p.Gold.Modality == p.System.Modality),
            Score(pairs, p => p.Gold.Extent is not null || p.Gold.Outcome is not null, SameExtentAndOutcome),
            Score(pairs, p => p.Gold.Count is not null, p => SameCount(p.Gold.Count!.Value, p.System.Count)),
            Score(pairs, _ => true, p => p.Gold.Date == p.System.Date));
    }

    private static AttributeAccuracy Score(IReadOnlyCollection<MatchedPair> pairs, Func<MatchedPair, bool> scored, Func<MatchedPair, bool> right)
    {
        var scoredPairs = pairs.Where(scored).ToList();
        return new AttributeAccuracy(scoredPairs.Count(right), scoredPairs.Count);
    }

    private static bool SameExtentAndOutcome(MatchedPair p) =>
        (p.Gold.Extent is null || p.Gold.Extent == p.System.Extent) && (p.Gold.Outcome is null || p.Gold.Outcome == p.System.Outcome);

    private static bool SameCount(CountRange gold, CountRange? system) =>
        system is { } s && s.Min == gold.Min && s.Max == gold.Max;
}
