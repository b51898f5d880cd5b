namespace Frontwatch.Gazetteer.Tests;

public sealed class EdgeTableTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 7)]
    [InlineData(4, 5000)]
    public void Every_edge_is_found_with_its_child_and_no_other_key_is(int seed, int count)
    {
        var random = new Random(seed);
        var edges = new Dictionary<ulong, (int Child, int Name, bool HasChildren)>();
        while (edges.Count < count)
        {
            // Keys alike in their high or low bits land in the same slots and must probe past each other.
            ulong key = random.Next(3) switch
            {
                0 => (ulong)random.Next(64),
                1 => (ulong)random.Next(64) << 58,
                _ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 32),
            };
            edges.TryAdd(key, (edges.Count + 1, random.Next(3) - 1, random.Next(2) == 0));
        }
        var table = new EdgeTable([.. edges.Select(e => (e.Key, e.Value.Child, e.Value.Name, e.Value.HasChildren))]);

        foreach (var (key, (child, name, hasChildren)) in edges)
        {
            Assert.True(table.TryGet(key, out int c, out int n, out bool h));
            Assert.Equal((child, name, hasChildren), (c, n, h));
        }
        for (int i = 0; i < 5000; i++)
        {
            ulong key = i < 200 ? (ulong)i : i < 400 ? (ulong)(i - 200) << 56 : (ulong)random.NextInt64();
            if (edges.ContainsKey(key)) continue;
            Assert.False(table.TryGet(key, out int child, out int name, out _));
            Assert.Equal((0, -1), (child, name));
        }
    }

    [Fact]
    public void A_key_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new EdgeTable([(5UL, 1, -1, false), (5UL, 2, 0, true)]));

    [Fact]
    public void The_root_is_never_a_child() =>
        Assert.Throws<ArgumentException>(() => new EdgeTable([(5UL, 0, -1, false)]));
}
