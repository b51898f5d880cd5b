using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>A sentence that names no place can still be about one named before it.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class CarriedPlaceTests(ExtractionFixture fixture)
{
    [Fact]
    public void The_city_is_the_last_town_named_even_in_a_report_about_its_region()
    {
        var claims = fixture.Extract("""
            Shelling of the Sumy region went on all week. On Friday, Russian forces targeted Sumy, hitting a depot.

            Later, the police said that Russian forces attacked the city with glide bombs.
            """);
        var police = Assert.Single(claims, c => c.Claimant.Name == "National Police of Ukraine");
        Assert.Equal(ClaimKind.Strike, police.Kind);
        Assert.Equal("Sumy", police.Place.Name);
    }

    [Fact]
    public void The_key_city_is_the_last_town_named()
    {
        var claims = fixture.Extract("""
            Shelling hit Sievierodonetsk on Monday, the governor said.

            Russian forces appeared to be advancing on the key city from three sides, analysts said.
            """);
        Assert.Equal("Sievierodonetsk", Assert.Single(claims, c => c.Kind == ClaimKind.Advance).Place.Name);
    }

    [Fact]
    public void This_attack_is_where_the_last_claim_was()
    {
        var claims = fixture.Extract("""
            Russian drones struck Izium, the governor said. Kharkiv was quiet.

            As a result of this attack, two residents were wounded.
            """);
        var wounded = Assert.Single(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Equal("Izium", wounded.Place.Name);
    }

    [Fact]
    public void A_clause_about_a_place_before_a_trailing_attribution_is_the_sources()
    {
        var claims = fixture.Extract("The village lies five miles south of Kurakhove, which Russian troops have stormed for weeks, according to DeepState.");
        var fighting = Assert.Single(claims, c => c.Kind == ClaimKind.Fighting);
        Assert.Equal("Kurakhove", fighting.Place.Name);
        Assert.Equal("DeepState", fighting.Claimant.Name);
        Assert.Equal(Side.Russia, fighting.Side);
    }

    [Fact]
    public void Attacks_on_communities_are_strikes_not_ground_fighting()
    {
        var claims = fixture.Extract("The governor said Russian forces attacked 12 communities across the Zaporizhzhia region overnight.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Side == Side.Russia);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Fighting);
    }

    [Fact]
    public void A_place_named_as_the_scene_of_fighting_has_that_fighting_too()
    {
        var claims = fixture.Extract("Russian forces now hold most of Vuhledar, the scene of heavy battles for weeks, Reuters reported.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Control && c.Place.Name == "Vuhledar" && c.Extent == Extent.Most);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Fighting && c.Place.Name == "Vuhledar" && c.Side == Side.Russia);
    }

    [Fact]
    public void An_aim_spoils_only_the_verb_it_governs()
    {
        var claims = fixture.Extract("Russian troops have captured Kurakhove as they try to seize Pokrovsk, the ministry said.");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Control && c.Place.Name == "Kurakhove");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Control && c.Place.Name == "Pokrovsk");
    }

    [Fact]
    public void A_lack_of_progress_is_no_advance()
    {
        var claims = fixture.Extract("Despite the continued lack of progress near Kupiansk, Russian commanders keep sending troops, the British defence ministry said.");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Advance);
    }

    [Fact]
    public void A_carried_place_carries_on_through_its_paragraph()
    {
        var claims = fixture.Extract("""
            The mayor spoke about Toretsk on Monday.

            About a third of the city is held by Ukrainian troops. The rest is occupied by Russian forces.
            """);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Control && c.Place.Name == "Toretsk" && c.Side == Side.Ukraine && c.Extent == Extent.Part);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Control && c.Place.Name == "Toretsk" && c.Side == Side.Russia);
    }

    [Fact]
    public void An_axis_named_beside_a_village_is_not_the_place_of_the_claim()
    {
        var claims = fixture.Extract("In the Kupiansk direction, Russian forces occupied Synkivka, ISW reported.");
        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal("Synkivka", control.Place.Name);
    }

    [Fact]
    public void An_occupation_with_nobody_named_is_by_the_side_not_holding_the_country()
    {
        var claims = fixture.Extract("DeepState, the Ukrainian monitoring project, reported the occupation of Vuhledar.");
        Assert.Equal(Side.Russia, Assert.Single(claims, c => c.Kind == ClaimKind.Control).Side);
    }

    [Fact]
    public void Rotating_units_is_a_deployment()
    {
        var claims = fixture.Extract("The Khortytsia group said Russia rotates its units near Chasiv Yar every two weeks.");
        Assert.Equal(Side.Russia, Assert.Single(claims, c => c.Kind == ClaimKind.Deployment).Side);
    }

    [Fact]
    public void A_deployment_that_never_happened_is_no_claim()
    {
        Assert.Empty(fixture.Extract("Russia has never before deployed marines near Kupiansk, Reuters reported."));
    }

    [Fact]
    public void A_prematurely_claimed_capture_is_denied()
    {
        var claims = fixture.Extract("ISW assessed that Moscow prematurely claimed that Krynky had been captured.");
        Assert.Equal(Modality.Denied, Assert.Single(claims, c => c.Kind == ClaimKind.Control).Modality);
    }

    [Fact]
    public void A_description_of_a_place_is_the_reporters_even_before_a_trailing_attribution()
    {
        var claims = fixture.Extract("Russian forces now hold most of Vuhledar, the scene of heavy battles for weeks, the regional governor said.");
        Assert.Equal(ExtractionFixture.SampleWire, Assert.Single(claims, c => c.Kind == ClaimKind.Fighting).Claimant.Name);
        Assert.NotEqual(ExtractionFixture.SampleWire, Assert.Single(claims, c => c.Kind == ClaimKind.Control).Claimant.Name);
    }

    [Fact]
    public void A_country_echoing_its_ministrys_claim_is_not_a_second_claim()
    {
        var claims = fixture.Extract("""
            Russia's defence ministry said its troops had captured Kurakhove.

            Russia said on Monday that its forces had captured Kurakhove after weeks of fighting.
            """);
        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal("Russian Ministry of Defence", control.Claimant.Name);
    }

    [Fact]
    public void Both_towns_are_the_towns_of_the_sentence_before()
    {
        var claims = fixture.Extract("""
            Russia said it had taken Toretsk and Chasiv Yar. Ukraine's General Staff said both towns saw heavy fighting.
            """);
        var fighting = claims.Where(c => c.Kind == ClaimKind.Fighting).Select(c => c.Place.Name).Order().ToList();
        Assert.Equal(["Chasiv Yar", "Toretsk"], fighting);
    }

    [Fact]
    public void A_claim_across_the_country_does_not_take_the_town_before()
    {
        var claims = fixture.Extract("""
            Russian shelling hit Orikhiv on Sunday, the governor said. Russia also fired missiles across Ukraine overnight, killing four people.
            """);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Casualties && c.Place.Name == "Orikhiv");
    }
}
