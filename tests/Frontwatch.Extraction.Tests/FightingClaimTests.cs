using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class FightingClaimTests(ExtractionFixture fixture)
{
    private Claim Fighting(string body, string place) => fixture.Single(body, ClaimKind.Fighting, place);

    [Fact]
    public void Attacked_is_ongoing_fighting_by_the_named_attacker()
    {
        var claim = Fighting("Ukraine's General Staff said Russian forces attacked Ukrainian positions near Siversk.", "Siversk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Ongoing, claim.Outcome);
    }

    [Fact]
    public void Assaults_are_fighting_by_the_named_attacker()
    {
        var claim = Fighting("Ukraine's General Staff said Russian troops carried out 12 assaults near Pokrovsk.", "Pokrovsk");
        Assert.Equal(Side.Russia, claim.Side);
    }

    [Fact]
    public void Clashes_reported_by_a_belligerent_are_attacks_by_its_enemy()
    {
        var claim = Fighting("Ukraine's General Staff said clashes continued near Toretsk.", "Toretsk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Ongoing, claim.Outcome);
    }

    [Fact]
    public void Repelled_is_a_repelled_attack_by_the_other_side()
    {
        var claim = Fighting("Ukraine's General Staff said its forces repelled a Russian assault near Kupiansk.", "Kupiansk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Repelled, claim.Outcome);
    }

    [Fact]
    public void Repelled_attacks_without_a_named_attacker_are_the_enemys()
    {
        var claim = Fighting("Ukraine's General Staff said its forces repelled 14 attacks near Pokrovsk.", "Pokrovsk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Outcome.Repelled, claim.Outcome);
    }

    [Fact]
    public void Foiled_is_a_repelled_attack()
    {
        var claim = Fighting("The Russian Defence Ministry said its forces foiled a Ukrainian attack near Sudzha.", "Sudzha");
        Assert.Equal(Side.Ukraine, claim.Side);
        Assert.Equal(Outcome.Repelled, claim.Outcome);
    }

    [Fact]
    public void Fierce_fighting_is_ongoing_fighting()
    {
        var claim = Fighting("Ukraine's General Staff reported fierce fighting near Chasiv Yar.", "Chasiv Yar");
        Assert.Equal("General Staff of the Armed Forces of Ukraine", claim.Claimant.Name);
        Assert.Equal(Outcome.Ongoing, claim.Outcome);
    }

    [Fact]
    public void North_Korean_troops_attacking_are_the_North_Korean_side()
    {
        var claim = Fighting("Ukraine's General Staff said North Korean troops attacked near Sudzha.", "Sudzha");
        Assert.Equal(Side.NorthKorea, claim.Side);
    }

    [Theory]
    [InlineData("Ukrainian troops are fighting Russian units near Chasiv Yar, the General Staff said.", "Chasiv Yar", "RU")]
    [InlineData("Russian forces are fighting to push Ukrainian units out of Sudzha, the governor said.", "Sudzha", "UA")]
    [InlineData("Chasiv Yar remains fiercely contested between Kyiv's and Moscow's troops, Reuters reported.", "Chasiv Yar", "RU")]
    public void Fighting_that_names_no_attacker_is_by_the_side_not_holding_the_country(string body, string place, string attacker)
    {
        Assert.Equal(attacker, Fighting(body, place).Side.Code);
    }

    [Fact]
    public void A_capital_named_as_the_place_of_fighting_is_not_a_side()
    {
        var claim = Fighting("The British defence ministry said heavy fighting continued north of Kyiv.", "Kyiv");
        Assert.Equal(Side.Russia, claim.Side);
    }
}
