using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>Where a place stands in the sentence decides whether the event happened there.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class PlaceRoleTests(ExtractionFixture fixture)
{
    [Fact]
    public void A_relative_clause_after_a_distance_anchor_is_the_outlets_claim_about_the_anchor()
    {
        var claims = fixture.Extract("The Russian defence ministry said its troops had captured the town of Selydove, 12 miles east of Pokrovsk, a rail hub toward which Russian units have been advancing since summer.");
        var advance = Assert.Single(claims, c => c.Kind == ClaimKind.Advance);
        Assert.Equal("Pokrovsk", advance.Place.Name);
        Assert.Equal(ExtractionFixture.SampleWire, advance.Claimant.Name);
        Assert.Equal(Side.Russia, advance.Side);
        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal("Selydove", control.Place.Name);
        Assert.Equal("Russian Ministry of Defence", control.Claimant.Name);
    }

    [Fact]
    public void A_place_a_road_leads_to_is_not_where_the_fighting_was()
    {
        var claims = fixture.Extract("Russia's defence ministry said a Ukrainian assault had been repelled near Sudzha, on the road leading towards the city of Kursk.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Fighting && c.Place.Name.StartsWith("Sudzha", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Place.Name.StartsWith("Kursk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_attacks_are_launched_from_is_not_where_they_landed()
    {
        var claims = fixture.Extract("The governor said drones launched from the Belgorod region attacked Kharkiv overnight.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Place.Name == "Kharkiv");
        Assert.DoesNotContain(claims, c => c.Place.Name.StartsWith("Belgorod", StringComparison.Ordinal));
    }

    [Fact]
    public void The_description_of_a_speaker_after_his_name_is_no_claim()
    {
        var claims = fixture.Extract("“We will not give up a metre,” said Colonel Ivan Petrenko, commander of a brigade fighting near Kupiansk.");
        Assert.Empty(claims);
    }
}
