using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class AttributorTests(ExtractionFixture fixture)
{
    private static readonly Claimant Outlet = new(ExtractionFixture.SampleWire, Side.None, ClaimantType.Media);

    private string[] Claimants(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var attributions = Attributor.Attribute(text, sentences, fixture.Recognizer.Recognize(text), Outlet);
        Assert.Equal(sentences.Count, attributions.Length);
        return [.. attributions.Select(a => a.Claimant.Name)];
    }

    [Fact]
    public void X_said_that_belongs_to_X()
    {
        Assert.Equal(["Russian Ministry of Defence"], Claimants("The Russian Defence Ministry said that its forces had captured Dachne."));
    }

    [Fact]
    public void X_said_without_that_belongs_to_X()
    {
        Assert.Equal(["General Staff of the Armed Forces of Ukraine"], Claimants("Ukraine's General Staff said its forces had liberated Robotyne."));
    }

    [Fact]
    public void According_to_X_belongs_to_X()
    {
        Assert.Equal(["DeepState"], Claimants("According to DeepState, Russian forces have entered Toretsk."));
    }

    [Fact]
    public void X_told_Reuters_belongs_to_X_not_to_Reuters()
    {
        Assert.Equal(["Ukrainian commander"], Claimants("A Ukrainian commander told Reuters that Russian troops had attacked Kupiansk."));
    }

    [Fact]
    public void X_showed_belongs_to_X()
    {
        Assert.Equal(["DeepState"], Claimants("DeepState showed Russian troops advancing toward Toretsk."));
    }

    [Fact]
    public void Xs_map_showed_belongs_to_X()
    {
        Assert.Equal(["DeepState"], Claimants("DeepState's map showed Russian troops inside Toretsk."));
    }

    [Fact]
    public void X_maps_showed_belongs_to_X()
    {
        Assert.Equal(["DeepState"], Claimants("DeepState maps showed Russian troops inside Toretsk."));
    }

    [Fact]
    public void A_sentence_closed_by_comma_X_said_belongs_to_X()
    {
        Assert.Equal(["DeepState"], Claimants("Russian troops have captured Dachne, DeepState said."));
    }

    [Fact]
    public void Ukrainian_and_Western_assessments_say_belongs_to_the_assessments()
    {
        Assert.Equal(["Ukrainian and Western assessments"], Claimants("Ukrainian and Western assessments say Russian forces have advanced near Pokrovsk."));
    }

    [Fact]
    public void Ukrainian_and_Western_assessments_suggest_belongs_to_the_assessments()
    {
        Assert.Equal(["Ukrainian and Western assessments"], Claimants("Ukrainian and Western assessments suggest Russian forces have advanced near Pokrovsk."));
    }

    [Fact]
    public void A_quotation_of_two_sentences_belongs_to_the_speaker_named_after_it()
    {
        Assert.Equal(
            ["Pavel Orlov", "Pavel Orlov"],
            Claimants("\"Our troops took control of Dachne. The enemy fled in disorder,\" Russian commander Pavel Orlov said."));
    }

    [Fact]
    public void A_closed_quotation_belongs_to_the_speaker_named_in_the_next_sentence()
    {
        var claimants = Claimants("\"Our troops took control of Dachne overnight.\" Russian commander Pavel Orlov said so on state television.");
        Assert.Equal("Pavel Orlov", claimants[0]);
    }

    [Fact]
    public void He_said_refers_back_to_the_last_person_not_to_a_later_organisation()
    {
        var claimants = Claimants("Ukrainian commander Petro Kovalchuk spoke after DeepState updated its map. He said Russian troops attacked Siversk.");
        Assert.Equal("Petro Kovalchuk", claimants[1]);
    }

    [Fact]
    public void The_ministry_said_refers_back_to_the_last_ministry_past_another_claimant()
    {
        var claimants = Claimants("The Russian Defence Ministry published a briefing. DeepState posted a new map. The ministry said its forces had captured Dachne.");
        Assert.Equal("Russian Ministry of Defence", claimants[2]);
    }

    [Fact]
    public void The_group_said_refers_back_to_the_last_group_past_another_claimant()
    {
        var claimants = Claimants("The Tavria group published a briefing. The Russian Defence Ministry posted a video. The group said its forces repelled an assault near Orikhiv.");
        Assert.Equal("Tavria group of forces", claimants[2]);
    }

    [Fact]
    public void The_ministry_said_at_the_end_refers_back_to_the_ministry()
    {
        var claimants = Claimants("The Russian Defence Ministry issued a statement. Russian troops captured Dachne, the ministry said.");
        Assert.Equal("Russian Ministry of Defence", claimants[1]);
    }

    [Fact]
    public void Unattributed_narrative_belongs_to_the_outlet()
    {
        Assert.Equal([ExtractionFixture.SampleWire], Claimants("Russian troops captured Dachne on Monday."));
    }

    [Fact]
    public void A_denial_verb_marks_the_attribution_as_a_denial()
    {
        const string text = "Ukraine's General Staff denied that Russian forces had captured Dachne.";
        var attribution = Assert.Single(Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet));
        Assert.True(attribution.Denies);
    }
}
