using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// What a report says about where it is: the countries and regions it names and the places it
/// names unambiguously. Disambiguation of the other names leans on it.
/// </summary>
internal sealed partial class ReportContext
{
    // Countries and (country, admin1) regions by the gazetteer's keys for them (PlaceGazetteer.CountryKey, RegionKey).
    // Indexed by key: a report names a handful, and Support asks of both at every candidate of every name.
    private readonly bool[] _countries;
    private readonly bool[] _regions;
    private bool _anyCountry;
    private readonly List<(int At, Place Region)> _regionMentions = [];
    private readonly AnchorSet _anchors = new();
    private readonly PlaceGazetteer _gazetteer;
    private readonly string _text;

    private ReportContext(PlaceGazetteer gazetteer, string text, bool[]? countries = null, bool[]? regions = null)
    {
        _gazetteer = gazetteer;
        _text = text;
        _countries = countries ?? new bool[gazetteer.CountryKeyCount];
        _regions = regions ?? new bool[gazetteer.RegionKeyCount];
    }

    public static ReportContext From(PlaceGazetteer gazetteer, List<NameMatch> matches, string text)
    {
        var context = new ReportContext(gazetteer, text);
        foreach (var match in matches)
        {
            var name = gazetteer.SummaryOf(match);
            if (name.LastRegion >= 0)
            {
                int region = gazetteer.RegionKey(name.LastRegion);
                if (region >= 0) context._regions[region] = true;
                context.AddCountry(gazetteer.CountryKey(name.LastRegion));
                context._regionMentions.Add((match.Start, gazetteer.Places[name.LastRegion]));
            }
            else if (name.LastCountry >= 0 && !gazetteer.Places[name.LastCountry].IsAdjective && IsLocative(text, match.Start))
                context.AddCountry(gazetteer.CountryKey(name.LastCountry));
            else if (name.Anchor >= 0)
            {
                ref readonly var anchor = ref gazetteer.Facts[name.Anchor];
                context._anchors.Add(match.Start, anchor.Point, anchor.CosLat);
            }
        }
        return context;
    }

    private void AddCountry(int key)
    {
        _countries[key] = true;
        _anyCountry = true;
    }

    // "in Russia", "eastern Ukraine", "across Belarus" say where; "Russia said" does not.
    private static bool IsLocative(string text, int at) =>
        LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, at - 24), Math.Min(24, at)));

    [GeneratedRegex(@"\b(?:in|inside|into|across|throughout|within|from|to|of|near|over|eastern|western|northern|southern|central|north-eastern|south-eastern|northeastern|southeastern)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocativeBefore();

    /// <summary>This context with more anchors: places already resolved with confidence.</summary>
    public ReportContext WithAnchors(IEnumerable<(int At, GeoPoint Point)> anchors)
    {
        var copy = new ReportContext(_gazetteer, _text, (bool[])_countries.Clone(), (bool[])_regions.Clone()) { _anyCountry = _anyCountry };
        copy._regionMentions.AddRange(_regionMentions);
        copy._anchors.AddRange(_anchors);
        foreach (var (at, point) in anchors)
            if (!copy._anchors.Contains(at, point)) copy._anchors.Add(at, point, point.CosLat());
        return copy;
    }

    /// <summary>How much the report supports reading a name as the entry at <paramref name="place"/> (a score to add to its prior).</summary>
    public double Support(int place, int at)
    {
        double s = 0;
        ref readonly var facts = ref _gazetteer.Facts[place];
        if (facts.RegionKey >= 0 && _regions[facts.RegionKey]) s += 3;
        // Only a country's name or one of its regions says where a report is; "Russian forces" does not.
        if (_anyCountry && !_countries[facts.CountryKey]) s -= 2;
        int band = _anchors.NearestBand(facts.Point, facts.CosLat, at);
        return s + band;
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
