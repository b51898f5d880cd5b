using Frontwatch.Assessment;

namespace Frontwatch.Cli.Exports;

/// <summary>The properties the GeoJSON and KML exports give places, areas and lines: the same names and values in both.</summary>
internal static class ExportProperties
{
    /// <summary>"RU", "UA", "contested" or "unknown", as `assess --format json` writes a holder.</summary>
    public static string HolderCode(Holder holder) => holder switch
    {
        Holder.RU => "RU",
        Holder.UA => "UA",
        Holder.Contested => "contested",
        _ => "unknown",
    };

    /// <summary>
    /// A place: its name and gazetteer facts, the assessed holder (and leaning), confidence, the "claimed,
    /// unconfirmed" flag, the day the state began, how many claims and distinct claimants bear on it, the day shown
    /// and, in a history, the day it changes.
    /// </summary>
    public static List<KeyValuePair<string, object?>> Place(MapLayers.Place place, bool history)
    {
        var (t, s) = (place.Assessed.Timeline, place.Assessed.State);
        var weighed = s.For.Concat(s.Against).ToList();
        var list = new List<KeyValuePair<string, object?>>
        {
            new("kind", "place"),
            new("name", t.Place.Name),
            new("geonameid", t.Place.GeoNameId),
            new("admin1", t.Place.Admin1),
            new("country", t.Place.Country),
            new("holder", HolderCode(s.Holder)),
            new("leaning", s.Leaning is Holder.RU or Holder.UA ? s.Leaning.ToString() : null),
            new("label", s.Describe()),
            new("confidence", Math.Round(s.Confidence, 3)),
            new("unconfirmed", s.Unconfirmed),
            new("since", AssessCommand.Day(s.From)),
            new("claims", weighed.Count),
            new("sources", weighed.Select(w => w.Evidence.Claim.Claimant.Name).Distinct(StringComparer.Ordinal).Count()),
        };
        return Dated(list, place.Date, place.Until, history);
    }

    public static List<KeyValuePair<string, object?>> Area(MapLayers.Area area, bool history) =>
        Dated([new("kind", "area"), new("holder", HolderCode(area.Holder))], area.Date, area.Until, history);

    public static List<KeyValuePair<string, object?>> Line(MapLayers.Line line, bool history) =>
        Dated([new("kind", "line")], line.Date, line.Until, history);

    private static List<KeyValuePair<string, object?>> Dated(List<KeyValuePair<string, object?>> list, DateOnly date, DateOnly? until, bool history)
    {
        list.Add(new("date", AssessCommand.Day(date)));
        if (history) list.Add(new("until", until is { } u ? AssessCommand.Day(u) : null));
        return list;
    }
}
