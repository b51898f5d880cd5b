using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class StrikeClaimTests(ExtractionFixture fixture)
{
    private Claim Strike(string body, string place) => fixture.Single(body, ClaimKind.Strike, place);

    [Fact]
    public void A_missile_strike_on_a_city_is_a_strike_by_the_named_side()
    {
        var claim = Strike("Ukrainian officials said a Russian missile strike on Odesa damaged port buildings.", "Odesa");
        Assert.Equal(new Claimant("Ukraine", Side.Ukraine, ClaimantType.Government), claim.Claimant);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Null(claim.Outcome);
    }

    [Theory]
    [InlineData("Russian drone strikes on Sumy cut power to a district.", "Sumy")]
    [InlineData("A Russian glide-bomb strike on Kostiantynivka damaged homes.", "Kostiantynivka")]
    [InlineData("Russian artillery strikes on Kherson damaged a hospital.", "Kherson")]
    public void Drone_glide_bomb_and_artillery_strikes_on_a_town_are_strikes(string body, string place)
    {
        Assert.Equal(Side.Russia, Strike(body, place).Side);
    }

    [Fact]
    public void Drones_attacking_a_city_are_a_strike_not_ground_fighting()
    {
        var claims = fixture.Extract("Russian drones attacked Sumy overnight.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Place.Name == "Sumy");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Fighting);
    }

    [Fact]
    public void Drones_shot_down_over_a_city_are_a_repelled_strike_by_the_drones_side()
    {
        var claim = Strike("Ukraine's air force said 40 Russian drones were shot down over Kharkiv overnight.", "Kharkiv");
        Assert.Equal("Ukrainian Air Force", claim.Claimant.Name);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Repelled, claim.Outcome);
    }

    [Fact]
    public void Drones_shot_down_over_Kyiv_are_a_repelled_strike_on_Kyiv()
    {
        var claim = Strike("Ukraine's air force said 40 Russian drones were shot down over Kyiv overnight.", "Kyiv");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Repelled, claim.Outcome);
    }
}
