using Frontwatch.Assessment;
using Frontwatch.Cli.Exports;
using Frontwatch.Core;
using Frontwatch.Store;
using Frontwatch.Tests;

namespace Frontwatch.Cli.Tests;

/// <summary>
/// Claims written for the export tests, built by hand so that every field is known (and some are hostile): Russian
/// and Ukrainian control claims in Donetsk oblast over two weeks, Kotlyne changing hands, strikes and casualties,
/// and the land of the bundled Natural Earth boundaries.
/// </summary>
public sealed class ExportFixture
{
    /// <summary>A place name and claimant name no export may let act as markup, CDATA or a formula.</summary>
    public const string HostilePlace = "<b>&\"x\"</b>";
    public const string HostileClaimant = "]]><script>alert(1)</script>";
    public const string HostileEvidence = "Fighting goes on, the group said: \"they're <i>everywhere</i>\",\nand more; ]]> & <!-- -->.";

    private readonly List<Evidence> _evidence = [];
    private readonly Dictionary<long, StoredClaim> _stored = [];

    public ExportFixture()
    {
        var ministry = new Claimant("Russian Ministry of Defence", Side.Russia, ClaimantType.Military);
        var staff = new Claimant("General Staff of the Armed Forces of Ukraine", Side.Ukraine, ClaimantType.Military);
        var isw = new Claimant("Institute for the Study of War", Side.None, ClaimantType.Analyst);
        var governor = new Claimant("Governor of Donetsk Oblast", Side.Ukraine, ClaimantType.Official);
        var hostile = new Claimant(HostileClaimant, Side.Ukraine, ClaimantType.Monitor);

        Add("2025-03-03", Control(ministry, Toretsk, Side.Russia, "Russian forces captured Toretsk, the ministry said."));
        Add("2025-03-04", Control(isw, Toretsk, Side.Russia, "Russian troops have taken control of Toretsk, ISW said."));
        Add("2025-03-03", Control(staff, Kramatorsk, Side.Ukraine, "Ukrainian troops hold Kramatorsk, the General Staff said."));
        Add("2025-03-05", Control(staff, Kotlyne, Side.Ukraine, "Ukrainian forces liberated Kotlyne, the General Staff said."));
        Add("2025-03-10", Control(ministry, Kotlyne, Side.Russia, "Russian forces captured Kotlyne, the ministry said."));
        Add("2025-03-11", Control(isw, Kotlyne, Side.Russia, "Kotlyne is under Russian control, ISW said."));
        Add("2025-03-06", new Claim(ClaimKind.Fighting, hostile, Hostile, Side.Russia, Modality.Asserted, HostileEvidence) { Outcome = Outcome.Repelled });
        Add("2025-03-06", Control(staff, Hostile, Side.Ukraine, "Ukrainian units hold the village, the General Staff said."));
        Add("2025-03-07", new Claim(ClaimKind.Strike, governor, Kramatorsk, Side.Russia, Modality.Asserted, "A Russian drone hit Kramatorsk, killing two people."));
        Add("2025-03-07", new Claim(ClaimKind.Casualties, governor, Kramatorsk, Side.Ukraine, Modality.Asserted, "A Russian drone hit Kramatorsk, killing two people.") { Count = CountRange.Exactly(2) });
        Add("2025-03-08", new Claim(ClaimKind.Casualties, governor, Kramatorsk, Side.Ukraine, Modality.Asserted, "Missiles hit Kramatorsk, killing one man and wounding seven people.") { Count = CountRange.Exactly(8) });
        Add("2025-03-08", new Claim(ClaimKind.Strike, ministry, Kramatorsk, Side.Ukraine, Modality.Asserted, "Air defences shot down two Ukrainian rockets over the area.") { Outcome = Outcome.Repelled });
        Timelines = ControlAssessor.Timelines(_evidence);
        Grades = ClaimGrader.GradeAll(_evidence);
        Land = Land.Load(Path.Combine(TestPaths.Root, "artifacts", "boundaries", "countries.geojson"));
    }

    public static readonly ClaimPlace Toretsk = Settlement("Toretsk", 709354, 48.3978, 37.8475);
    public static readonly ClaimPlace Kramatorsk = Settlement("Kramatorsk", 704508, 48.7232, 37.5563);
    public static readonly ClaimPlace Kotlyne = Settlement("Kotlyne", 9112127, 48.3125, 36.9989);

    /// <summary>A village the gazetteer lacks, put at a point west of Pokrovsk.</summary>
    public static readonly ClaimPlace Hostile = new(HostilePlace, null, "Donetsk Oblast", new GeoPoint(48.27, 36.95)) { Country = "UA" };

    public IReadOnlyList<Evidence> Evidence => _evidence;

    public List<PlaceTimeline> Timelines { get; }

    public Dictionary<long, Grade> Grades { get; }

    public Land Land { get; }

    /// <summary>The claims as the CSV export takes them, by day and id.</summary>
    internal List<GradedClaim> Graded() =>
        [.. _evidence.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new GradedClaim(_stored[e.Id], e.Date, Grades[e.Id]))];

    public static DateOnly Day(string d) => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture);

    private void Add(string date, Claim claim)
    {
        long id = _evidence.Count + 1;
        _evidence.Add(new Evidence(id, claim, id, Day(date), claim.Claimant.Side.IsNone ? 'B' : 'C'));
        _stored[id] = new StoredClaim(claim, id, id, $"reports/{id}.txt", "Test Wire", $"Report {id}", null, Day(date)) { ClaimId = id };
    }

    private static Claim Control(Claimant by, ClaimPlace place, Side holder, string evidence) =>
        new(ClaimKind.Control, by, place, holder, Modality.Asserted, evidence) { Extent = Extent.Full };

    private static ClaimPlace Settlement(string name, int id, double lat, double lon) =>
        new(name, id, "Donetsk Oblast", new GeoPoint(lat, lon)) { Country = "UA" };
}
