using System.Runtime.CompilerServices;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// The places a report names unambiguously, each at its offset in the text, and how near the
/// nearest of them lies to a point (<see cref="NearestBand"/>). Held sorted by latitude, so that a
/// query looks only at anchors within the latitude window the best band found so far leaves open.
/// </summary>
internal sealed class AnchorSet
{
    private readonly List<(int At, GeoPoint Point, double CosLat)> _anchors = [];
    // _anchors sorted by latitude, rebuilt on the first query after an Add.
    private (int At, GeoPoint Point, double CosLat)[] _byLatitude = [];
    private double[] _latitudes = [];
    private bool _sorted = true;

    public int Count => _anchors.Count;

    public void Add(int at, GeoPoint point, double cosLat)
    {
        _anchors.Add((at, point, cosLat));
        _sorted = false;
    }

    public void AddRange(AnchorSet other)
    {
        _anchors.AddRange(other._anchors);
        _sorted = false;
    }

    public bool Contains(int at, GeoPoint point) => _anchors.Exists(a => a.At == at && a.Point == point);

    /// <summary>
    /// The <see cref="DistanceBand"/> of the anchor nearest to <paramref name="point"/>, leaving out
    /// anchors at <paramref name="excludedAt"/> (the name being resolved); 0 without anchors.
    /// </summary>
    public int NearestBand(GeoPoint point, double cosLat, int excludedAt)
    {
        if (!_sorted) Sort();
        var latitudes = _latitudes;
        if (latitudes.Length == 0) return 0;
        // From the point's latitude outwards, the nearer in latitude first on either side.
        int up = LowerBound(latitudes, point.Lat), down = up - 1;
        int band = 0;
        double window = DistanceBand.LatitudeWindow(0);
        while (true)
        {
            double upGap = up < latitudes.Length ? latitudes[up] - point.Lat : double.PositiveInfinity;
            double downGap = down >= 0 ? point.Lat - latitudes[down] : double.PositiveInfinity;
            int next;
            if (upGap <= downGap)
            {
                if (!(upGap <= window)) break;
                next = up++;
            }
            else
            {
                if (!(downGap <= window)) break;
                next = down--;
            }
            var (at, anchor, anchorCosLat) = _byLatitude[next];
            if (at == excludedAt) continue;
            int b = DistanceBand.Of(point, cosLat, anchor, anchorCosLat);
            if (b <= band) continue;
            band = b;
            // Nothing nearer can raise the score past the closest band.
            if (band == 3) break;
            window = DistanceBand.LatitudeWindow(band);
        }
        return band;
    }

    private void Sort()
    {
        _byLatitude = [.. _anchors];
        _latitudes = new double[_byLatitude.Length];
        for (int i = 0; i < _byLatitude.Length; i++) _latitudes[i] = _byLatitude[i].Point.Lat;
        Array.Sort(_latitudes, _byLatitude);
        _sorted = true;
    }

    // The first index whose latitude is not below lat.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowerBound(double[] latitudes, double lat)
    {
        int lo = 0, hi = latitudes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (latitudes[mid] < lat) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
