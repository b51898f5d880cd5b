namespace Frontwatch.Gazetteer;

/// <summary>
/// Every place Frontwatch can name: GeoNames settlements (cities500, country dumps, the curated
/// supplement, user files), admin regions and countries, with one index over all their names.
/// </summary>
public sealed class PlaceGazetteer
{
    private readonly Dictionary<(string Country, string Admin1), Place> _regions = [];

    private readonly NameSummary[] _nameSummaries;
    private readonly Place?[] _regionOfPlace;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwordsBySpan;

    private PlaceGazetteer(List<Place> places, HashSet<string> stopwords)
    {
        Places = places;
        Stopwords = stopwords;
        _stopwordsBySpan = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        Index = new NameIndex();
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (place.Kind == PlaceKind.Region && place.Admin1 is not null) _regions[(place.Country, place.Admin1)] = place;
            for (int n = 0; n < place.Names.Count; n++)
                Index.Add(place.Names[n], i, primary: n < place.PrimaryNameCount || place.Kind != PlaceKind.Settlement);
        }
        Index.Seal();
        // Prior's terms of size and seat, the latitude's cosine and keys for the country and region, once per entry.
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<(string, string), int>();
        Facts = new PlaceFacts[places.Count];
        for (int i = 0; i < places.Count; i++)
        {
            var p = places[i];
            Facts[i] = new PlaceFacts(p.Point, p.Point.CosLat(), PlaceRecognizer.SizePrior(p), PlaceRecognizer.SeatPrior(p),
                KeyOf(countries, p.Country), p.Admin1 is null ? -1 : KeyOf(regions, (p.Country, p.Admin1)), p.Names.Count, p.Kind);
        }
        CountryKeyCount = countries.Count;
        RegionKeyCount = regions.Count;
        // A resolved mention names its settlement's region; looking it up by two strings each time cost more than the rest of the mention.
        _regionOfPlace = new Place?[places.Count];
        for (int i = 0; i < places.Count; i++) _regionOfPlace[i] = RegionOf(places[i]);
        _nameSummaries = new NameSummary[Index.NameCount];
        for (int n = 0; n < _nameSummaries.Length; n++) _nameSummaries[n] = NameSummary.Of(this, Index.CandidatesOf(n).Span);
    }

    /// <summary>What the match's name may denote; worked out afresh for a match that does not say which name it is.</summary>
    internal NameSummary SummaryOf(NameMatch match) =>
        match.Name >= 0 ? _nameSummaries[match.Name] : NameSummary.Of(this, match.Candidates.Span);

    private static int KeyOf<T>(Dictionary<T, int> keys, T value) where T : notnull
    {
        if (!keys.TryGetValue(value, out int key)) keys[value] = key = keys.Count;
        return key;
    }

    /// <summary>Per entry, what disambiguation reads of it; indexed as <see cref="Places"/>.</summary>
    internal PlaceFacts[] Facts { get; }

    /// <summary>How many country keys there are: every <see cref="CountryKey"/> lies below it.</summary>
    internal int CountryKeyCount { get; }

    /// <summary>How many region keys there are: every <see cref="RegionKey"/> lies below it.</summary>
    internal int RegionKeyCount { get; }

    /// <summary>The cosine of the entry's latitude, as <see cref="Frontwatch.Core.GeoPoint.CosLat"/> gives it.</summary>
    internal double CosLat(int place) => Facts[place].CosLat;

    /// <summary>A number standing for the entry's country: equal for two entries exactly when their countries are.</summary>
    internal int CountryKey(int place) => Facts[place].CountryKey;

    /// <summary>A number standing for the entry's (country, admin1), -1 without admin1: equal for two entries exactly when both are.</summary>
    internal int RegionKey(int place) => Facts[place].RegionKey;

    /// <summary>How likely the entry at <paramref name="place"/> is before any context: main name over alternate, size, seat of government.</summary>
    internal double Prior(int place, bool primary) => (primary ? 1.0 : 0) + Facts[place].SizePrior + Facts[place].SeatPrior;

    /// <summary>All entries; a <see cref="NameCandidate.Place"/> indexes into this list.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>The name index over every entry.</summary>
    public NameIndex Index { get; }

    /// <summary>Folded words that are ordinary words or people's names far more often than places.</summary>
    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>Whether <paramref name="folded"/>, a folded name, is one of <see cref="Stopwords"/>.</summary>
    internal bool IsStopword(ReadOnlySpan<char> folded) => _stopwordsBySpan.Contains(folded);

    /// <summary>Settlement count per country.</summary>
    public IReadOnlyDictionary<string, int> SettlementsByCountry =>
        Places.Where(p => p.Kind == PlaceKind.Settlement).GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The admin region a settlement lies in, when the regions file knows it.</summary>
    public Place? RegionOf(Place place) =>
        place.Admin1 is not null && _regions.TryGetValue((place.Country, place.Admin1), out var r) ? r : null;

    /// <summary>The admin region the entry at <paramref name="place"/> lies in, as <see cref="RegionOf(Place)"/> gives it.</summary>
    internal Place? RegionOf(int place) => _regionOfPlace[place];

    /// <summary>Loads every source the options name; a missing or broken file is a <see cref="GazetteerError"/>.</summary>
    public static PlaceGazetteer Load(GazetteerOptions options)
    {
        var files = new List<string>();
        if (options.Cities500 is not null) files.Add(options.Cities500);
        string supplement = Path.Combine(options.DataDirectory, "gazetteer-supplement.tsv");
        if (File.Exists(supplement)) files.Add(supplement);
        files.AddRange(options.ExtraFiles);

        string? cachePath = options.CacheDirectory is null
            ? null
            : Path.Combine(options.CacheDirectory, $"geonames-{GazetteerCache.KeyFor(files, options.Countries)}.bin");
        var places = cachePath is null ? null : GazetteerCache.TryRead(cachePath);
        if (places is null)
        {
            places = ReadSettlements(options.Cities500, files.Skip(options.Cities500 is null ? 0 : 1), options.Countries);
            if (cachePath is not null) GazetteerCache.Write(cachePath, places);
        }
        places.AddRange(RegionFileReader.ReadRegions(Path.Combine(options.DataDirectory, "regions.tsv")));
        places.AddRange(RegionFileReader.ReadCountries(Path.Combine(options.DataDirectory, "countries.tsv")));
        return new PlaceGazetteer(places, ReadStopwords(Path.Combine(options.DataDirectory, "place-stopwords.txt")));
    }

    // cities500 first, then each further file in order: a later row with the same id replaces the
    // earlier one and keeps its alternate names.
    private static List<Place> ReadSettlements(string? cities500, IEnumerable<string> files, IReadOnlySet<string> countries)
    {
        var byId = new Dictionary<int, Place>();
        var order = new List<int>();
        var cities500Ids = new HashSet<int>();
        if (cities500 is not null)
            foreach (var p in GeoNamesReader.Read(cities500, countries))
            {
                if (byId.TryAdd(p.GeoNameId!.Value, p)) order.Add(p.GeoNameId.Value);
                cities500Ids.Add(p.GeoNameId.Value);
            }
        foreach (var file in files)
        {
            var rows = GeoNamesReader.Read(file, countries);
            foreach (var p in rows)
            {
                int id = p.GeoNameId!.Value;
                if (byId.TryGetValue(id, out var old)) byId[id] = p with { Names = [.. p.Names.Union(old.Names)] };
                else { byId[id] = p; order.Add(id); }
            }
            DropDeletedRows(byId, cities500Ids, rows);
        }
        return [.. order.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    // A file holding at least as many rows of a country as cities500 does is that country's full
    // dump, which is newer: a cities500 row it lacks was deleted by GeoNames (e.g. 703646 Kurakhovo,
    // a duplicate of Kurakhove 695357) and would otherwise compete with the live row.
    private static void DropDeletedRows(Dictionary<int, Place> byId, HashSet<int> cities500Ids, List<Place> rows)
    {
        foreach (var country in rows.GroupBy(r => r.Country))
        {
            var inFile = country.Select(r => r.GeoNameId!.Value).ToHashSet();
            var ofCountry = cities500Ids.Where(id => byId.TryGetValue(id, out var p) && p.Country == country.Key).ToList();
            if (inFile.Count < ofCountry.Count) continue;
            foreach (var id in ofCountry)
                if (!inFile.Contains(id)) byId.Remove(id);
        }
    }

    private static HashSet<string> ReadStopwords(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return words;
        foreach (var line in File.ReadLines(path))
        {
            var w = line.Trim();
            if (w.Length == 0 || w[0] == '#') continue;
            if (NameFolding.Fold(w) is { } folded) words.Add(folded);
        }
        return words;
    }
}
