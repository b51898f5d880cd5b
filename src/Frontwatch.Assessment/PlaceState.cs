namespace Frontwatch.Assessment;

/// <summary>
/// A place's assessed state from a day on: the holder (or contested, leaning to one side), how sure the
/// assessment is, and the claims for and against it, heaviest first (weighed when first asked for).
/// </summary>
public sealed class PlaceState
{
    // What the explanation is weighed from: the place's claims in time order, of which the first _count are known on
    // the day, and their grades (a timeline's states share one array; no closure per state).
    private readonly Evidence[] _claims;
    private readonly int _count;
    private readonly IReadOnlyDictionary<long, Grade> _grades;
    private (IReadOnlyList<Weighed> For, IReadOnlyList<Weighed> Against)? _explained;

    internal PlaceState(DateOnly from, Holder holder, Holder leaning, double confidence, bool unconfirmed, Evidence[] claims, int count, IReadOnlyDictionary<long, Grade> grades)
    {
        From = from;
        Holder = holder;
        Leaning = leaning;
        Confidence = confidence;
        Unconfirmed = unconfirmed;
        _claims = claims;
        _count = count;
        _grades = grades;
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
    public IReadOnlyList<Weighed> For => (_explained ??= ControlAssessor.Explain(From, new ArraySegment<Evidence>(_claims, 0, _count), _grades, Holder, Leaning)).For;

    /// <summary>Every other claim that bears on the place, heaviest first.</summary>
    public IReadOnlyList<Weighed> Against => (_explained ??= ControlAssessor.Explain(From, new ArraySegment<Evidence>(_claims, 0, _count), _grades, Holder, Leaning)).Against;

    /// <summary>"RU", "contested, leaning RU".</summary>
    public string Describe() => Holder == Holder.Contested && Leaning is Holder.RU or Holder.UA ? $"contested, leaning {Leaning}" : Holder.ToString();
}
