namespace Frontwatch.Core;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double lat, double lon)
    {
        if (!double.IsFinite(lat) || lat is < -90 or > 90) throw new ArgumentOutOfRangeException(nameof(lat));
        if (!double.IsFinite(lon) || lon is < -180 or > 180) throw new ArgumentOutOfRangeException(nameof(lon));
        Lat = lat;
        Lon = lon;
    }

    public double Lat { get; }
    public double Lon { get; }

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKm(GeoPoint other) => DistanceKm(other, CosLat(), other.CosLat());

    /// <summary>The cosine of the latitude, for <see cref="DistanceKm(GeoPoint, double, double)"/>.</summary>
    public double CosLat() => Math.Cos(ToRad(Lat));

    /// <summary>Great-circle distance in kilometres given both latitudes' <see cref="CosLat"/>, for many distances from the same points.</summary>
    public double DistanceKm(GeoPoint other, double cosLat, double otherCosLat)
    {
        double dLat = ToRad(other.Lat - Lat), dLon = ToRad(other.Lon - Lon);
        double sinLat = Math.Sin(dLat / 2), sinLon = Math.Sin(dLon / 2);
        double a = sinLat * sinLat + cosLat * otherCosLat * sinLon * sinLon;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point reached by going <paramref name="km"/> from here on an initial bearing (degrees clockwise from north).</summary>
    public GeoPoint Offset(double bearingDegrees, double km)
    {
        double d = km / EarthRadiusKm, b = ToRad(bearingDegrees), lat1 = ToRad(Lat), lon1 = ToRad(Lon);
        double lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(d) + Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b));
        double lon2 = lon1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - Math.Sin(lat1) * Math.Sin(lat2));
        double lonDeg = (ToDeg(lon2) + 540) % 360 - 180;
        return new GeoPoint(Math.Round(ToDeg(lat2), 5), Math.Round(lonDeg, 5));
    }

    private static double ToRad(double deg) => deg * Math.PI / 180;
    private static double ToDeg(double rad) => rad * 180 / Math.PI;
}
