using Frontwatch.Core;
using static Frontwatch.Evaluation.Tests.TestClaims;

namespace Frontwatch.Evaluation.Tests;

[Collection(GazetteerCollection.Name)]
public sealed class ClaimMatcherTests(GazetteerFixture fixture)
{
    private readonly ClaimMatcher _matcher = fixture.Matcher;

    [Fact]
    public void Kind_side_and_claimant_side_must_all_agree()
    {
        var gold = Claim(Kurakhove);

        var result = _matcher.Match("r.txt", [gold],
        [
            Claim(Kurakhove, kind: ClaimKind.Fighting),
            Claim(Kurakhove, side: Side.Ukraine),
            Claim(Kurakhove, claimant: UkrainianStaff),
        ]);

        Assert.Empty(result.Matched);
        Assert.Single(result.Missed);
        Assert.Equal(3, result.Spurious.Count);
    }

    [Fact]
    public void A_town_claim_is_not_used_up_by_the_region_claim_listed_before_it()
    {
        const string sentence = "Troops pressed on in the Donetsk region around Kurakhove.";
        var region = Claim(Region("Donetsk Oblast"), ClaimKind.Fighting, evidence: sentence);
        var town = Claim(Kurakhove, ClaimKind.Fighting, evidence: "Fighting went on around the town.");

        var result = _matcher.Match("r.txt", [region, town], [Claim(Kurakhove, ClaimKind.Fighting, evidence: sentence)]);

        var pair = Assert.Single(result.Matched);
        Assert.Same(town, pair.Gold);
        Assert.Equal(PlaceMatch.Exact, pair.Place);
        Assert.Same(region, Assert.Single(result.Missed));
    }

    [Fact]
    public void The_region_claim_takes_a_second_town_in_it_in_the_loose_pass()
    {
        var region = Claim(Region("Donetsk Oblast"), ClaimKind.Fighting);
        var town = Claim(Kurakhove, ClaimKind.Fighting);

        var result = _matcher.Match("r.txt", [region, town], [Claim(Kurakhove, ClaimKind.Fighting), Claim(Pokrovsk, ClaimKind.Fighting)]);

        Assert.Equal(2, result.Matched.Count);
        Assert.Equal(PlaceMatch.Loose, result.Matched.Single(p => p.Gold == region).Place);
        Assert.Empty(result.Missed);
        Assert.Empty(result.Spurious);
    }

    [Fact]
    public void System_claims_said_twice_count_once()
    {
        var first = Claim(Kurakhove, evidence: "The ministry said the town had been taken.");
        var again = Claim(Kurakhove with { Name = "Kurakhovo" }, evidence: "It repeated that the town was taken.");

        var result = _matcher.Match("r.txt", [Claim(Kurakhove)], [first, again]);

        Assert.Equal(1, result.Duplicates);
        Assert.Same(first, Assert.Single(result.Matched).System);
        Assert.Empty(result.Spurious);
        Assert.Equal(1.0, result.Counts.Precision);
    }

    [Fact]
    public void A_region_claim_and_a_town_claim_in_it_stay_two()
    {
        var result = _matcher.Match("r.txt", [Claim(Kurakhove)], [Claim(Kurakhove), Claim(Region("Donetsk Oblast"))]);

        Assert.Equal(0, result.Duplicates);
        Assert.Single(result.Matched);
        Assert.Single(result.Spurious);
    }

    [Fact]
    public void Optional_gold_claims_are_neither_missed_nor_make_their_match_spurious()
    {
        var required = Claim(Kurakhove);
        var optionalFound = Claim(Region("Donetsk Oblast"), optional: true);
        var optionalNotFound = Claim(Pokrovsk, optional: true);

        var result = _matcher.Match("r.txt", [required, optionalFound, optionalNotFound], [Claim(Kurakhove), Claim(Region("Donetsk Oblast"))]);

        Assert.Single(result.Matched);
        Assert.Empty(result.Missed);
        Assert.Empty(result.Spurious);
        Assert.Single(result.Ignored);
        Assert.Equal(new MatchCounts(1, 1, 1), result.Counts);
    }

    [Fact]
    public void Each_gold_claim_matches_at_most_one_system_claim()
    {
        var result = _matcher.Match("r.txt", [Claim(Kurakhove)], [Claim(Kurakhove), Claim(Kurakhove, claimant: RussianGovernor)]);

        Assert.Single(result.Matched);
        Assert.Single(result.Spurious);
    }

    [Fact]
    public void The_pair_with_the_same_claimant_name_is_preferred()
    {
        var byMinistry = Claim(Kurakhove, claimant: RussianMod);
        var byGovernor = Claim(Kurakhove, claimant: RussianGovernor);

        var result = _matcher.Match("r.txt", [byMinistry, byGovernor], [Claim(Kurakhove, claimant: RussianGovernor)]);

        Assert.Same(byGovernor, Assert.Single(result.Matched).Gold);
    }

    [Fact]
    public void Among_other_claimants_the_nearest_evidence_is_preferred()
    {
        const string early = "The ministry announced the capture of the town.";
        const string late = "The governor also confirmed the town had changed hands.";
        string body = $"{early} Filler about the weather on the front. {late}";
        var byMinistry = Claim(Kurakhove, claimant: RussianMod, evidence: early);
        var byGovernor = Claim(Kurakhove, claimant: RussianGovernor, evidence: late);
        var blogger = new Claimant("A Military Blogger", Side.Russia, ClaimantType.Media);
        var system = Claim(Kurakhove, claimant: blogger, evidence: late) with { EvidenceSpan = new TextSpan(body.IndexOf(late, StringComparison.Ordinal), body.Length) };

        var result = _matcher.Match("r.txt", [byMinistry, byGovernor], [system], body);

        Assert.Same(byGovernor, Assert.Single(result.Matched).Gold);
    }
}
