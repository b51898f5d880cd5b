using Frontwatch.Tests;

namespace Frontwatch.Gazetteer.Tests;

/// <summary>The gazetteer as a user has it after setup: cities500 plus the repository's data files.</summary>
public sealed class GazetteerFixture
{
    public GazetteerFixture()
    {
        Gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data });
        Recognizer = new PlaceRecognizer(Gazetteer);
    }

    public PlaceGazetteer Gazetteer { get; }
    public PlaceRecognizer Recognizer { get; }
}

[CollectionDefinition(Name)]
public sealed class GazetteerCollection : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}
