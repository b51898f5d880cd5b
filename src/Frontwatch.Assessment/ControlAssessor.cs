using Frontwatch.Core;

namespace Frontwatch.Assessment;

/// <summary>
/// Per-place control timelines from graded claims. On each day a place's claims change, every claim up to
/// that day is weighed — prior reliability × credibility × modality × recency, more for a claim against the
/// claimant's interest, less for a self-serving one — and the heaviest holder wins; fighting after the last
/// capture, or a claim to part of a place, makes it contested. A later capture, withdrawal or liberation
/// overturns the holder before it: the older claims for another holder keep a fifth of their weight.
/// </summary>
public static class ControlAssessor
{
    /// <summary>Days for a claim's weight to halve: newer claims outweigh older ones.</summary>
    public const double HalfLifeDays = 45;

    /// <summary>What is left of a claim's weight once a later claim overturned it.</summary>
    public const double Overturned = 0.2;

    /// <summary>Contested when the weight of fighting and partial control reaches this share of the leading holder's.</summary>
    public const double ContestedShare = 0.6;

    /// <summary>The timeline of every place with claims.</summary>
    public static List<PlaceTimeline> Timelines(IReadOnlyList<Evidence> evidence, IReadOnlyDictionary<long, Grade>? grades = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        grades ??= ClaimGrader.GradeAll(evidence);
        // Claims that bear on control, bucketed by place in one pass (places in order of first mention), then each
        // place's sorted by day and id: a million claims need no grouping or ordering objects per place.
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeOf = new int[evidence.Count];
        var counts = new List<int>();
        for (int i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (!places.TryGetValue(e.PlaceKey, out int place))
            {
                places[e.PlaceKey] = place = places.Count;
                counts.Add(0);
            }
            if (Signal(e.Claim) is null) placeOf[i] = -1;
            else
            {
                placeOf[i] = place;
                counts[place]++;
            }
        }
        var starts = new int[counts.Count + 1];
        for (int p = 0; p < counts.Count; p++) starts[p + 1] = starts[p] + counts[p];
        var bucketed = new Evidence[starts[^1]];
        var next = starts[..^1];
        for (int i = 0; i < evidence.Count; i++)
            if (placeOf[i] >= 0) bucketed[next[placeOf[i]]++] = evidence[i];
        var result = new List<PlaceTimeline>();
        for (int p = 0; p < counts.Count; p++)
        {
            if (counts[p] == 0) continue;
            var items = bucketed[starts[p]..starts[p + 1]];
            Array.Sort(items, ByDayThenId.Instance);
            result.Add(new PlaceTimeline(items[^1].PlaceKey, items[^1].Claim.Place, States(items, grades)));
        }
        return result;
    }

    private sealed class ByDayThenId : IComparer<Evidence>
    {
        public static readonly ByDayThenId Instance = new();

        public int Compare(Evidence? x, Evidence? y)
        {
            int byDay = x!.Date.CompareTo(y!.Date);
            return byDay != 0 ? byDay : x.Id.CompareTo(y.Id);
        }
    }

