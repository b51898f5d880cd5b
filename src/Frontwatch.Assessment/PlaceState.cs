namespace Frontwatch.Assessment;

/// <summary>
/// A place's assessed state from a day on: the holder (or contested, leaning to one side), how sure the
/// assessment is, and the claims for and against it, heaviest first (weighed when first asked for).
/// </summary>
public sealed class PlaceState
{
    private readonly Func<(IReadOnlyList<Weighed> For, IReadOnlyList<Weighed> Against)> _explain;
    private (IReadOnlyList<Weighed> For, IReadOnlyList<Weighed> Against)? _explained;

    internal PlaceState(DateOnly from, Holder holder, Holder leaning, double confidence, bool unconfirmed, Func<(IReadOnlyList<Weighed>, IReadOnlyList<Weighed>)> explain)
    {
        From = from;
        Holder = holder;
        Leaning = leaning;
        Confidence = confidence;
        Unconfirmed = unconfirmed;
        _explain = explain;
    }

    /// <summary>The first day of this state (the day of the latest claim it rests on).</summary>
    public DateOnly From { get; }

    /// <summary>RU, UA, contested or unknown.</summary>
    public Holder Holder { get; }

    /// <summary>For a contested place, the side the claims lean to (RU or UA), else Unknown; for a held place, the holder.</summary>
    public Holder Leaning { get; }

    /// <summary>0–1: the holder's share of the weight of all claims (for a contested place: the leaning side's share of the two sides').</summary>
    public double Confidence { get; }

    /// <summary>The holder rests on claims no independent claimant confirmed ("claimed, unconfirmed").</summary>
    public bool Unconfirmed { get; }

    /// <summary>The claims for the holder (for a contested place: for contested and for the leaning side), heaviest first.</summary>
    public IReadOnlyList<Weighed> For => (_explained ??= _explain()).For;

    /// <summary>Every other claim that bears on the place, heaviest first.</summary>
    public IReadOnlyList<Weighed> Against => (_explained ??= _explain()).Against;

    /// <summary>"RU", "contested, leaning RU".</summary>
    public string Describe() => Holder == Holder.Contested && Leaning is Holder.RU or Holder.UA ? $"contested, leaning {Leaning}" : Holder.ToString();
}
