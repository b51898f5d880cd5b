using Frontwatch.Core;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// Claims as CSV with ACLED's columns (see <see cref="AcledCoding"/>) and Frontwatch's own after them: who made the
/// claim, on which side, how it was put, its Admiralty grade and the sentence it rests on.
/// </summary>
internal static class ClaimsCsv
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "claimant", "claimant_side", "modality", "credibility", "evidence",
    ];

    /// <summary>Writes a header and one row per claim, in the order given; returns the number of claims.</summary>
    public static int Write(TextWriter writer, IEnumerable<GradedClaim> claims, AcledCoding coding)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(coding);
        using var csv = new SpreadsheetCsv(writer);
        csv.Row(Columns);
        int rows = 0;
        foreach (var c in claims)
        {
            var claim = c.Stored.Claim;
            var (type, subType) = AcledCoding.EventType(claim);
            var (actor1, actor2) = coding.Actors(claim);
            csv.Text(AcledCoding.EventId(c.Stored.ClaimId, claim.Place));
            csv.Text(AssessCommand.Day(c.Date));
            csv.Text(type);
            csv.Text(subType);
            csv.Text(actor1);
            csv.Text(actor2);
            csv.Text(claim.Place.Admin1);
            csv.Text(claim.Place.Name);
            csv.Number(claim.Place.Point?.Lat, 5);
            csv.Number(claim.Place.Point?.Lon, 5);
            csv.Number(AcledCoding.GeoPrecision(claim.Place));
            csv.Text(c.Stored.Outlet ?? c.Stored.Url ?? c.Stored.Source);
            csv.Text(AcledCoding.SourceScale(claim.Claimant));
            csv.Text(coding.Notes(claim));
            csv.Number(AcledCoding.Fatalities(claim));
            csv.Text(claim.Claimant.Name);
            csv.Text(claim.Claimant.Side.Code);
            csv.Text(Lower(claim.Modality));
            csv.Text(c.Grade?.Code);
            csv.Text(claim.Evidence);
            csv.EndRow();
            rows++;
        }
        return rows;
    }

    private static string Lower(Modality m) => m.ToString().ToLowerInvariant();
}
