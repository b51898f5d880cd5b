using Frontwatch.Core;
using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

/// <summary>The extraction stages as a user has them after setup: cities500, the repository's gazetteer data and lexicons.</summary>
public sealed class ExtractionFixture
{
    /// <summary>The outlet of every test report unless a test names another.</summary>
    public const string SampleWire = "Sample Wire";

    public ExtractionFixture()
    {
        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data });
        Extractor = ClaimExtractor.Create(gazetteer, TestPaths.Data);
        Claimants = ClaimantLexicon.Load(Path.Combine(TestPaths.Data, "claimants.tsv"));
        Recognizer = new ClaimantRecognizer(Claimants);
        Triggers = TriggerLexicon.Load(Path.Combine(TestPaths.Data, "event-triggers.tsv"));
    }

    public ClaimExtractor Extractor { get; }
    public ClaimantLexicon Claimants { get; }
    public ClaimantRecognizer Recognizer { get; }
    public TriggerLexicon Triggers { get; }

    /// <summary>A report file with a header (outlet, published on Tuesday 2025-03-04) and <paramref name="body"/>.</summary>
    public static Report Report(string body, string outlet = SampleWire) =>
        ReportParser.Parse("t.txt", $"title: t\noutlet: {outlet}\npublished: 2025-03-04\n---\n" + body);

    public IReadOnlyList<Claim> Extract(string body, string outlet = SampleWire) => Extractor.Extract(Report(body, outlet));

    /// <summary>The one claim of <paramref name="kind"/> about <paramref name="place"/> (the gazetteer's name).</summary>
    public Claim Single(string body, ClaimKind kind, string place, string outlet = SampleWire) =>
        Assert.Single(Extract(body, outlet), c => c.Kind == kind && c.Place.Name == place);
}

[CollectionDefinition(Name)]
public sealed class ExtractionCollection : ICollectionFixture<ExtractionFixture>
{
    public const string Name = "extraction";
}
