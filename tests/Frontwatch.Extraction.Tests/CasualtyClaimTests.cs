using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class CasualtyClaimTests(ExtractionFixture fixture)
{
    private Claim Casualties(string body, string place) => fixture.Single(body, ClaimKind.Casualties, place);

    [Fact]
    public void Soldiers_killed_are_casualties_of_their_side_with_their_count()
    {
        var claim = Casualties("Ukraine's General Staff said 50 Russian soldiers were killed near Pokrovsk.", "Pokrovsk");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(CountRange.Exactly(50), claim.Count);
    }

    [Fact]
    public void Wounded_civilians_are_casualties_of_the_places_country()
    {
        var claim = Casualties("Five civilians were wounded in Kharkiv on Monday.", "Kharkiv");
        Assert.Equal(Side.Ukraine, claim.Side);
        Assert.Equal(CountRange.Exactly(5), claim.Count);
    }

    [Fact]
    public void Killed_and_wounded_in_one_sentence_add_up()
    {
        var claim = Casualties("Russian shelling of Kherson killed two and wounded five, officials said.", "Kherson");
        Assert.Equal(CountRange.Exactly(7), claim.Count);
    }

    [Fact]
    public void Civilians_killed_by_a_Ukrainian_strike_in_a_Russian_city_are_Russian_casualties()
    {
        var claim = Casualties("A Ukrainian strike killed two civilians in Belgorod.", "Belgorod");
        Assert.Equal(Side.Russia, claim.Side);
        Assert.Equal(CountRange.Exactly(2), claim.Count);
    }

    [Fact]
    public void North_Korean_troops_killed_are_North_Korean_casualties()
    {
        var claim = Casualties("Ukraine's military intelligence said 40 North Korean troops were killed near Sudzha.", "Sudzha");
        Assert.Equal(Side.NorthKorea, claim.Side);
        Assert.Equal(CountRange.Exactly(40), claim.Count);
    }

    [Fact]
    public void Soldiers_killed_by_the_claimants_forces_are_casualties_of_the_enemy()
    {
        var claim = Casualties("Ukraine's General Staff said its forces had killed two and wounded five Russian soldiers near Pokrovsk.", "Pokrovsk");
        Assert.Equal(Side.Russia, claim.Side);
    }
}
