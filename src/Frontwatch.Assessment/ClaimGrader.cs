using Frontwatch.Core;

namespace Frontwatch.Assessment;

/// <summary>
/// Grades every claim from the claims around it (<see cref="Grade"/>). Every side's claims pass through the
/// same rules: who is self-serving follows from the claimant's side and what the claim favours, never from
/// which side it is.
/// </summary>
public static class ClaimGrader
{
    /// <summary>How far before and after a control claim another claim of the same holder still corroborates it.</summary>
    public const int ControlWindowBeforeDays = 14, ControlWindowAfterDays = 60;

    /// <summary>
    /// How close in time two control claims with different holders must be to contradict each other; further
    /// apart, the later one tells of a change (an overturn), not a disagreement.
    /// </summary>
    public const int ContradictionDays = 3;

    /// <summary>Fighting, strikes and the other events: claims of one event lie within a few days of each other.</summary>
    public const int EventWindowDays = 3;

    /// <summary>The grade of each claim, by <see cref="Evidence.Id"/>.</summary>
    public static Dictionary<long, Grade> GradeAll(IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var grades = new Dictionary<long, Grade>(evidence.Count);
        // Only claims of one kind about one place bear on each other: the claims sorted by place and kind are runs of
        // such groups (sorting int keys allocates far less than grouping, which matters at a million claims).
        if (evidence.Count >= 1 << 28) throw new ArgumentException("at most 2^28 claims are graded at once", nameof(evidence));
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new long[evidence.Count];
        var order = new Evidence[evidence.Count];
        for (int i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (!places.TryGetValue(e.PlaceKey, out int place)) places[e.PlaceKey] = place = places.Count;
            // Place, kind (under 16 values), then the claim's position (under 2^28), which keeps each group in input order.
            keys[i] = ((long)place << 32) | ((long)e.Claim.Kind << 28) | (uint)i;
            order[i] = e;
        }
        Array.Sort(keys, order);
        // Within a group, claims in time order (ties in input order): every claim that can corroborate or contradict
        // another lies within [-ControlWindowBeforeDays, +ControlWindowAfterDays] days of it, so each claim reads only
        // that window of its group, not the whole group.
        var byDay = new long[order.Length];
        for (int i = 0; i < order.Length; i++) byDay[i] = ((long)order[i].Date.DayNumber << 28) | (keys[i] & ((1 << 28) - 1));
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && keys[end] >> 28 == keys[start] >> 28) end++;
            Array.Sort(byDay, order, start, end - start);
            for (int j = start, lo = start, hi = start; j < end; j++)
            {
                int day = order[j].Date.DayNumber;
                while (order[lo].Date.DayNumber < day - ControlWindowBeforeDays) lo++;
                if (hi < j) hi = j;
                while (hi + 1 < end && order[hi + 1].Date.DayNumber <= day + ControlWindowAfterDays) hi++;
                grades[order[j].Id] = Grade(order[j], order.AsSpan(lo, hi - lo + 1));
            }
            start = end;
        }
        return grades;
    }

    /// <summary>The grade of <paramref name="claim"/> among the claims about its place (it may be among them; other kinds are passed over).</summary>
    public static Grade GradeOne(Evidence claim, IReadOnlyList<Evidence> samePlace)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(samePlace);
        return Grade(claim, [.. samePlace]);
    }

    private static Grade Grade(Evidence claim, ReadOnlySpan<Evidence> samePlace)
    {
        // Scratch lists reused across claims on this thread; each grade keeps an exact-size copy (or a shared empty one).
        var corroborators = t_corroborators ??= [];
        var contradictors = t_contradictors ??= [];
        corroborators.Clear();
        contradictors.Clear();
        var c = claim.Claim;
        bool denied = c.Modality == Modality.Denied;
        bool outsider = false; // a corroborator not on the claimant's side
        int? lag = null;
        foreach (var other in samePlace)
        {
            var o = other.Claim;
            if (ReferenceEquals(other, claim) || other.Id == claim.Id || o.Kind != c.Kind) continue;
            int days = other.Date.DayNumber - claim.Date.DayNumber;
            bool sameName = ReferenceEquals(o.Claimant.Name, c.Claimant.Name) || string.Equals(o.Claimant.Name, c.Claimant.Name, StringComparison.OrdinalIgnoreCase);
            bool oDenied = o.Modality == Modality.Denied;
            if (o.Side == c.Side && oDenied == denied)
            {
                // Corroboration: another claimant, in another syndication cluster, saying the same about that time.
                bool inWindow = c.Kind == ClaimKind.Control ? days >= -ControlWindowBeforeDays && days <= ControlWindowAfterDays : Math.Abs(days) <= EventWindowDays;
                if (!inWindow || sameName || Copies(claim, other)) continue;
                AddOnce(corroborators, o.Claimant.Name);
                outsider |= o.Claimant.Side != c.Claimant.Side;
                int l = Math.Max(0, days);
                lag = lag is { } best ? Math.Min(best, l) : l;
            }
            else if (Contradicts(c, o, days))
            {
                if (!sameName && !contradictors.Exists(k => string.Equals(k.Name, o.Claimant.Name, StringComparison.OrdinalIgnoreCase))) contradictors.Add((o.Claimant.Name, other.Reliability));
            }
        }
        var favours = IsBelligerent(c.Claimant) ? Favours(c) : null;
        bool selfServing = favours == c.Claimant.Side && c.Claimant.Type is not ClaimantType.Monitor and not ClaimantType.Analyst and not ClaimantType.Media;
        bool againstInterest = favours is not null && favours == Opposite(c.Claimant.Side);
        int credibility = Credibility(claim, corroborators, outsider, contradictors, selfServing, againstInterest);
        var contradictorNames = contradictors.Count == 0 ? [] : new string[contradictors.Count];
        for (int i = 0; i < contradictorNames.Length; i++) contradictorNames[i] = contradictors[i].Name;
        return new Grade(claim.Reliability, credibility, corroborators.Count == 0 ? [] : [.. corroborators], contradictorNames, selfServing, againstInterest, lag);
    }

    [ThreadStatic] private static List<string>? t_corroborators;
    [ThreadStatic] private static List<(string Name, char Reliability)>? t_contradictors;

    private static int Credibility(Evidence claim, List<string> corroborators, bool outsider, List<(string Name, char Reliability)> contradictors, bool selfServing, bool againstInterest)
    {
        var c = claim.Claim;
        int own = Rank(claim.Reliability);
        int strongest = 0;
        foreach (var k in contradictors) strongest = Math.Max(strongest, Rank(k.Reliability));
        bool outweighed = contradictors.Count > 0 && (strongest > own || contradictors.Count > corroborators.Count + 1);
        if (outweighed && corroborators.Count == 0) return 5;
        if (corroborators.Count > 0)
        {
            if (outweighed) return 3;
            // Confirmation by claimants of the same side for a claim that favours it is worth less than by an outsider.
            return selfServing && !outsider ? 2 : 1;
        }
        if (claim.Reliability == 'F' && contradictors.Count == 0 && !againstInterest) return 6;
        if (c.Modality is Modality.Hedged or Modality.Unverified) return 4;
        if (contradictors.Count > 0) return 4;
        if (selfServing) return 4;
        if (againstInterest) return 2;
        return claim.Reliability switch
        {
            'A' or 'B' => 2,
            'C' => 3,
            _ => c.Claimant.Side.IsNone ? 3 : 4,
        };
    }

    // Syndicated copies of one story: in one cluster, the same sentence, or the outlets' own voice (each copy's narrative
    // is "claimed" by the outlet that ran it). Two claimants quoted in one story are still two sources.
    private static bool Copies(Evidence a, Evidence b) =>
        a.Cluster == b.Cluster && (a.Claim.Claimant.Type == ClaimantType.Media || b.Claim.Claimant.Type == ClaimantType.Media
            || string.Equals(a.Claim.Evidence, b.Claim.Evidence, StringComparison.Ordinal));

    // A control claim with another holder at about the same time; a denial of the same thing at about the same time.
    private static bool Contradicts(Claim c, Claim o, int days)
    {
        bool denied = c.Modality == Modality.Denied, oDenied = o.Modality == Modality.Denied;
        if (o.Side == c.Side) return denied != oDenied && days >= -ContradictionDays && days <= ControlWindowAfterDays / 4;
        if (c.Kind != ClaimKind.Control || denied || oDenied || o.Extent == Extent.Part || c.Extent == Extent.Part) return false;
        return Math.Abs(days) <= ContradictionDays && IsBelligerentSide(o.Side) && IsBelligerentSide(c.Side);
    }

    /// <summary>The belligerent a claim favours: control, advances and repelled attacks the holder's or actor's side; losses the other side's.</summary>
    internal static Side? Favours(Claim claim)
    {
        var side = claim.Modality == Modality.Denied ? Opposite(claim.Side) : claim.Side;
        if (side is not { } s || !IsBelligerentSide(s)) return null;
        return claim.Kind switch
        {
            ClaimKind.Control or ClaimKind.Advance => s,
            ClaimKind.Fighting => claim.Outcome == Outcome.Repelled ? Opposite(s) : claim.Outcome == Outcome.Gained ? s : null,
            ClaimKind.Casualties => Opposite(s),
            _ => null,
        };
    }

    internal static bool IsBelligerentSide(Side side) => side == Side.Russia || side == Side.Ukraine;

    private static bool IsBelligerent(Claimant claimant) => IsBelligerentSide(claimant.Side);

    internal static Side? Opposite(Side side) => side == Side.Russia ? Side.Ukraine : side == Side.Ukraine ? Side.Russia : null;

    /// <summary>A=5 … E=1; F (cannot be judged) ranks with D.</summary>
    internal static int Rank(char reliability) => reliability switch
    {
        'A' => 5,
        'B' => 4,
        'C' => 3,
        'E' => 1,
        _ => 2,
    };

    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))) names.Add(name);
    }
}
