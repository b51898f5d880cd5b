using Frontwatch.Gazetteer;

namespace Frontwatch.Bench;

/// <summary>
/// The place names a generated report draws from: Ukrainian and Russian settlements (all of them,
/// and the towns of 20,000 or more that wires name most) and their regions, each spelt as the
/// gazetteer's main name and kept only when the index finds it whole.
/// </summary>
internal sealed class PlaceNamePool
{
    private const long NotablePopulation = 20_000;
    private static readonly HashSet<string> Theatre = new(["UA", "RU"], StringComparer.Ordinal);

    private readonly string[] _regions;
    private readonly string[] _notable;
    private readonly string[] _ukrainian;
    private readonly string[] _russian;

    private PlaceNamePool(string[] regions, string[] notable, string[] ukrainian, string[] russian)
    {
        _regions = regions;
        _notable = notable;
        _ukrainian = ukrainian;
        _russian = russian;
    }

    public int RegionCount => _regions.Length;

    public int SettlementCount => _ukrainian.Length + _russian.Length;

    public static PlaceNamePool From(PlaceGazetteer gazetteer)
    {
        var matches = new List<NameMatch>();
        bool IndexedWhole(string name)
        {
            matches.Clear();
            gazetteer.Index.Scan(name, matches);
            return matches.Count == 1 && matches[0].Start == 0 && matches[0].End == name.Length;
        }

        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var notable = new List<string>();
        var ukrainian = new List<string>();
        var russian = new List<string>();
        foreach (var place in gazetteer.Places)
        {
            if (!Theatre.Contains(place.Country)) continue;
            if (place.Kind == PlaceKind.Region)
            {
                foreach (var name in place.Names)
                    if (IsWireSpelling(name) && IndexedWhole(name)) regions.Add(name);
            }
            else if (place.Kind == PlaceKind.Settlement && IsWireSpelling(place.Name) && IndexedWhole(place.Name))
            {
                (place.Country == "UA" ? ukrainian : russian).Add(place.Name);
                if (place.Population >= NotablePopulation) notable.Add(place.Name);
            }
        }
        return new PlaceNamePool([.. regions], [.. notable], [.. ukrainian], [.. russian]);
    }

    /// <summary>A settlement name: mostly villages of the front, then the towns wires name most, then Russian places.</summary>
    public string Settlement(Random random) => random.Next(100) switch
    {
        < 30 => Pick(random, _notable),
        < 80 => Pick(random, _ukrainian),
        _ => Pick(random, _russian),
    };

    public string Region(Random random) => Pick(random, _regions);

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];

    // Latin letters as an English wire spells them: no Cyrillic, no diacritics, a capital first.
    private static bool IsWireSpelling(string name) =>
        name.Length > 2 && char.IsAsciiLetterUpper(name[0])
        && name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '\'');
}
