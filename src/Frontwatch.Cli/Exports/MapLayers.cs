using Frontwatch.Assessment;
using NetTopologySuite.Geometries;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// What the map exports draw from a series of control maps: places, control areas and lines, each with the day it
/// shows. In a history each thing appears once for the run of days it stays the same — a place once per assessed
/// state, the areas and the line once per change of holders — from <c>Date</c> until the day it changes
/// (<c>Until</c>, exclusive; none for what still holds on the last day), so the file holds every day without
/// repeating what did not change.
/// </summary>
internal sealed class MapLayers
{
    /// <summary>A place's state shown from <see cref="Date"/> until <see cref="Until"/>.</summary>
    public sealed record Place(AssessedPlace Assessed, DateOnly Date, DateOnly? Until);

    /// <summary>A holder's area, rounded and wound for export.</summary>
    public sealed record Area(Holder Holder, Geometry Geometry, DateOnly Date, DateOnly? Until);

    /// <summary>The line between the RU and UA areas, rounded for export.</summary>
    public sealed record Line(MultiLineString Geometry, DateOnly Date, DateOnly? Until);

    public List<Place> Places { get; } = [];

    public List<Area> Areas { get; } = [];

    public List<Line> Lines { get; } = [];

    /// <summary>
    /// The layers of <paramref name="maps"/> (in date order): every map drawn in full when <paramref name="history"/>
    /// is false, else each place state, area and line once for the run of maps that share it.
    /// </summary>
    public static MapLayers From(IReadOnlyList<ControlMap> maps, bool history)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var layers = new MapLayers();
        if (!history)
        {
            foreach (var map in maps)
            {
                layers.Places.AddRange(map.Places.Select(p => new Place(p, map.Date, null)));
                layers.Draw(map);
            }
            return layers;
        }
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        ControlMap? previous = null;
        int areasFrom = 0, linesFrom = 0;
        foreach (var map in maps)
        {
            if (previous is not null && map.Date <= previous.Date)
                throw new ArgumentException($"maps out of date order: {AssessCommand.Day(map.Date)} after {AssessCommand.Day(previous.Date)}", nameof(maps));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in map.Places)
            {
                seen.Add(p.Timeline.PlaceKey);
                if (open.TryGetValue(p.Timeline.PlaceKey, out int at))
                {
                    if (ReferenceEquals(layers.Places[at].Assessed.State, p.State)) continue;
                    layers.Places[at] = layers.Places[at] with { Until = map.Date };
                }
                open[p.Timeline.PlaceKey] = layers.Places.Count;
                layers.Places.Add(new Place(p, map.Date, null));
            }
            foreach (var key in open.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                layers.Places[open[key]] = layers.Places[open[key]] with { Until = map.Date };
                open.Remove(key);
            }
            if (previous is null || !SameDrawing(previous, map))
            {
                Close(layers.Areas, areasFrom, map.Date, (a, d) => a with { Until = d });
                Close(layers.Lines, linesFrom, map.Date, (l, d) => l with { Until = d });
                (areasFrom, linesFrom) = (layers.Areas.Count, layers.Lines.Count);
                layers.Draw(map);
            }
            previous = map;
        }
        return layers;
    }

    private void Draw(ControlMap map)
    {
        foreach (var area in map.Areas)
        {
            var geometry = ExportGeometry.Area(area.Geometry);
            if (!geometry.IsEmpty) Areas.Add(new Area(area.Holder, geometry, map.Date, null));
        }
        var line = ExportGeometry.Line(map.Line);
        if (!line.IsEmpty) Lines.Add(new Line(line, map.Date, null));
    }

    private static void Close<T>(List<T> items, int from, DateOnly until, Func<T, DateOnly, T> close)
    {
        for (int i = from; i < items.Count; i++) items[i] = close(items[i], until);
    }

    // Two maps draw the same areas and line: ControlMap.History hands the same objects on when holders stay; maps
    // built separately are compared by geometry.
    private static bool SameDrawing(ControlMap a, ControlMap b)
    {
        if (ReferenceEquals(a.Areas, b.Areas) && ReferenceEquals(a.Line, b.Line)) return true;
        if (a.Areas.Count != b.Areas.Count || !a.Line.EqualsExact(b.Line)) return false;
        for (int i = 0; i < a.Areas.Count; i++)
            if (a.Areas[i].Holder != b.Areas[i].Holder || !a.Areas[i].Geometry.EqualsExact(b.Areas[i].Geometry)) return false;
        return true;
    }
}
