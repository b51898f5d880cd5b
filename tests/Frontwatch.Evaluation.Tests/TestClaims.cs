using Frontwatch.Core;

namespace Frontwatch.Evaluation.Tests;

/// <summary>Places and claims for the tests, written for them (GeoNames ids and points from cities500).</summary>
internal static class TestClaims
{
    public static readonly Claimant RussianMod = new("Russian Ministry of Defence", Side.Russia, ClaimantType.Military);
    public static readonly Claimant RussianGovernor = new("Regional Governor Ivanov", Side.Russia, ClaimantType.Official);
    public static readonly Claimant UkrainianStaff = new("General Staff of the Armed Forces of Ukraine", Side.Ukraine, ClaimantType.Military);

    public static readonly GeoPoint KurakhovePoint = new(47.98437, 37.27909);

    // GeoNames 695357 Kurakhove, 704422 Pokrovsk (alternate name Krasnoarmeysk), 709717 Donetsk (all admin1 05),
    // 538560 Kursk and 486816 Sudzha (RU admin1 41).
    public static readonly ClaimPlace Kurakhove = new("Kurakhove", 695357, null, KurakhovePoint);
    public static readonly ClaimPlace Pokrovsk = new("Pokrovsk", 704422, null, new GeoPoint(48.28198, 37.17585));
    public static readonly ClaimPlace DonetskCity = new("Donetsk", 709717, null, new GeoPoint(48.023, 37.80224));
    public static readonly ClaimPlace KurskCity = new("Kursk", 538560, null, new GeoPoint(51.73733, 36.18735));
    public static readonly ClaimPlace Sudzha = new("Sudzha", 486816, null, new GeoPoint(51.1976, 35.2726));

    public static ClaimPlace Region(string name, GeoPoint? point = null) => new(name, null, name, point);

    public static ClaimPlace Unresolved(string name, params string[] aliases) => new(name, null, null, null) { Aliases = aliases };

    public static Claim Claim(
        ClaimPlace place,
        ClaimKind kind = ClaimKind.Control,
        Side? side = null,
        Claimant? claimant = null,
        string evidence = "Forces were reported to hold the town.",
        bool optional = false) =>
        new(kind, claimant ?? RussianMod, place, side ?? Side.Russia, Modality.Asserted, evidence) { Optional = optional };
}
