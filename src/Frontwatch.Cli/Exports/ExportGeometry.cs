using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// Geometry as the exports write it: coordinates rounded to 6 decimals (about 10 cm, far finer than any
/// assessment), polygons kept valid through the rounding, and rings wound by RFC 7946's right-hand rule (exterior
/// counter-clockwise, holes clockwise), which KML 2.2 also asks of outer boundaries.
/// </summary>
internal static class ExportGeometry
{
    public const int Decimals = 6;

    private static readonly PrecisionModel Rounded = new(Math.Pow(10, Decimals));

    public static double Round(double degrees) => Math.Round(degrees, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>A polygon or multipolygon rounded, made valid and wound counter-clockwise outside, clockwise inside.</summary>
    public static Geometry Area(Geometry area)
    {
        var reduced = GeometryPrecisionReducer.Reduce(area, Rounded);
        var factory = area.Factory;
        var polygons = new List<Polygon>();
        for (int i = 0; i < reduced.NumGeometries; i++)
            if (reduced.GetGeometryN(i) is Polygon p && !p.IsEmpty) polygons.Add(Wind(p, factory));
        return polygons.Count == 1 ? polygons[0] : factory.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>Lines with their coordinates rounded; a segment the rounding collapses is dropped.</summary>
    public static MultiLineString Line(Geometry line)
    {
        var reduced = GeometryPrecisionReducer.ReducePointwise(line, Rounded);
        var lines = new List<LineString>();
        for (int i = 0; i < reduced.NumGeometries; i++)
            if (reduced.GetGeometryN(i) is LineString l && !l.IsEmpty && l.NumPoints >= 2)
                lines.Add(line.Factory.CreateLineString(l.Coordinates));
        return line.Factory.CreateMultiLineString([.. lines]);
    }

    private static Polygon Wind(Polygon p, GeometryFactory factory)
    {
        var shell = Orientation.IsCCW(p.Shell.CoordinateSequence) ? p.Shell : (LinearRing)p.Shell.Reverse();
        var holes = p.Holes.Select(h => Orientation.IsCCW(h.CoordinateSequence) ? (LinearRing)h.Reverse() : h).ToArray();
        return factory.CreatePolygon(factory.CreateLinearRing(shell.Coordinates), [.. holes.Select(h => factory.CreateLinearRing(h.Coordinates))]);
    }
}
