using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Assessment.Tests;

/// <summary>
/// Reports written for a test, extracted as the CLI extracts them, and turned into assessment evidence: each
/// report its own syndication cluster unless the test says otherwise, reliability from the claimant lexicon.
/// </summary>
public sealed class ScenarioFixture
{
    public ScenarioFixture()
    {
        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data });
        Extractor = ClaimExtractor.Create(gazetteer, TestPaths.Data);
        Claimants = ClaimantLexicon.Load(Path.Combine(TestPaths.Data, "claimants.tsv"));
    }

    public ClaimExtractor Extractor { get; }

    public ClaimantLexicon Claimants { get; }
}

[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ScenarioFixture>
{
    public const string Name = "scenario";
}

/// <summary>A growing set of reports and their claims as evidence.</summary>
public sealed class Scenario(ScenarioFixture fixture)
{
    private readonly List<Evidence> _evidence = [];
    private long _nextId;
    private long _nextCluster;

    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>Adds a report published on <paramref name="published"/> (yyyy-mm-dd) by <paramref name="outlet"/>; returns its claims.</summary>
    public IReadOnlyList<Claim> Report(string published, string body, string outlet = "Sample Wire", long? cluster = null)
    {
        var report = ReportParser.Parse("t.txt", $"title: t\noutlet: {outlet}\npublished: {published}\n---\n" + body);
        return Add(report, cluster ?? _nextCluster++);
    }

    /// <summary>Adds a report file (header and body, as `ingest` reads it) as its own cluster; returns its claims.</summary>
    public IReadOnlyList<Claim> File(string path)
    {
        return Add(ReportParser.Parse(path, System.IO.File.ReadAllText(path)), _nextCluster++);
    }

    private IReadOnlyList<Claim> Add(Report report, long cluster)
    {
        var claims = fixture.Extractor.Extract(report);
        foreach (var claim in claims)
            _evidence.Add(new Evidence(_nextId++, claim, cluster, claim.Date ?? report.Published!.Value, fixture.Claimants.Find(claim.Claimant.Name)?.Reliability ?? 'F'));
        return claims;
    }

    /// <summary>A fresh cluster id, for copies of one story.</summary>
    public long NewCluster() => _nextCluster++;

    public PlaceTimeline Timeline(string place)
    {
        var timelines = ControlAssessor.Timelines(_evidence);
        return Assert.Single(timelines, t => t.Place.Name == place);
    }

    public PlaceState On(string place, string date) =>
        Timeline(place).At(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)) ?? throw new InvalidOperationException($"no state for {place} on {date}");

    public Grade GradeOf(Func<Evidence, bool> which)
    {
        var grades = ClaimGrader.GradeAll(_evidence);
        return grades[Assert.Single(_evidence, e => which(e)).Id];
    }
}
