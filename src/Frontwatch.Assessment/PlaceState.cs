namespace Frontwatch.Assessment;

/// <summary>
/// A place's assessed state from a day on: the holder (or contested, leaning to one side), how sure the
/// assessment is, and the claims for and against it, heaviest first.
/// </summary>
/// <param name="From">The first day of this state (the day of the latest claim it rests on).</param>
/// <param name="Holder">RU, UA, contested or unknown.</param>
/// <param name="Leaning">For a contested place, the side the claims lean to (RU or UA), else Unknown; for a held place, the holder.</param>
/// <param name="Confidence">0–1: the holder's share of the weight of all claims (for a contested place: the leaning side's share of the two sides').</param>
/// <param name="Unconfirmed">The holder rests on claims no independent claimant confirmed ("claimed, unconfirmed").</param>
/// <param name="For">The claims for the holder (for a contested place: for contested and for the leaning side).</param>
/// <param name="Against">Every other claim that bears on the place.</param>
public sealed record PlaceState(DateOnly From, Holder Holder, Holder Leaning, double Confidence, bool Unconfirmed, IReadOnlyList<Weighed> For, IReadOnlyList<Weighed> Against)
{
    /// <summary>"RU", "contested, leaning RU".</summary>
    public string Describe() => Holder == Holder.Contested && Leaning is Holder.RU or Holder.UA ? $"contested, leaning {Leaning}" : Holder.ToString();
}
