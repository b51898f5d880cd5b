using Frontwatch.Core;

namespace Frontwatch.Assessment;

/// <summary>A place's assessed states in time order; each holds from its day until the next one's.</summary>
public sealed record PlaceTimeline(string PlaceKey, ClaimPlace Place, IReadOnlyList<PlaceState> States)
{
    /// <summary>The state on <paramref name="date"/>: the last one that began on or before it; null before the first claim.</summary>
    public PlaceState? At(DateOnly date)
    {
        int lo = 0, hi = States.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (States[mid].From <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        return found < 0 ? null : States[found];
    }
}
