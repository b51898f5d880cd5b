using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// A claim in ACLED's terms (event type and sub-type, actors, precision, source scale, fatalities, a one-line note),
/// as the README's "Exports" section lays out. The same rules for every side; what the text does not say (who was
/// targeted, whether the people hit were soldiers or civilians) is left unsaid rather than guessed.
/// </summary>
internal sealed partial class AcledCoding(IReadOnlyDictionary<string, string> countryNames)
{
    public const string Battles = "Battles", Explosions = "Explosions/Remote violence", Strategic = "Strategic developments";

    // ISO 3166-1 alpha-3 codes of the countries in data/countries.tsv, for ACLED-like event ids ("UKR1234").
    private static readonly Dictionary<string, string> Alpha3 = new(StringComparer.Ordinal)
    {
        ["UA"] = "UKR",
        ["RU"] = "RUS",
        ["BY"] = "BLR",
        ["MD"] = "MDA",
        ["PL"] = "POL",
        ["RO"] = "ROU",
        ["SK"] = "SVK",
        ["HU"] = "HUN",
        ["GE"] = "GEO",
        ["KZ"] = "KAZ",
        ["KP"] = "PRK",
        ["US"] = "USA",
        ["GB"] = "GBR",
    };

    /// <summary>The place's country as ISO alpha-3 and the claim id: "UKR42". A place of unknown country counts as Ukraine, where the war is fought.</summary>
    public static string EventId(long claimId, ClaimPlace place) =>
        (place.Country is { } c && Alpha3.TryGetValue(c, out var a3) ? a3 : "UKR") + claimId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ACLED's event type and sub-event type for the claim.</summary>
    public static (string Type, string SubType) EventType(Claim claim) => claim.Kind switch
    {
        // The holder's own country regaining a place is the government's; a foreign force taking it is coded as an overtaking.
        ClaimKind.Control => (Battles, claim.Side == CountryOf(claim.Place) ? "Government regains territory" : "Non-state actor overtakes territory"),
        ClaimKind.Fighting or ClaimKind.Advance => (Battles, "Armed clash"),
        ClaimKind.Strike when claim.Outcome == Outcome.Repelled => (Strategic, "Disrupted weapons use"),
        ClaimKind.Strike => (Explosions, AirOrDrone().IsMatch(claim.Evidence) ? "Air/drone strike" : "Shelling/artillery/missile attack"),
        ClaimKind.Casualties when AirOrDrone().IsMatch(claim.Evidence) => (Explosions, "Air/drone strike"),
        ClaimKind.Casualties when Shelling().IsMatch(claim.Evidence) => (Explosions, "Shelling/artillery/missile attack"),
        ClaimKind.Casualties => (Battles, "Armed clash"),
        _ => (Strategic, "Other"),
    };

    /// <summary>
    /// Actor 1 is the side acting (holder, attacker, striker, deployed force; for casualties the enemy of those hit),
    /// actor 2 its enemy where the claim implies one: the forces it fought, or for casualties the country of those hit.
    /// </summary>
    public (string Actor1, string Actor2) Actors(Claim claim)
    {
        var enemy = Enemy(claim.Side);
        return claim.Kind switch
        {
            ClaimKind.Control or ClaimKind.Fighting or ClaimKind.Advance => (Forces(claim.Side), enemy is { } e ? Forces(e) : ""),
            ClaimKind.Casualties => (enemy is { } e ? Forces(e) : "", Country(claim.Side)),
            _ => (Forces(claim.Side), ""),
        };
    }

    /// <summary>1 for a GeoNames place, 2 for a region, 3 for a name the gazetteer lacks (placed at its region's point, or nowhere).</summary>
    public static int GeoPrecision(ClaimPlace place) =>
        place.GeoNameId is not null ? 1 : place.Admin1 is { } a && string.Equals(a, place.Name, StringComparison.OrdinalIgnoreCase) ? 2 : 3;

