namespace Frontwatch.Assessment;

/// <summary>
/// A claim's grade in the spirit of the NATO Admiralty code: the claimant's prior reliability (A–F) and the
/// information's credibility (1 confirmed … 5 improbable, 6 cannot be judged), with the reasons for it.
/// A struct: a million grades then live inside one dictionary instead of a million objects the GC must copy.
/// </summary>
/// <param name="Reliability">The claimant's prior reliability, A–F.</param>
/// <param name="Credibility">1 confirmed by an independent claimant, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</param>
/// <param name="Corroborators">Independent claimants that say the same (one per claimant; never a syndicated copy of the same story).</param>
/// <param name="Contradictors">Claimants that say otherwise about the same time.</param>
/// <param name="SelfServing">A belligerent claiming what favours its own side.</param>
/// <param name="AgainstInterest">A claimant aligned with one belligerent saying what favours the other.</param>
/// <param name="CorroborationLagDays">Days from the claim to the first independent claimant saying the same; null when none did.</param>
public readonly record struct Grade(
    char Reliability,
    int Credibility,
    IReadOnlyList<string> Corroborators,
    IReadOnlyList<string> Contradictors,
    bool SelfServing,
    bool AgainstInterest,
    int? CorroborationLagDays)
{
    /// <summary>The grade as analysts write it: "B2".</summary>
    public string Code => $"{Reliability}{Credibility}";
}
