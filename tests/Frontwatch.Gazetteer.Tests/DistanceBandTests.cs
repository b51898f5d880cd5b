using Frontwatch.Core;

namespace Frontwatch.Gazetteer.Tests;

public sealed class DistanceBandTests
{
    private static readonly double[] Edges = [3, 30, 100, 250];

    // Pairs at the band edges to within a micrometre either side, and pairs anywhere in and around Ukraine.
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_band_is_the_one_the_haversine_gives_even_at_the_edges(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 20_000; i++)
        {
            var (from, to) = Pair(random);
            Assert.Equal(DistanceBand.OfKm(from.DistanceKm(to)), DistanceBand.Of(from, from.CosLat(), to, to.CosLat()));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Under_agrees_with_the_haversine(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 20_000; i++)
        {
            var (from, to) = Pair(random);
            foreach (double km in Edges) Assert.Equal(from.DistanceKm(to) < km, DistanceBand.Under(from, to, km));
        }
    }

    [Fact]
    public void Points_beyond_the_latitude_window_of_a_band_are_not_in_any_higher_band()
    {
        var from = new GeoPoint(48.5, 37.9);
        for (int band = 0; band < 3; band++)
        {
            double window = DistanceBand.LatitudeWindow(band);
            foreach (double lon in new[] { 37.9, 36, 40 })
            {
                Assert.True(DistanceBand.Of(from, from.CosLat(), new GeoPoint(48.5 + window, lon), new GeoPoint(48.5 + window, lon).CosLat()) <= band);
                Assert.True(DistanceBand.Of(from, from.CosLat(), new GeoPoint(48.5 - window, lon), new GeoPoint(48.5 - window, lon).CosLat()) <= band);
            }
        }
    }

    internal static (GeoPoint From, GeoPoint To) Pair(Random random)
    {
        var from = new GeoPoint(44 + random.NextDouble() * 12, 22 + random.NextDouble() * 20);
        if (random.Next(3) == 0) return (from, new GeoPoint(40 + random.NextDouble() * 20, 18 + random.NextDouble() * 30));
        double km = Edges[random.Next(Edges.Length)] + (random.NextDouble() - 0.5) * Math.Pow(10, -random.Next(10));
        var to = from.Offset(random.NextDouble() * 360, km);
        return (from, to);
    }
}
