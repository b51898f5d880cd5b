using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class DeploymentClaimTests(ExtractionFixture fixture)
{
    private Claim Deployment(string body, string place) => fixture.Single(body, ClaimKind.Deployment, place);

    [Fact]
    public void Deployed_troops_are_a_deployment_of_the_deploying_side_with_their_count()
    {
        var claim = Deployment("Ukraine's General Staff said Russia had deployed 3,000 troops near Kupiansk.", "Kupiansk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(CountRange.Exactly(3000), claim.Count);
    }

    [Fact]
    public void Units_arriving_in_a_town_are_a_deployment_of_their_side()
    {
        var claim = Deployment("Ukraine's General Staff said fresh Russian units arrived in Tokmak last week.", "Tokmak");
        Assert.Equal(Side.Russia, claim.Side);
    }

    [Fact]
    public void North_Korean_troops_stationed_in_a_town_are_a_North_Korean_deployment()
    {
        var claim = Deployment("South Korea's spy agency said North Korean troops were stationed in Sudzha.", "Sudzha");
        Assert.Equal(new Claimant("National Intelligence Service", new Side("KR"), ClaimantType.Government), claim.Claimant);
        Assert.Equal(Side.NorthKorea, claim.Side);
    }

    [Fact]
    public void North_Korean_troops_stationed_in_a_region_are_a_deployment_in_the_region()
    {
        var claim = Deployment("South Korea's spy agency said North Korean troops were stationed in the Kursk region.", "Kursk Oblast");
        Assert.Equal(Side.NorthKorea, claim.Side);
        Assert.Null(claim.Place.GeoNameId);
    }

    [Fact]
    public void A_count_of_arriving_North_Korean_troops_is_the_deployments_count()
    {
        var claim = Deployment("The Russian Defence Ministry said 200 North Korean troops had arrived in Sudzha.", "Sudzha");
        Assert.Equal(Side.NorthKorea, claim.Side);
        Assert.Equal(CountRange.Exactly(200), claim.Count);
    }
}
