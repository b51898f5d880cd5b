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
        var result = new List<PlaceTimeline>();
        foreach (var place in evidence.GroupBy(e => e.PlaceKey))
        {
            var items = place.Where(e => Signal(e.Claim) is not null).OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
            if (items.Count == 0) continue;
            var states = new List<PlaceState>();
            for (int i = 0; i < items.Count; i++)
            {
                // One state per day: the last claim of a day closes it.
                if (i + 1 < items.Count && items[i + 1].Date == items[i].Date) continue;
                states.Add(StateOn(items[i].Date, items.Take(i + 1), grades));
            }
            result.Add(new PlaceTimeline(place.Key, items[^1].Claim.Place, states));
        }
        return result;
    }

    /// <summary>The state of one place on <paramref name="date"/> from its claims up to then.</summary>
    public static PlaceState StateOn(DateOnly date, IEnumerable<Evidence> samePlace, IReadOnlyDictionary<long, Grade> grades)
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
            var (supports, factor) = Signal(e.Claim)!.Value;
            double weight = factor * Reliability(grade.Reliability) * Credibility(grade.Credibility) * Modality(e.Claim.Modality)
                * Math.Pow(0.5, (date.DayNumber - e.Date.DayNumber) / HalfLifeDays);
            if (grade.AgainstInterest) weight *= 1.5;
            if (grade.SelfServing) weight *= 0.7;
            if (decisive is not null && e.Date < decisive.Date && supports != HolderOf(decisive.Claim.Side) && e.Claim.Kind == ClaimKind.Control) weight *= Overturned;
            // Fighting before the capture that ended it is history; after it, the place is contested again.
            if (decisive is not null && e.Date < decisive.Date && supports == Holder.Contested && e.Claim.Kind != ClaimKind.Control) weight *= Overturned;
            weighed.Add(new Weighed(e, grade, supports, weight));
        }
        double ru = Sum(weighed, Holder.RU), ua = Sum(weighed, Holder.UA), contested = Sum(weighed, Holder.Contested);
        double total = ru + ua + contested;
        Holder top = ru > ua ? Holder.RU : ua > ru ? Holder.UA : Holder.Unknown;
        double topWeight = Math.Max(ru, ua);
        Holder holder, leaning;
        double confidence;
        if (total <= 0)
        {
            (holder, leaning, confidence) = (Holder.Unknown, Holder.Unknown, 0);
        }
        else if (top == Holder.Unknown || contested >= ContestedShare * topWeight)
        {
            holder = Holder.Contested;
            leaning = top;
            confidence = ru + ua > 0 ? topWeight / (ru + ua) : contested / total;
        }
        else
        {
            (holder, leaning, confidence) = (top, top, topWeight / total);
        }
        // "Claimed, unconfirmed": nothing for the holder was confirmed by an independent claimant.
        var side = holder == Holder.Contested ? leaning : holder;
        bool unconfirmed = side is Holder.RU or Holder.UA && !weighed.Exists(w => w.Supports == side && w.Evidence.Claim.Kind == ClaimKind.Control && w.Grade.Credibility == 1);
        var forState = weighed.Where(w => w.Supports == holder || (holder == Holder.Contested && w.Supports == leaning)).OrderByDescending(w => w.Weight).ToList();
        var against = weighed.Where(w => !forState.Contains(w)).OrderByDescending(w => w.Weight).ToList();
        return new PlaceState(date, holder, leaning, Math.Round(confidence, 3), unconfirmed, forState, against);
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
