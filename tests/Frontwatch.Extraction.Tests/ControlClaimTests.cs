using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class ControlClaimTests(ExtractionFixture fixture)
{
    private Claim Control(string body, string place) => fixture.Single(body, ClaimKind.Control, place);

    [Fact]
    public void Captured_by_its_forces_is_full_control_for_the_claimants_side()
    {
        var claim = Control("Russia's defence ministry said its forces had captured Toretsk.", "Toretsk");
        Assert.Equal("Russian Ministry of Defence", claim.Claimant.Name);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Extent.Full, claim.Extent);
    }

    [Theory]
    [InlineData("The Russian Defense Ministry said its troops had taken control of Kurakhove.")]
    [InlineData("The Russian Defense Ministry said its troops had seized Kurakhove.")]
    public void Took_control_of_and_seized_are_full_control(string body)
    {
        var claim = Control(body, "Kurakhove");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Extent.Full, claim.Extent);
    }

    [Fact]
    public void Liberated_is_full_control_for_the_liberator()
    {
        var claim = Control("Ukraine's General Staff said its forces had liberated Robotyne.", "Robotyne");
        Assert.Equal(Side.Ukraine, claim.Side);
        Assert.Equal(Extent.Full, claim.Extent);
    }

    [Fact]
    public void Entered_is_partial_control()
    {
        var claim = Control("DeepState said Russian troops had entered Chasiv Yar.", "Chasiv Yar");
        Assert.Equal("DeepState", claim.Claimant.Name);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Extent.Part, claim.Extent);
    }

    [Fact]
    public void Most_of_a_town_under_Russian_control_is_most_for_Russia()
    {
        var claim = Control("ISW said most of Toretsk was under Russian control.", "Toretsk");
        Assert.Equal("Institute for the Study of War", claim.Claimant.Name);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(Extent.Most, claim.Extent);
    }

    [Fact]
    public void Withdrew_from_gives_the_town_to_the_other_side()
    {
        var claim = Control("Ukraine's General Staff said its forces had withdrawn from Dachne.", "Dachne");
        Assert.Equal(Side.Russia, claim.Side);
    }

    [Theory]
    [InlineData("Russian forces now control 40% of Toretsk.", Extent.Part)]
    [InlineData("Russian forces now control 40 percent of Toretsk.", Extent.Part)]
    [InlineData("Russian forces now control 60% of Toretsk.", Extent.Most)]
    [InlineData("Russian forces now control 60 percent of Toretsk.", Extent.Most)]
    public void A_share_under_half_is_part_and_over_half_is_most(string body, Extent extent)
    {
        var claim = Control(body, "Toretsk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(extent, claim.Extent);
    }
}
