using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class AdvanceClaimTests(ExtractionFixture fixture)
{
    [Theory]
    [InlineData("ISW said Russian forces were advancing toward Pokrovsk.", "Pokrovsk")]
    [InlineData("ISW said Russian forces were pushing toward Kostiantynivka.", "Kostiantynivka")]
    public void Advancing_or_pushing_toward_a_town_is_an_advance_on_it(string body, string place)
    {
        var claim = fixture.Single(body, ClaimKind.Advance, place);
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal("Institute for the Study of War", claim.Claimant.Name);
    }

    [Fact]
    public void A_Ukrainian_push_toward_a_town_is_a_Ukrainian_advance()
    {
        var claim = fixture.Single("ISW said Ukrainian forces were pushing toward Tokmak.", ClaimKind.Advance, "Tokmak");
        Assert.Equal(Side.Ukraine, claim.Side);
    }
}
