using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace Frontwatch.Assessment;

/// <summary>An assessed place on a day, with where it is.</summary>
public sealed record AssessedPlace(PlaceTimeline Timeline, PlaceState State, double Lon, double Lat)
{
    public string Name => Timeline.Place.Name;
}

/// <summary>The estimated area one holder controls on a day (a polygon or multipolygon in lon/lat).</summary>
public sealed record ControlArea(Holder Holder, Geometry Geometry);

/// <summary>
/// The assessed picture on a day: the places with their holders, the estimated areas of control and the line
/// between the RU and UA areas (empty when either side has no area).
/// </summary>
public sealed record ControlMap(DateOnly Date, IReadOnlyList<AssessedPlace> Places, IReadOnlyList<ControlArea> Areas, Geometry Line)
{
    /// <summary>
    /// Builds the map for <paramref name="date"/>: every place with a location and a state on that day; areas are
    /// the Voronoi cells of the places held by a side or contested, clipped to <paramref name="land"/> and
    /// dissolved by holder; the line is where the RU area meets the UA area. Cells of places with unknown holders
    /// are left out, so the areas stop where the claims stop instead of painting the whole country.
    /// </summary>
    public static ControlMap Build(DateOnly date, IEnumerable<PlaceTimeline> timelines, Land land)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(land);
        var places = PlacesOn(date, timelines);
        var (areas, line) = Draw(Held(places, land), land);
        return new ControlMap(date, places, areas, line);
    }

    /// <summary>
    /// The maps of every day on which some place's state begins, in date order. A day whose held places and their
    /// holders are those of the day before keeps that day's areas and line (the same objects), since they would come
    /// out the same: only the places' confidences changed.
    /// </summary>
    public static IReadOnlyList<ControlMap> History(IReadOnlyCollection<PlaceTimeline> timelines, Land land)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(land);
        var maps = new List<ControlMap>();
        List<AssessedPlace>? previousHeld = null;
        foreach (var date in timelines.SelectMany(t => t.States.Select(s => s.From)).Distinct().Order())
        {
            var places = PlacesOn(date, timelines);
            var held = Held(places, land);
            if (previousHeld is not null && SameHolders(previousHeld, held))
                maps.Add(new ControlMap(date, places, maps[^1].Areas, maps[^1].Line));
            else
            {
                var (areas, line) = Draw(held, land);
                maps.Add(new ControlMap(date, places, areas, line));
            }
            previousHeld = held;
        }
        return maps;
    }

    private static List<AssessedPlace> PlacesOn(DateOnly date, IEnumerable<PlaceTimeline> timelines)
    {
        var places = new List<AssessedPlace>();
        foreach (var t in timelines)
            if (t.Place.Point is { } p && t.At(date) is { } state)
                places.Add(new AssessedPlace(t, state, p.Lon, p.Lat));
        return places;
    }

    // The places whose cells make the areas: held by a side or contested, and on the land.
    private static List<AssessedPlace> Held(List<AssessedPlace> places, Land land) =>
        places.Where(p => p.State.Holder != Holder.Unknown && land.Covers(p.Lon, p.Lat)).ToList();

    private static bool SameHolders(List<AssessedPlace> a, List<AssessedPlace> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Lon == p.Second.Lon && p.First.Lat == p.Second.Lat && p.First.State.Holder == p.Second.State.Holder);

    private static (List<ControlArea> Areas, Geometry Line) Draw(List<AssessedPlace> held, Land land)
    {
        var factory = land.Geometry.Factory;
        var areas = new List<ControlArea>();
        if (held.Count > 0)
        {
            var cells = Cells(held, land, factory);
            foreach (var group in cells.GroupBy(c => c.Holder).OrderBy(g => g.Key))
            {
                var union = OverlayNGRobust.Union(group.Select(c => c.Cell).ToList());
                if (!union.IsEmpty) areas.Add(new ControlArea(group.Key, Polygonal(union, factory)));
            }
        }
        var ru = areas.Find(a => a.Holder == Holder.RU)?.Geometry;
        var ua = areas.Find(a => a.Holder == Holder.UA)?.Geometry;
        Geometry line = ru is null || ua is null ? factory.CreateMultiLineString() : Lines(OverlayNGRobust.Overlay(ru.Boundary, ua.Boundary, SpatialFunction.Intersection), factory);
        return (areas, line);
    }

    // Each held place's Voronoi cell within the land; two places at one point share the first one's cell.
    private static List<(Holder Holder, Geometry Cell)> Cells(List<AssessedPlace> held, Land land, GeometryFactory factory)
    {
        var byPoint = new Dictionary<Coordinate, Holder>();
        foreach (var p in held) byPoint.TryAdd(new Coordinate(p.Lon, p.Lat), p.State.Holder);
        var result = new List<(Holder, Geometry)>();
        if (byPoint.Count == 1)
        {
            result.Add((byPoint.First().Value, land.Geometry));
            return result;
        }
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(byPoint.Keys.ToList());
        builder.ClipEnvelope = land.Geometry.EnvelopeInternal;
        var diagram = builder.GetDiagram(factory);
        for (int i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            if (cell.UserData is not Coordinate site || !byPoint.TryGetValue(site, out var holder)) continue;
            var clipped = land.Clip(cell);
            if (!clipped.IsEmpty) result.Add((holder, clipped));
        }
        return result;
    }

    // Only the polygons of a geometry (an intersection may leave slivers of lines and points), as one geometry.
    private static Geometry Polygonal(Geometry g, GeometryFactory factory)
    {
        var polygons = new List<Polygon>();
        for (int i = 0; i < g.NumGeometries; i++)
            if (g.GetGeometryN(i) is Polygon p && !p.IsEmpty) polygons.Add(p);
        return polygons.Count == 1 ? polygons[0] : factory.CreateMultiPolygon([.. polygons]);
    }

    private static Geometry Lines(Geometry g, GeometryFactory factory)
    {
        var lines = new List<LineString>();
        for (int i = 0; i < g.NumGeometries; i++)
            if (g.GetGeometryN(i) is LineString l && !l.IsEmpty) lines.Add(l);
        var merger = new NetTopologySuite.Operation.Linemerge.LineMerger();
        foreach (var l in lines) merger.Add(l);
        return factory.CreateMultiLineString([.. merger.GetMergedLineStrings().Cast<LineString>()]);
    }
}
