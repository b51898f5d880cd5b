using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Evaluation.Tests;

/// <summary>The gazetteer as a user has it after setup (cities500 plus the repository's data files), loaded once.</summary>
public sealed class GazetteerFixture
{
    public GazetteerFixture()
    {
        Gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data });
        Places = new PlaceEquivalence(Gazetteer);
        Matcher = new ClaimMatcher(Places);
    }

    public PlaceGazetteer Gazetteer { get; }
    public PlaceEquivalence Places { get; }
    public ClaimMatcher Matcher { get; }
}

[CollectionDefinition(Name)]
public sealed class GazetteerCollection : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}
