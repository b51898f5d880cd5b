namespace Frontwatch.Assessment;

/// <summary>One assessed place beside what a reference map shows there.</summary>
public sealed record DiffRow(PlaceTimeline Timeline, PlaceState State, Holder Reference);

/// <summary>
/// Our assessment on a day against a reference map, over the assessed places in Ukraine with a location:
/// agreements, and disagreements in both directions — where the claims say RU and the map still shows UA
/// (the claims may run ahead of a conservative map, or be wrong), and the reverse — each with its claims.
/// A contested place leaning to the map's holder, or contested on both, counts as agreeing.
/// </summary>
public sealed record ReferenceDiff(string Name, DateOnly Date, DateOnly ReferenceDate, IReadOnlyList<DiffRow> Agreements, IReadOnlyList<DiffRow> ClaimsSayRussian,
    IReadOnlyList<DiffRow> ClaimsSayUkrainian, IReadOnlyList<DiffRow> OtherDisagreements)
{
    public int Compared => Agreements.Count + ClaimsSayRussian.Count + ClaimsSayUkrainian.Count + OtherDisagreements.Count;

    /// <summary>Agreements as a share of the places compared; null with none.</summary>
    public double? AgreementShare => Compared == 0 ? null : Math.Round((double)Agreements.Count / Compared, 3);

    public static ReferenceDiff Compare(IEnumerable<PlaceTimeline> timelines, ReferenceLayer reference, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(reference);
        List<DiffRow> agree = [], ru = [], ua = [], other = [];
        foreach (var t in timelines)
        {
            // Settlements only: a region's point says nothing about who holds it.
            if (t.Place.Point is not { } point || t.Place.GeoNameId is null || !string.Equals(t.Place.Country, "UA", StringComparison.OrdinalIgnoreCase)) continue;
            if (t.At(date) is not { } state || state.Holder == Holder.Unknown) continue;
            var theirs = reference.HolderAt(point);
            var row = new DiffRow(t, state, theirs);
            var ours = state.Holder == Holder.Contested && theirs != Holder.Contested ? state.Leaning : state.Holder;
            if (ours == theirs) agree.Add(row);
            else if (ours == Holder.RU && theirs == Holder.UA) ru.Add(row);
            else if (ours == Holder.UA && theirs == Holder.RU) ua.Add(row);
            else other.Add(row);
        }
        static List<DiffRow> Sorted(List<DiffRow> rows) => [.. rows.OrderBy(r => r.Timeline.Place.Name, StringComparer.OrdinalIgnoreCase)];
        return new ReferenceDiff(reference.Name, date, reference.Date, Sorted(agree), Sorted(ru), Sorted(ua), Sorted(other));
    }
}