    // One state per day with claims, from running sums: a weight's decay 0.5^((D - d) / half-life) is the same factor
    // 0.5^(D / half-life) for every claim times 2^(d / half-life), and the factor common to all cancels out of every
    // comparison and share, so each day costs its own claims, not all claims so far. The latest decisive claim only
    // moves forward in time, so each claim crosses from "after it" to "before it" (where overturns apply) at most once.
    // StateOn weighs the same claims directly; the tests hold the two to the same result.
    private static List<PlaceState> States(Evidence[] items, IReadOnlyDictionary<long, Grade> grades)
    {
        var states = new List<PlaceState>();
        int origin = items[0].Date.DayNumber;
        var scaled = new double[items.Length];
        var supports = new Holder[items.Length];
        var control = new bool[items.Length];
        for (int k = 0; k < items.Length; k++)
        {
            var (holder, weight) = BaseWeight(items[k], grades[items[k].Id]);
            supports[k] = holder;
            control[k] = items[k].Claim.Kind == ClaimKind.Control;
            scaled[k] = weight * Math.Pow(2, (items[k].Date.DayNumber - origin) / HalfLifeDays);
        }
        // after[h]: claims on or after the decisive claim's day; before[h, control]: earlier ones. Holder as index.
        var after = new double[4];
        var before = new double[4, 2];
        var confirmed = new int[4];
        int moved = 0;
        Evidence? decisive = null;
        for (int i = 0; i < items.Length; i++)
        {
            var e = items[i];
            after[(int)supports[i]] += scaled[i];
            if (control[i] && grades[e.Id].Credibility == 1) confirmed[(int)supports[i]]++;
            if (IsDecisive(e, grades[e.Id]) && (decisive is null || e.Date >= decisive.Date)) decisive = e;
            if (i + 1 < items.Length && items[i + 1].Date == e.Date) continue;
            if (decisive is not null)
                for (; moved <= i && items[moved].Date < decisive.Date; moved++)
                {
                    after[(int)supports[moved]] -= scaled[moved];
                    before[(int)supports[moved], control[moved] ? 1 : 0] += scaled[moved];
                }
            var overturnedBy = decisive is null ? Holder.Unknown : HolderOf(decisive.Claim.Side);
            double Total(Holder h)
            {
                double t = after[(int)h] + before[(int)h, 0] * (h == Holder.Contested ? Overturned : 1);
                return t + before[(int)h, 1] * (h == overturnedBy ? 1 : Overturned);
            }
            var (holder, leaning, confidence) = Decide(Total(Holder.RU), Total(Holder.UA), Total(Holder.Contested));
            var side = holder == Holder.Contested ? leaning : holder;
            bool unconfirmed = side is Holder.RU or Holder.UA && confirmed[(int)side] == 0;
            states.Add(new PlaceState(e.Date, holder, leaning, Math.Round(confidence, 3), unconfirmed, items, i + 1, grades));
        }
        return states;
    }

    /// <summary>The state of one place on <paramref name="date"/> from its claims up to then, every claim weighed directly.</summary>
    public static PlaceState StateOn(DateOnly date, IEnumerable<Evidence> samePlace, IReadOnlyDictionary<long, Grade> grades)
    {
        var weighed = Weigh(date, samePlace, grades);
        var (holder, leaning, confidence) = Decide(Sum(weighed, Holder.RU), Sum(weighed, Holder.UA), Sum(weighed, Holder.Contested));
        // "Claimed, unconfirmed": nothing for the holder was confirmed by an independent claimant.
        var side = holder == Holder.Contested ? leaning : holder;
        bool unconfirmed = side is Holder.RU or Holder.UA && !weighed.Exists(w => w.Supports == side && w.Evidence.Claim.Kind == ClaimKind.Control && w.Grade.Credibility == 1);
        var claims = samePlace.Where(e => e.Date <= date && Signal(e.Claim) is not null).ToArray();
        return new PlaceState(date, holder, leaning, Math.Round(confidence, 3), unconfirmed, claims, claims.Length, grades);
    }

    internal static (IReadOnlyList<Weighed>, IReadOnlyList<Weighed>) Explain(DateOnly date, IEnumerable<Evidence> samePlace, IReadOnlyDictionary<long, Grade> grades, Holder holder, Holder leaning) =>
        Split(Weigh(date, samePlace, grades), holder, leaning);

    private static (IReadOnlyList<Weighed>, IReadOnlyList<Weighed>) Split(List<Weighed> weighed, Holder holder, Holder leaning)
    {
        var forState = weighed.Where(w => w.Supports == holder || (holder == Holder.Contested && w.Supports == leaning)).OrderByDescending(w => w.Weight).ThenBy(w => w.Evidence.Id).ToList();
        var against = weighed.Where(w => !forState.Contains(w)).OrderByDescending(w => w.Weight).ThenBy(w => w.Evidence.Id).ToList();
        return (forState, against);
    }

    // Each claim's weight on the day: its base weight, halved every HalfLifeDays, and cut to a fifth where overturned.
    private static List<Weighed> Weigh(DateOnly date, IEnumerable<Evidence> samePlace, IReadOnlyDictionary<long, Grade> grades)
    {
        var items = samePlace.Where(e => e.Date <= date && Signal(e.Claim) is not null).ToList();
        // The latest capture, withdrawal or liberation that is not doubted overturns the holders before it.
        Evidence? decisive = null;
        foreach (var e in items)
            if (IsDecisive(e, grades[e.Id]) && (decisive is null || e.Date >= decisive.Date)) decisive = e;
        var weighed = new List<Weighed>(items.Count);
        foreach (var e in items)
        {
            var grade = grades[e.Id];
            var (supports, weight) = BaseWeight(e, grade);
            weight *= Math.Pow(0.5, (date.DayNumber - e.Date.DayNumber) / HalfLifeDays);
            if (decisive is not null && e.Date < decisive.Date && supports != HolderOf(decisive.Claim.Side) && e.Claim.Kind == ClaimKind.Control) weight *= Overturned;
            // Fighting before the capture that ended it is history; after it, the place is contested again.
            if (decisive is not null && e.Date < decisive.Date && supports == Holder.Contested && e.Claim.Kind != ClaimKind.Control) weight *= Overturned;
            weighed.Add(new Weighed(e, grade, supports, weight));
        }
        return weighed;
    }