    /// <summary>National for governments, armed forces and officials, New media for monitors, Other for analysts; media International when independent, National when aligned.</summary>
    public static string SourceScale(Claimant claimant) => claimant.Type switch
    {
        ClaimantType.Government or ClaimantType.Military or ClaimantType.Official => "National",
        ClaimantType.Monitor => "New media",
        ClaimantType.Media => claimant.Side.IsNone ? "International" : "National",
        _ => "Other",
    };

    /// <summary>
    /// People killed by the claim's count: its lower bound when the sentence speaks of deaths only; 0 when it also
    /// speaks of wounded or captured (the count adds them up and cannot be split) and for every other kind.
    /// </summary>
    public static long Fatalities(Claim claim) =>
        claim.Kind == ClaimKind.Casualties && claim.Count is { } n && Deaths().IsMatch(claim.Evidence) && !NotDeaths().IsMatch(claim.Evidence)
            ? n.Min ?? 0
            : 0;

    /// <summary>A neutral one-line summary: who says what about which place.</summary>
    public string Notes(Claim claim)
    {
        string side = claim.Side.Code, place = OneLine(claim.Place.Name);
        string what = claim.Kind switch
        {
            ClaimKind.Control => $"{side} holds {claim.Extent switch { Extent.Most => "most of ", Extent.Part => "part of ", _ => "" }}{place}",
            ClaimKind.Fighting => $"{side} forces attack near {place}" + claim.Outcome switch { Outcome.Repelled => ", repelled", Outcome.Gained => ", gaining ground", _ => "" },
            ClaimKind.Advance => $"{side} forces advance near {place}",
            ClaimKind.Strike => $"{side} strike on {place}" + (claim.Outcome == Outcome.Repelled ? ", intercepted" : ""),
            ClaimKind.Casualties => $"{side} casualties at {place}" + (claim.Count is { } c ? $": {Count(c)}" + (Fatalities(claim) > 0 ? " killed" : " killed, wounded or captured") : ""),
            _ => $"{side} forces at {place}" + (claim.Count is { } c ? $": {Count(c)}" : ""),
        };
        string says = claim.Modality switch
        {
            Modality.Denied => "denies that",
            Modality.Hedged => "says, hedged, that",
            Modality.Unverified => "says, unverified, that",
            _ => "says",
        };
        return $"{OneLine(claim.Claimant.Name)} ({claim.Claimant.Side.Code}) {says} {what}.";
    }

    private string Forces(Side side) => side.IsNone ? "" : $"Military Forces of {Country(side)}";

    private string Country(Side side) => side.IsNone ? "" : countryNames.TryGetValue(side.Code, out var name) ? name : side.Code;

    // The belligerents: Russia and North Korea against Ukraine.
    private static Side? Enemy(Side side) =>
        side == Side.Ukraine ? Side.Russia : side == Side.Russia || side == Side.NorthKorea ? Side.Ukraine : null;

    private static Side CountryOf(ClaimPlace place) => Side.TryParse(place.Country) ?? Side.Ukraine;

    private static string Count(CountRange c) => (c.Min, c.Max) switch
    {
        ({ } a, { } b) when a == b => $"{a}",
        ({ } a, { } b) => $"{a}–{b}",
        ({ } a, null) => $"at least {a}",
        (null, { } b) => $"up to {b}",
        _ => "",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    [GeneratedRegex(@"\b(?:drones?|UAVs?|Shaheds?|Gerans?|quadcopters?|FPV|air\s*strikes?|airstrikes?|air\s+raids?|aircraft|aviation|warplanes?|jets?|helicopters?|(?:glide|guided|aerial|air)\s+bombs?|bomb(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AirOrDrone();

    [GeneratedRegex(@"\b(?:missiles?|rockets?|shell(?:s|ed|ing)?|artillery|mortars?|MLRS|HIMARS|Iskanders?|Kalibrs?|strikes?|struck)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shelling();

    [GeneratedRegex(@"\b(?:killed|killing|kills?|dead|died|deaths?|lives)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deaths();

    [GeneratedRegex(@"\b(?:wound\w*|injur\w*|hurt|captured|captives?|prisoners?|missing|losses|lost|eliminated|destroyed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDeaths();
}
