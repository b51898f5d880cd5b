using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>Who a claim is put to, end to end: the attribution decided per sentence reaches the claim.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class ClaimantOfClaimTests(ExtractionFixture fixture)
{
    [Fact]
    public void Unattributed_narrative_is_claimed_by_the_outlet_in_the_header()
    {
        var claim = fixture.Single("Russian troops captured Dachne on Monday.", ClaimKind.Control, "Dachne", outlet: "Sample Wire");
        Assert.Equal(new Claimant("Sample Wire", Side.None, ClaimantType.Media), claim.Claimant);
    }

    [Fact]
    public void An_outlet_header_naming_a_syndicating_site_is_claimed_by_the_original_outlet()
    {
        var claim = fixture.Single("Russian troops captured Dachne on Monday.", ClaimKind.Control, "Dachne", outlet: "Reuters (via Some Site)");
        Assert.Equal("Reuters", claim.Claimant.Name);
        Assert.Equal(Side.None, claim.Claimant.Side);
    }

    [Fact]
    public void An_outlet_header_naming_a_wire_in_brackets_is_claimed_by_the_wire()
    {
        var claim = fixture.Single("Russian troops captured Dachne on Monday.", ClaimKind.Control, "Dachne", outlet: "The Independent (AP)");
        Assert.Equal("Associated Press", claim.Claimant.Name);
    }

    [Fact]
    public void A_quotation_of_two_sentences_is_claimed_by_the_speaker_after_it()
    {
        var claim = fixture.Single(
            "\"Our troops took control of Dachne. The enemy fled in disorder,\" Russian commander Pavel Orlov said.",
            ClaimKind.Control, "Dachne");
        Assert.Equal(new Claimant("Pavel Orlov", Side.Russia, ClaimantType.Military), claim.Claimant);
        Assert.Equal(Side.Russia, claim.Side);
    }

    [Fact]
    public void A_closed_quotation_is_claimed_by_the_speaker_named_in_the_next_sentence()
    {
        var claim = fixture.Single(
            "\"Our troops took control of Dachne overnight.\" Russian commander Pavel Orlov said so on state television.",
            ClaimKind.Control, "Dachne");
        Assert.Equal("Pavel Orlov", claim.Claimant.Name);
        Assert.Equal(Side.Russia, claim.Side);
    }

    [Fact]
    public void He_said_puts_the_claim_to_the_person_named_before()
    {
        var claim = fixture.Single(
            "Ukrainian commander Petro Kovalchuk spoke after DeepState updated its map. He said Russian troops attacked Siversk.",
            ClaimKind.Fighting, "Siversk");
        Assert.Equal(new Claimant("Petro Kovalchuk", Side.Ukraine, ClaimantType.Military), claim.Claimant);
    }

    [Fact]
    public void A_surname_puts_the_claim_to_the_person_named_in_full_before()
    {
        var claim = fixture.Single(
            "Commander-in-Chief Oleksandr Syrskyi toured the front on Sunday. Syrskyi said Ukrainian forces had liberated Robotyne.",
            ClaimKind.Control, "Robotyne");
        Assert.Equal("Oleksandr Syrskyi", claim.Claimant.Name);
        Assert.Equal(Side.Ukraine, claim.Side);
    }

    [Fact]
    public void Its_forces_of_a_group_of_forces_are_the_groups_side()
    {
        var claim = fixture.Single("The Khortytsia group of forces said its units had entered Robotyne.", ClaimKind.Control, "Robotyne");
        Assert.Equal("Khortytsia group of forces", claim.Claimant.Name);
        Assert.Equal(Side.Ukraine, claim.Side);
    }

    [Fact]
    public void Contradicting_Ys_statement_is_a_denial_of_Ys_earlier_claim()
    {
        var claims = fixture.Extract("Sergei Shoigu claimed on Tuesday that Russian forces had captured Robotyne.\nUkraine's General Staff contradicted Shoigu's statement, noting that Ukrainian troops hold positions in the village.");
        var denial = Assert.Single(claims, c => c.Claimant.Name == "General Staff of the Armed Forces of Ukraine" && c.Side == Side.Russia);
        Assert.Equal(ClaimKind.Control, denial.Kind);
        Assert.Equal(Modality.Denied, denial.Modality);
        Assert.Equal("Robotyne", denial.Place.Name);
    }

    [Fact]
    public void A_bodys_spokesman_speaks_for_the_body_and_its_enemy_is_the_other_side()
    {
        var claim = fixture.Single("A Ukrainian army spokesman said enemy troops had managed to penetrate the town of Kurakhove.", ClaimKind.Control, "Kurakhove");
        Assert.Equal(Side.Ukraine, claim.Claimant.Side);
        Assert.Equal(Side.Russia, claim.Side);
    }
}