    // What a claim supports and its weight before decay and overturns.
    private static (Holder, double) BaseWeight(Evidence e, Grade grade)
    {
        var (supports, factor) = Signal(e.Claim)!.Value;
        double weight = factor * Reliability(grade.Reliability) * Credibility(grade.Credibility) * Modality(e.Claim.Modality);
        if (grade.AgainstInterest) weight *= 1.5;
        if (grade.SelfServing) weight *= 0.7;
        return (supports, weight);
    }

    // The heaviest holder; contested when the weight of fighting and partial control comes near it.
    private static (Holder Holder, Holder Leaning, double Confidence) Decide(double ru, double ua, double contested)
    {
        double total = ru + ua + contested;
        Holder top = ru > ua ? Holder.RU : ua > ru ? Holder.UA : Holder.Unknown;
        double topWeight = Math.Max(ru, ua);
        if (total <= 0) return (Holder.Unknown, Holder.Unknown, 0);
        if (top == Holder.Unknown || contested >= ContestedShare * topWeight)
            return (Holder.Contested, top, ru + ua > 0 ? topWeight / (ru + ua) : contested / total);
        return (top, top, topWeight / total);
    }

    private static double Sum(List<Weighed> weighed, Holder holder)
    {
        double sum = 0;
        foreach (var w in weighed)
            if (w.Supports == holder) sum += w.Weight;
        return sum;
    }

    private static bool IsDecisive(Evidence e, Grade grade) =>
        e.Claim.Kind == ClaimKind.Control && e.Claim.Modality != Core.Modality.Denied && e.Claim.Extent != Extent.Part
        && HolderOf(e.Claim.Side) is Holder.RU or Holder.UA && grade.Credibility <= 4;

    /// <summary>
    /// What a claim says about who holds its place, and how strongly (before grading): control names the holder;
    /// fighting and advances make a place contested, with a little for the defender; a strike hits a place the
    /// other side holds. Casualties and deployments say nothing about control.
    /// </summary>
    internal static (Holder Supports, double Factor)? Signal(Claim claim)
    {
        var holder = HolderOf(claim.Side);
        // The side that did not attack, or whose claim a denial defends.
        var other = HolderOf(ClaimGrader.Opposite(claim.Side));
        (Holder, double)? When(Holder h, double factor) => h is Holder.RU or Holder.UA ? (h, factor) : null;
        return claim.Kind switch
        {
            ClaimKind.Control when claim.Modality == Core.Modality.Denied => When(other, 0.5),
            ClaimKind.Control when claim.Extent == Extent.Part => holder is Holder.RU or Holder.UA ? (Holder.Contested, 0.8) : null,
            ClaimKind.Control => When(holder, 1.0),
            ClaimKind.Fighting when claim.Outcome == Outcome.Repelled => When(other, 0.3),
            ClaimKind.Fighting => (Holder.Contested, 0.6),
            ClaimKind.Advance => (Holder.Contested, 0.3),
            ClaimKind.Strike => When(other, 0.15),
            _ => null,
        };
    }

    internal static Holder HolderOf(Side? side) => side == Side.Russia ? Holder.RU : side == Side.Ukraine ? Holder.UA : Holder.Unknown;

    private static double Reliability(char r) => r switch
    {
        'A' => 1.0,
        'B' => 0.8,
        'C' => 0.6,
        'D' => 0.4,
        'E' => 0.2,
        _ => 0.35,
    };

    private static double Credibility(int c) => c switch
    {
        1 => 1.0,
        2 => 0.8,
        3 => 0.6,
        4 => 0.35,
        5 => 0.1,
        _ => 0.3,
    };

    private static double Modality(Modality m) => m switch
    {
        Core.Modality.Hedged => 0.5,
        Core.Modality.Unverified => 0.4,
        _ => 1.0,
    };
}
