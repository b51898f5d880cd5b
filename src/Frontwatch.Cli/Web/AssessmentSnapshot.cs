using Frontwatch.Assessment;
using Frontwatch.Store;

namespace Frontwatch.Cli.Web;

/// <summary>
/// The store's claims, graded and assessed, frozen at one moment: every read is answered from it, and an ingest
/// replaces it whole with a new one. Responses computed from it are cached on it, so they go when it goes.
/// </summary>
internal sealed class AssessmentSnapshot
{
    private readonly Dictionary<string, PlaceTimeline> _places;
    private readonly Dictionary<string, List<string>> _keysByName;
    private readonly Dictionary<string, int[]> _claimsByPlace;
    private readonly Dictionary<long, int[]> _claimsByReport;
    private readonly Lazy<List<TrackRecord>> _trackRecords;

    private AssessmentSnapshot(AssessedStore assessed)
    {
        Assessed = assessed;
        // Newest first; the id breaks ties so pages are stable.
        Claims = [.. assessed.Evidence.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)];
        _places = assessed.Timelines.ToDictionary(t => t.PlaceKey, StringComparer.Ordinal);
        _keysByName = assessed.Timelines.GroupBy(t => t.Place.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(t => t.PlaceKey).ToList(), StringComparer.OrdinalIgnoreCase);
        var byPlace = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byReport = new Dictionary<long, List<int>>();
        for (int i = 0; i < Claims.Length; i++)
        {
            var e = Claims[i];
            if (!byPlace.TryGetValue(e.PlaceKey, out var list)) byPlace[e.PlaceKey] = list = [];
            list.Add(i);
            long report = assessed.Stored[e.Id].ReportId;
            if (!byReport.TryGetValue(report, out var ofReport)) byReport[report] = ofReport = [];
            ofReport.Add(i);
        }
        _claimsByPlace = byPlace.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _claimsByReport = byReport.ToDictionary(r => r.Key, r => r.Value.ToArray());
        Changes = [.. assessed.Timelines.SelectMany(t => t.States).Select(s => s.From).Distinct().Order()];
        if (Claims.Length > 0)
        {
            First = Claims[^1].Date;
            Last = Claims[0].Date;
        }
        _trackRecords = new(() => TrackRecord.Of(assessed.Evidence, assessed.Grades));
    }

    public AssessedStore Assessed { get; }

    /// <summary>Every dated claim, newest first.</summary>
    public Evidence[] Claims { get; }

    /// <summary>The days on which some place's assessed state changes, in order.</summary>
    public IReadOnlyList<DateOnly> Changes { get; }

    /// <summary>The day of the oldest claim; null for an empty store.</summary>
    public DateOnly? First { get; }

    /// <summary>The day of the newest claim; the default day to assess.</summary>
    public DateOnly? Last { get; }

    /// <summary>Rendered responses by request, bounded.</summary>
    public ResponseCache Responses { get; } = new(2048);

    public IReadOnlyCollection<PlaceTimeline> Timelines => _places.Values;

    /// <summary>Claimants' track records, computed on first use.</summary>
    public List<TrackRecord> TrackRecords => _trackRecords.Value;

    /// <summary>Reads the store and assesses every place.</summary>
    public static async Task<AssessmentSnapshot> LoadAsync(IClaimStore store, CancellationToken cancellationToken) =>
        new(await AssessedStore.LoadAsync(store, cancellationToken).ConfigureAwait(false));

    public PlaceTimeline? Place(string key) => _places.GetValueOrDefault(key);

    /// <summary>The keys of the places stored under this name (case-insensitive).</summary>
    public IReadOnlyList<string> KeysNamed(string name) => _keysByName.TryGetValue(name, out var keys) ? keys : [];

    /// <summary>Positions in <see cref="Claims"/> of the claims about a place, newest first.</summary>
    public int[] ClaimsAbout(string placeKey) => _claimsByPlace.GetValueOrDefault(placeKey) ?? [];

    /// <summary>Positions in <see cref="Claims"/> of a report's dated claims.</summary>
    public int[] ClaimsOf(long reportId) => _claimsByReport.GetValueOrDefault(reportId) ?? [];

    /// <summary>How many of a report's claims are dated (and so listed).</summary>
    public int ClaimCountOf(long reportId) => ClaimsOf(reportId).Length;

    public StoredClaim Stored(Evidence e) => Assessed.Stored[e.Id];

    public Grade GradeOf(Evidence e) => Assessed.Grades[e.Id];
}
