using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>Mirrored pairs: a Russian claim and its Ukrainian mirror go through the same rules and get symmetric results.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class SideNeutralityTests(ExtractionFixture fixture)
{
    private (Claim Russian, Claim Ukrainian) Mirror(ClaimKind kind, string russianBody, string russianPlace, string ukrainianBody, string ukrainianPlace) =>
        (fixture.Single(russianBody, kind, russianPlace), fixture.Single(ukrainianBody, kind, ukrainianPlace));

    [Fact]
    public void Its_forces_capturing_a_town_hold_it_for_either_claimant()
    {
        var (ru, ua) = Mirror(ClaimKind.Control,
            "The Russian Defence Ministry said its forces had captured Dachne.", "Dachne",
            "Ukraine's General Staff said its forces had captured Sudzha.", "Sudzha");
        Assert.Equal((Side.Russia, Side.Russia, Extent.Full), (ru.Claimant.Side, ru.Side, ru.Extent));
        Assert.Equal((Side.Ukraine, Side.Ukraine, Extent.Full), (ua.Claimant.Side, ua.Side, ua.Extent));
    }

    [Fact]
    public void Moscows_forces_and_Kyivs_troops_entering_a_town_hold_part_of_it()
    {
        var (ru, ua) = Mirror(ClaimKind.Control,
            "Moscow's forces entered Kupiansk.", "Kupiansk",
            "Kyiv's troops entered Sudzha.", "Sudzha");
        Assert.Equal((Side.Russia, Extent.Part), (ru.Side, ru.Extent));
        Assert.Equal((Side.Ukraine, Extent.Part), (ua.Side, ua.Extent));
    }

    [Fact]
    public void Most_of_a_town_under_either_sides_control_is_most_for_that_side()
    {
        var (ru, ua) = Mirror(ClaimKind.Control,
            "ISW said most of Toretsk was under Russian control.", "Toretsk",
            "ISW said most of Robotyne was under Ukrainian control.", "Robotyne");
        Assert.Equal((Side.Russia, Extent.Most), (ru.Side, ru.Extent));
        Assert.Equal((Side.Ukraine, Extent.Most), (ua.Side, ua.Extent));
    }

    [Fact]
    public void Either_side_withdrawing_leaves_the_town_to_the_other()
    {
        var (ru, ua) = Mirror(ClaimKind.Control,
            "Ukrainian forces withdrew from Dachne last autumn.", "Dachne",
            "Russian forces withdrew from Robotyne last autumn.", "Robotyne");
        Assert.Equal(Side.Russia, ru.Side);
        Assert.Equal(Side.Ukraine, ua.Side);
    }

    [Fact]
    public void The_other_side_attacking_is_named_the_same_way_by_either_claimant()
    {
        var (ru, ua) = Mirror(ClaimKind.Fighting,
            "Ukraine's General Staff said the Russian side attacked near Kupiansk.", "Kupiansk",
            "The Russian Defence Ministry said the Ukrainian side attacked near Sudzha.", "Sudzha");
        Assert.Equal(Side.Russia, ru.Side);
        Assert.Equal(Side.Ukraine, ua.Side);
    }

    [Fact]
    public void The_enemy_attacking_is_the_other_side_of_either_claimant()
    {
        var (ru, ua) = Mirror(ClaimKind.Fighting,
            "Ukraine's General Staff said the enemy attacked near Siversk.", "Siversk",
            "The Russian Defence Ministry said the enemy attacked near Sudzha.", "Sudzha");
        Assert.Equal(Side.Russia, ru.Side);
        Assert.Equal(Side.Ukraine, ua.Side);
    }

    [Fact]
    public void Either_claimant_repelling_an_assault_makes_the_other_side_the_repelled_attacker()
    {
        var (ru, ua) = Mirror(ClaimKind.Fighting,
            "Ukraine's General Staff said its forces repelled an assault near Kupiansk.", "Kupiansk",
            "The Russian Defence Ministry said its forces repelled an assault near Sudzha.", "Sudzha");
        Assert.Equal((Side.Russia, Outcome.Repelled), (ru.Side, ru.Outcome));
        Assert.Equal((Side.Ukraine, Outcome.Repelled), (ua.Side, ua.Outcome));
    }

    [Fact]
    public void Fierce_fighting_reported_by_either_claimant_is_an_attack_by_its_enemy()
    {
        var (ru, ua) = Mirror(ClaimKind.Fighting,
            "Ukraine's General Staff reported fierce fighting near Pokrovsk.", "Pokrovsk",
            "The Russian Defence Ministry reported fierce fighting near Sudzha.", "Sudzha");
        Assert.Equal((Side.Russia, Outcome.Ongoing), (ru.Side, ru.Outcome));
        Assert.Equal((Side.Ukraine, Outcome.Ongoing), (ua.Side, ua.Outcome));
    }

    [Fact]
    public void Either_sides_drones_shot_down_are_a_repelled_strike_by_that_side()
    {
        var (ru, ua) = Mirror(ClaimKind.Strike,
            "Ukraine's air force said 40 Russian drones were shot down over Kharkiv overnight.", "Kharkiv",
            "The Russian Defence Ministry said 40 Ukrainian drones were shot down over Belgorod overnight.", "Belgorod");
        Assert.Equal((Side.Russia, Outcome.Repelled), (ru.Side, ru.Outcome));
        Assert.Equal((Side.Ukraine, Outcome.Repelled), (ua.Side, ua.Outcome));
    }

    [Fact]
    public void Drones_shot_down_over_either_capital_are_a_repelled_strike_on_it()
    {
        var (ru, ua) = Mirror(ClaimKind.Strike,
            "Ukraine's air force said 40 Russian drones were shot down over Kyiv overnight.", "Kyiv",
            "The Russian Defence Ministry said 40 Ukrainian drones were shot down over Moscow overnight.", "Moscow");
        Assert.Equal((Side.Russia, Outcome.Repelled), (ru.Side, ru.Outcome));
        Assert.Equal((Side.Ukraine, Outcome.Repelled), (ua.Side, ua.Outcome));
    }

    [Fact]
    public void Civilians_killed_by_either_sides_strike_are_casualties_of_their_own_country()
    {
        var (ru, ua) = Mirror(ClaimKind.Casualties,
            "A Russian strike killed two civilians in Kharkiv, the regional governor said.", "Kharkiv",
            "A Ukrainian strike killed two civilians in Belgorod, the regional governor said.", "Belgorod");
        Assert.Equal((Side.Ukraine, CountRange.Exactly(2)), (ru.Side, ru.Count));
        Assert.Equal((Side.Russia, CountRange.Exactly(2)), (ua.Side, ua.Count));
    }

    [Fact]
    public void Enemy_soldiers_killed_by_either_claimants_forces_are_the_enemys_casualties()
    {
        var (ru, ua) = Mirror(ClaimKind.Casualties,
            "The Russian Defence Ministry said its forces had killed two and wounded five Ukrainian soldiers near Kupiansk.", "Kupiansk",
            "Ukraine's General Staff said its forces had killed two and wounded five Russian soldiers near Pokrovsk.", "Pokrovsk");
        Assert.Equal((Side.Ukraine, CountRange.Exactly(7)), (ru.Side, ru.Count));
        Assert.Equal((Side.Russia, CountRange.Exactly(7)), (ua.Side, ua.Count));
    }

    [Fact]
    public void Either_country_deploying_troops_is_a_deployment_of_that_side()
    {
        var (ru, ua) = Mirror(ClaimKind.Deployment,
            "Ukraine's General Staff said Russia had deployed 3,000 troops near Kupiansk.", "Kupiansk",
            "The Russian Defence Ministry said Ukraine had deployed 3,000 troops near Sudzha.", "Sudzha");
        Assert.Equal((Side.Russia, CountRange.Exactly(3000)), (ru.Side, ru.Count));
        Assert.Equal((Side.Ukraine, CountRange.Exactly(3000)), (ua.Side, ua.Count));
    }

    [Fact]
    public void Either_claimant_denying_the_others_capture_is_a_denial()
    {
        var (ru, ua) = Mirror(ClaimKind.Control,
            "Ukraine's General Staff denied that Russian forces had captured Dachne.", "Dachne",
            "The Russian Defence Ministry denied that Ukrainian forces had captured Sudzha.", "Sudzha");
        Assert.Equal((Side.Ukraine, Side.Russia, Modality.Denied), (ru.Claimant.Side, ru.Side, ru.Modality));
        Assert.Equal((Side.Russia, Side.Ukraine, Modality.Denied), (ua.Claimant.Side, ua.Side, ua.Modality));
    }
}
