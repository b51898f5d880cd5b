using System.Diagnostics.CodeAnalysis;
using Frontwatch.Assessment;
using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Cli.Web;

/// <summary>The filters and page of GET /api/claims.</summary>
internal sealed record ClaimFilter
{
    public const int DefaultPageSize = 50, MaxPageSize = 500;

    /// <summary>Place keys the claim must be about; null for any place.</summary>
    public IReadOnlyList<string>? Places { get; init; }

    public string? Claimant { get; init; }

    public Side? Side { get; init; }

    public ClaimKind? Kind { get; init; }

    public Modality? Modality { get; init; }

    /// <summary>At least this credible: credibility 1 (confirmed) up to this number (2 keeps confirmed and probably true).</summary>
    public int? MinCredibility { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Reads the query string; a place is a key (GeoNames id or stored name) or any spelling the gazetteer folds.</summary>
    public static bool TryParse(ClaimParameters query, AssessmentSnapshot snapshot, PlaceGazetteer gazetteer,
        [NotNullWhen(true)] out ClaimFilter? filter, [NotNullWhen(false)] out string? error)
    {
        filter = null;
        if (!QueryValues.TryEnum<ClaimKind>("kind", query.Kind, out var kind, out error)
            || !QueryValues.TryEnum<Modality>("modality", query.Modality, out var modality, out error)
            || !QueryValues.TryInt("minCredibility", query.MinCredibility, 1, 6, 6, out int credibility, out error)
            || !QueryValues.TryDate("from", query.From, out var from, out error)
            || !QueryValues.TryDate("to", query.To, out var to, out error)
            || !QueryValues.TryInt("page", query.Page, 1, 1_000_000, 1, out int page, out error)
            || !QueryValues.TryInt("pageSize", query.PageSize, 1, MaxPageSize, DefaultPageSize, out int pageSize, out error))
            return false;
        Side? side = null;
        if (QueryValues.Text(query.Side) is { } sideText)
        {
            side = Core.Side.TryParse(sideText);
            if (side is null)
            {
                error = $"'side' must be a side code such as RU, UA or NONE, not '{QueryValues.Shorten(sideText)}'";
                return false;
            }
        }
        filter = new ClaimFilter
        {
            Places = QueryValues.Text(query.Place) is { } place ? PlaceKeys(place, snapshot, gazetteer) : null,
            Claimant = QueryValues.Text(query.Claimant),
            Side = side,
            Kind = kind,
            Modality = modality,
            MinCredibility = QueryValues.Text(query.MinCredibility) is null ? null : credibility,
            From = from,
            To = to,
            Page = page,
            PageSize = pageSize,
        };
        return true;
    }

    /// <summary>The places a name or key stands for: the key itself, else every stored place the gazetteer's spellings name.</summary>
    public static IReadOnlyList<string> PlaceKeys(string place, AssessmentSnapshot snapshot, PlaceGazetteer gazetteer)
    {
        if (snapshot.Place(place) is not null) return [place];
        return [.. ClaimsCommand.Spellings(gazetteer, place).SelectMany(snapshot.KeysNamed).Distinct(StringComparer.Ordinal)];
    }

    public bool Matches(Evidence e, AssessmentSnapshot snapshot)
    {
        var c = e.Claim;
        if (Kind is { } kind && c.Kind != kind) return false;
        if (Modality is { } modality && c.Modality != modality) return false;
        if (Side is { } side && c.Side != side) return false;
        if (From is { } from && e.Date < from) return false;
        if (To is { } to && e.Date > to) return false;
        if (Claimant is { } claimant && !string.Equals(c.Claimant.Name, claimant, StringComparison.OrdinalIgnoreCase)) return false;
        if (MinCredibility is { } credibility && snapshot.GradeOf(e).Credibility > credibility) return false;
        return true;
    }

    /// <summary>Positions in the snapshot's claims (newest first) that pass every filter.</summary>
    public IEnumerable<int> Select(AssessmentSnapshot snapshot)
    {
        if (Places is null)
        {
            for (int i = 0; i < snapshot.Claims.Length; i++)
                if (Matches(snapshot.Claims[i], snapshot)) yield return i;
            yield break;
        }
        // Each place's claims are in order already; with several places, merge them back into the global order.
        IEnumerable<int> candidates = Places.Count == 1 ? snapshot.ClaimsAbout(Places[0]) : Places.SelectMany(snapshot.ClaimsAbout).Order();
        foreach (int i in candidates)
            if (Matches(snapshot.Claims[i], snapshot)) yield return i;
    }
}
