using Frontwatch.Core;

namespace Frontwatch.Gazetteer.Tests;

public sealed class AnchorSetTests
{
    [Fact]
    public void An_empty_set_gives_no_band()
    {
        var point = new GeoPoint(48.5, 37.9);
        Assert.Equal(0, new AnchorSet().NearestBand(point, point.CosLat(), 0));
    }

    [Fact]
    public void The_anchor_at_the_name_itself_does_not_count()
    {
        var point = new GeoPoint(48.5, 37.9);
        var anchors = new AnchorSet();
        anchors.Add(10, point, point.CosLat());
        anchors.Add(50, new GeoPoint(49.2, 37.9), new GeoPoint(49.2, 37.9).CosLat());
        Assert.Equal(2, anchors.NearestBand(point, point.CosLat(), 10));
        Assert.Equal(3, anchors.NearestBand(point, point.CosLat(), 50));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_band_is_the_best_over_every_anchor_as_a_plain_loop_finds_it(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            var anchors = new AnchorSet();
            var plain = new List<(int At, GeoPoint Point)>();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
            {
                // Some anchors share a latitude or an offset, as a report's repeated names do.
                var point = i > 0 && random.Next(5) == 0 ? plain[random.Next(i)].Point : new GeoPoint(44 + random.NextDouble() * 8, 22 + random.NextDouble() * 18);
                int at = random.Next(5) == 0 && i > 0 ? plain[random.Next(i)].At : random.Next(10_000);
                anchors.Add(at, point, point.CosLat());
                plain.Add((at, point));
                if (random.Next(4) == 0) AssertSame(anchors, plain, random);
            }
            AssertSame(anchors, plain, random);
        }
    }

    private static void AssertSame(AnchorSet anchors, List<(int At, GeoPoint Point)> plain, Random random)
    {
        for (int q = 0; q < 20; q++)
        {
            var point = plain.Count > 0 && random.Next(2) == 0
                ? DistanceBandTests.Pair(random).To is var p && random.Next(2) == 0 ? p : plain[random.Next(plain.Count)].Point.Offset(random.NextDouble() * 360, random.NextDouble() * 300)
                : new GeoPoint(44 + random.NextDouble() * 8, 22 + random.NextDouble() * 18);
            int excluded = plain.Count > 0 && random.Next(2) == 0 ? plain[random.Next(plain.Count)].At : -1;
            double nearest = double.PositiveInfinity;
            foreach (var (at, anchor) in plain)
                if (at != excluded) nearest = Math.Min(nearest, point.DistanceKm(anchor));
            Assert.Equal(DistanceBand.OfKm(nearest), anchors.NearestBand(point, point.CosLat(), excluded));
        }
    }
}
