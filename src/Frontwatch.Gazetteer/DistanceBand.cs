using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// Which of <see cref="ReportContext.Support"/>'s distance bands (under 30, 100 or 250 km) two
/// points fall in, without the haversine's sines and arcsine unless the points lie within a hair
/// of a band's edge. The band is always the one the haversine
/// (<see cref="GeoPoint.DistanceKm(GeoPoint, double, double)"/>) gives, bit for bit.
/// </summary>
internal static class DistanceBand
{
    private const double EarthRadiusKm = 6371.0088;

    // The haversine's d = 2R·asin(√a) is below T exactly when a is below sin²(T / 2R). The bounds on
    // a below are off by under 1e-4 within 250 km; a margin of 1e-9 covers the rounding of both sides.
    // One field per edge rather than arrays: the JIT reads static readonly doubles as constants.
    private const double Margin = 1e-9;
    private static readonly double Below30 = Haversine(30) * (1 - Margin), Above30 = Haversine(30) * (1 + Margin);
    private static readonly double Below100 = Haversine(100) * (1 - Margin), Above100 = Haversine(100) * (1 + Margin);
    private static readonly double Below250 = Haversine(250) * (1 - Margin), Above250 = Haversine(250) * (1 + Margin);

    // The great-circle distance is never below R times the latitude difference in radians: beyond
    // these many degrees of latitude no point can be under 250, 100 or 30 km away.
    private static readonly double Window250 = Window(250), Window100 = Window(100), Window30 = Window(30);

    /// <summary>3 under 30 km, 2 under 100, 1 under 250, else 0; the cosines are those of the points' latitudes.</summary>
    public static int Of(GeoPoint from, double fromCosLat, GeoPoint to, double toCosLat)
    {
        // The same radians the haversine takes, halved: sin(t) lies in [t − t³/6, t] for 0 ≤ t ≤ 1.
        double x = Math.Abs(ToRad(to.Lat - from.Lat)) / 2, y = Math.Abs(ToRad(to.Lon - from.Lon)) / 2;
        if (x > 1 || y > 1) return Exact(from, fromCosLat, to, toCosLat);
        double cos = fromCosLat * toCosLat;
        double high = x * x + cos * y * y;
        double sx = x - x * x * x / 6, sy = y - y * y * y / 6;
        double low = sx * sx + cos * sy * sy;
        if (high < Below30) return 3;
        if (low < Above30) return Exact(from, fromCosLat, to, toCosLat);
        if (high < Below100) return 2;
        if (low < Above100) return Exact(from, fromCosLat, to, toCosLat);
        if (high < Below250) return 1;
        if (low < Above250) return Exact(from, fromCosLat, to, toCosLat);
        return 0;
    }

    /// <summary>
    /// Whether the haversine puts the points under <paramref name="km"/> apart; the latitude
    /// difference alone, which the great-circle distance is never below, settles most pairs.
    /// </summary>
    public static bool Under(GeoPoint from, GeoPoint to, double km) =>
        Math.Abs(ToRad(to.Lat - from.Lat)) * EarthRadiusKm < km * (1 + Margin) && from.DistanceKm(to) < km;

    /// <summary>How many degrees of latitude away a point can lie and still fall in a band above <paramref name="band"/>.</summary>
    public static double LatitudeWindow(int band) => band switch { 0 => Window250, 1 => Window100, 2 => Window30, _ => 0 };

    /// <summary>The band of a distance in kilometres.</summary>
    public static int OfKm(double km) => km switch { < 30 => 3, < 100 => 2, < 250 => 1, _ => 0 };

    private static int Exact(GeoPoint from, double fromCosLat, GeoPoint to, double toCosLat) =>
        OfKm(from.DistanceKm(to, fromCosLat, toCosLat));

    private static double Window(double km) => km / EarthRadiusKm * 180 / Math.PI * (1 + 1e-6);

    private static double Haversine(double km)
    {
        double s = Math.Sin(km / (2 * EarthRadiusKm));
        return s * s;
    }

    // As GeoPoint converts, so that the bounds hold around the very value the haversine halves.
    private static double ToRad(double deg) => deg * Math.PI / 180;
}
