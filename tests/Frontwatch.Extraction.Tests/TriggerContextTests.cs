using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>Words around a trigger that change what it says.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class TriggerContextTests(ExtractionFixture fixture)
{
    [Fact]
    public void A_deoccupation_is_a_liberation()
    {
        var claims = fixture.Extract("The de-occupation of Kupiansk was announced by Ukraine's General Staff.");
        Assert.Equal(Side.Ukraine, Assert.Single(claims, c => c.Kind == ClaimKind.Control).Side);
    }

    [Fact]
    public void Withdrawing_from_a_deal_is_no_withdrawal_from_a_place()
    {
        Assert.Empty(fixture.Extract("Izmail has become a main export route since Russia's withdrawal from the grain deal, Reuters reported."));
    }

    [Fact]
    public void Habitual_shelling_is_background_not_a_claim()
    {
        var claims = fixture.Extract("Russian forces have regularly shelled Kherson since the city was liberated, the Kyiv Independent reported.");
        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.Strike or ClaimKind.Fighting);
        // The liberation in the "since" clause is its own: the forces that shell the city did not liberate it.
        Assert.All(claims, c => Assert.Equal(Side.Ukraine, c.Side));
    }

    [Fact]
    public void An_attack_after_a_drone_strike_is_the_same_strike()
    {
        var claims = fixture.Extract("""
            Russian drones hit the port of Izmail overnight, the governor said. "This is the third attack on Izmail this week," he added.
            """);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Fighting);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Side == Side.Russia);
    }

    [Fact]
    public void Penetrating_a_town_is_holding_part_of_it()
    {
        var claims = fixture.Extract("Ukraine's General Staff said enemy troops had managed to penetrate the town of Kurakhove.");
        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Side.Russia, control.Side);
        Assert.Equal(Extent.Part, control.Extent);
    }

    [Fact]
    public void Already_in_a_town_is_holding_part_of_it()
    {
        var claims = fixture.Extract("“Our units are already in Kupiansk,” a Ukrainian commander said.");
        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Side.Ukraine, control.Side);
        Assert.Equal(Extent.Part, control.Extent);
    }

    [Fact]
    public void Not_having_control_is_no_control_claim()
    {
        Assert.DoesNotContain(fixture.Extract("Moscow claims the Kherson region despite not having military control over Kherson, Reuters reported."), c => c.Kind == ClaimKind.Control);
    }

    [Fact]
    public void A_liberation_names_the_side_driven_out_after_the_word()
    {
        var claims = fixture.Extract("Ukraine's General Staff announced the liberation of Robotyne from Russian occupiers.");
        Assert.Equal(Side.Ukraine, Assert.Single(claims, c => c.Kind == ClaimKind.Control).Side);
    }
}
