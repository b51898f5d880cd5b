using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// What a report says about where it is: the countries and regions it names and the places it
/// names unambiguously. Disambiguation of the other names leans on it.
/// </summary>
internal sealed partial class ReportContext
{
    private readonly HashSet<string> _countries = [];
    private readonly HashSet<(string Country, string Admin1)> _regions = [];
    private readonly List<(int At, Place Region)> _regionMentions = [];
    // Each anchor's latitude cosine is kept with it: Support measures every candidate against every anchor.
    private readonly List<(int At, GeoPoint Point, double CosLat)> _anchors = [];
    private readonly string _text;

    private ReportContext(string text) => _text = text;

    public static ReportContext From(PlaceGazetteer gazetteer, List<NameMatch> matches, string text)
    {
        var context = new ReportContext(text);
        foreach (var match in matches)
        {
            var candidates = match.Candidates.Span;
            Place? region = null, country = null;
            int settlements = 0;
            Place? top = null;
            double topPrior = double.NegativeInfinity, secondPrior = double.NegativeInfinity;
            foreach (var c in candidates)
            {
                var p = gazetteer.Places[c.Place];
                switch (p.Kind)
                {
                    case PlaceKind.Region: region = p; break;
                    case PlaceKind.Country: country = p; break;
                    default:
                        settlements++;
                        double prior = gazetteer.Prior(c.Place, c.Primary);
                        if (prior > topPrior) { secondPrior = topPrior; topPrior = prior; top = p; }
                        else if (prior > secondPrior) secondPrior = prior;
                        break;
                }
            }
            if (region is not null)
            {
                context._regions.Add((region.Country, region.Admin1!));
                context._countries.Add(region.Country);
                context._regionMentions.Add((match.Start, region));
            }
            else if (country is not null && !country.IsAdjective && IsLocative(text, match.Start)) context._countries.Add(country.Country);
            else if (top is not null && (settlements == 1 || topPrior - secondPrior > 2.5))
                context._anchors.Add((match.Start, top.Point, top.Point.CosLat()));
        }
        return context;
    }

    // "in Russia", "eastern Ukraine", "across Belarus" say where; "Russia said" does not.
    private static bool IsLocative(string text, int at) =>
        LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, at - 24), Math.Min(24, at)));

    [GeneratedRegex(@"\b(?:in|inside|into|across|throughout|within|from|to|of|near|over|eastern|western|northern|southern|central|north-eastern|south-eastern|northeastern|southeastern)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocativeBefore();

    /// <summary>This context with more anchors: places already resolved with confidence.</summary>
    public ReportContext WithAnchors(IEnumerable<(int At, GeoPoint Point)> anchors)
    {
        var copy = new ReportContext(_text);
        copy._countries.UnionWith(_countries);
        copy._regions.UnionWith(_regions);
        copy._regionMentions.AddRange(_regionMentions);
        copy._anchors.AddRange(_anchors);
        foreach (var (at, point) in anchors)
            if (!copy._anchors.Exists(a => a.At == at && a.Point == point)) copy._anchors.Add((at, point, point.CosLat()));
        return copy;
    }

    /// <summary>How much the report supports reading a name as <paramref name="place"/> (a score to add to its prior).</summary>
    public double Support(Place place, int at)
    {
        double s = 0;
        if (place.Admin1 is not null && _regions.Contains((place.Country, place.Admin1))) s += 3;
        // Only a country's name or one of its regions says where a report is; "Russian forces" does not.
        if (_countries.Count > 0 && !_countries.Contains(place.Country)) s -= 2;
        double nearest = double.PositiveInfinity;
        double? cosLat = null;
        foreach (var (anchorAt, point, anchorCosLat) in _anchors)
        {
            // 2.3 degrees of latitude is over 250 km, the last band that counts: skip the trigonometry.
            if (anchorAt == at || Math.Abs(place.Point.Lat - point.Lat) > 2.3) continue;
            cosLat ??= place.Point.CosLat();
            nearest = Math.Min(nearest, place.Point.DistanceKm(point, cosLat.Value, anchorCosLat));
            // Nothing nearer can raise the score past the closest band.
            if (nearest < 30) break;
        }
        s += nearest switch { < 30 => 3, < 100 => 2, < 250 => 1, _ => 0 };
        return s;
    }

    /// <summary>The region named nearest to <paramref name="at"/> in its paragraph, else the report's most-named region.</summary>
    public Place? RegionNear(int at)
    {
        int paragraphStart = _text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int paragraphEnd = _text.IndexOf('\n', at);
        if (paragraphEnd < 0) paragraphEnd = _text.Length;
        Place? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (regionAt, region) in _regionMentions)
        {
            if (regionAt < paragraphStart || regionAt >= paragraphEnd) continue;
            int d = Math.Abs(regionAt - at);
            if (d < bestDistance) { bestDistance = d; best = region; }
        }
        return best ?? _regionMentions.GroupBy(r => r.Region).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }
}
