using System.Globalization;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// Reads data/regions.tsv (country, admin1, name, lat, lon, aliases separated by '|') and
/// data/countries.tsv (country, name, lat, lon, names, adjectives) into gazetteer entries.
/// </summary>
public static class RegionFileReader
{
    /// <summary>Feature code of a country entry that holds only its adjectives ("Russian"): context, not a mention.</summary>
    public const string AdjectiveFeature = "ADJ";

    /// <summary>Admin regions: one entry per row, its aliases as names.</summary>
    public static List<Place> ReadRegions(string path) =>
        ReadRows(path, 6, c =>
        [
            new Place(null, c[2], PlaceKind.Region, c[0], c[1], Point(path, c[3], c[4]), 0, "ADM1") { Names = [c[2], .. Split(c[5])] },
        ]);

    /// <summary>Countries: an entry with the country's names, and one with its adjectives (feature code ADJ).</summary>
    public static List<Place> ReadCountries(string path) =>
        ReadRows(path, 6, c =>
        {
            var country = new Place(null, c[1], PlaceKind.Country, c[0], null, Point(path, c[2], c[3]), 0, "PCLI") { Names = [c[1], .. Split(c[4])] };
            var adjectives = Split(c[5]).ToList();
            return adjectives.Count == 0 ? [country] : [country, country with { Names = adjectives, FeatureCode = AdjectiveFeature }];
        });

    private static List<Place> ReadRows(string path, int columns, Func<string[], IEnumerable<Place>> make)
    {
        if (!File.Exists(path)) throw new GazetteerError(path, "data file not found");
        var places = new List<Place>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < columns) throw new GazetteerError(path, $"line {lineNo}: expected {columns} tab-separated columns, found {cols.Length}");
            places.AddRange(make(cols));
        }
        return places;
    }

    private static IEnumerable<string> Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static GeoPoint Point(string path, string lat, string lon) =>
        double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
        && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out double b)
            ? new GeoPoint(a, b)
            : throw new GazetteerError(path, $"bad coordinates '{lat}', '{lon}'");
}
