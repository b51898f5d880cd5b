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

    [Fact]
    public void He_with_an_adverb_before_the_verb_refers_back_to_the_last_person()
    {
        var claimants = Claimants("Russian troops hold most of the town, Vasyl Chynchyk said. He nonetheless said that Ukrainian units still hold the western districts.");
        Assert.Equal("Vasyl Chynchyk", claimants[1]);
    }

    [Fact]
    public void According_to_him_refers_back_to_the_last_person()
    {
        var claimants = Claimants("Vasyl Chynchyk spoke on the national telethon. According to him, Russian troops are trying to storm the town.");
        Assert.Equal("Vasyl Chynchyk", claimants[1]);
    }

    [Fact]
    public void A_verb_before_the_title_refers_back_to_the_person_holding_it()
    {
        var claimants = Claimants("Commander-in-Chief Oleksandr Syrskyi spoke on Sunday. \"Our units are holding the line near Chasiv Yar,\" added the chief.");
        Assert.Equal("Oleksandr Syrskyi", claimants[1]);
    }

    [Fact]
    public void An_unnamed_governor_is_the_governor_named_in_the_next_sentence()
    {
        var claimants = Claimants("Russian drones struck the port overnight, the regional governor said on Friday. \"Two warehouses burned,\" Odesa governor Oleh Kiper said.");
        Assert.Equal("Oleh Kiper", claimants[0]);
    }

    [Fact]
    public void A_paragraph_after_X_replied_colon_is_the_reply()
    {
        var claimants = Claimants("Asked about the night in the town, Vasyl Chynchyk replied:\nThe enemy did not manage to advance. Our units hold their positions.");
        Assert.Equal(["Vasyl Chynchyk", "Vasyl Chynchyk", "Vasyl Chynchyk"], claimants);
    }

    [Fact]
    public void Unquoted_speech_closed_by_a_dash_and_X_said_is_the_speakers()
    {
        var claimants = Claimants("Vasyl Chynchyk visited the town.\nThe enemy keeps attacking. Our units are holding their positions - Chynchyk said.");
        Assert.Equal([ExtractionFixture.SampleWire, "Vasyl Chynchyk", "Vasyl Chynchyk"], claimants);
    }

    [Fact]
    public void This_was_announced_by_X_opening_a_paragraph_gives_X_the_paragraph_before()
    {
        var claimants = Claimants("About half of the town is held by Ukrainian units. The rest is in enemy hands.\nThis was announced by the head of the city administration Vasyl Chynchyk on the telethon.");
        Assert.Equal(["Vasyl Chynchyk", "Vasyl Chynchyk", "Vasyl Chynchyk"], claimants);
    }

    [Fact]
    public void A_second_speech_verb_of_the_subject_belongs_to_the_subject()
    {
        var claimants = Claimants("Ukraine's military made no comment on the fate of the village, but said fighting went on nearby.");
        Assert.Equal(["Armed Forces of Ukraine"], claimants);
    }

    [Fact]
    public void Xs_bracketed_assessment_on_a_date_which_observes_belongs_to_X()
    {
        var claimants = Claimants("Britain's view rests on the UK Ministry of Defence's (MoD) assessment on May 12, which observes that Ukrainian units still hold the ridge.");
        Assert.Equal(["UK Ministry of Defence"], claimants);
    }

    [Fact]
    public void X_writing_on_Telegram_belongs_to_X()
    {
        var claimants = Claimants("Vyacheslav Gladkov, writing on Telegram: a drone hit a car near the border.");
        Assert.Equal(["Vyacheslav Gladkov"], claimants);
    }

    [Fact]
    public void A_country_named_in_a_relative_clause_does_not_speak()
    {
        var claimants = Claimants("An official in the Russian region, which borders Ukraine, says fighting is continuing.");
        Assert.Equal([ExtractionFixture.SampleWire], claimants);
    }

    [Fact]
    public void Analysts_noted_refers_back_to_the_last_analyst()
    {
        var claimants = Claimants("The Institute for the Study of War published its update. Analysts noted that Russian troops likely attacked near Toretsk.");
        Assert.Equal("Institute for the Study of War", claimants[1]);
    }

    [Fact]
    public void The_agency_with_an_adjective_refers_back_to_the_agency()
    {
        var claimants = Claimants("The National Intelligence Service briefed lawmakers on Friday. The spy agency said more troops would follow.");
        Assert.Equal("National Intelligence Service", claimants[1]);
    }

    [Fact]
    public void Contradicting_Ys_statement_names_Y_and_is_not_itself_a_denial()
    {
        const string text = "Ukraine's General Staff contradicted Shoigu's statement, noting that Ukrainian units hold positions near the village.";
        var attribution = Assert.Single(Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet));
        Assert.Equal("Sergei Shoigu", attribution.Contradicts?.Name);
        Assert.False(attribution.Denies);
    }

    [Fact]
    public void Denying_Ys_claim_that_keeps_the_denial_in_the_sentence()
    {
        const string text = "Ukraine's General Staff denied Shoigu's claim that Russian troops had captured the village.";
        var attribution = Assert.Single(Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet));
        Assert.Null(attribution.Contradicts);
        Assert.True(attribution.Denies);
    }

    [Fact]
    public void Ys_claim_is_not_true_names_Y()
    {
        const string text = "A Ukrainian commander told Reuters that Prigozhin's claim \"is not true.\"";
        var attribution = Assert.Single(Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet));
        Assert.Equal("Yevgeny Prigozhin", attribution.Contradicts?.Name);
    }

    [Fact]
    public void The_ministry_refers_back_to_a_ministry_known_only_from_the_bare_phrase()
    {
        const string text = "Russian troops captured the village, the defence ministry said. The ministry said in a statement that Russian artillery had hit Ukrainian positions. \"The enemy brought in reserves,\" it said.";
        var moD = new Claimant("Russian Ministry of Defence", Side.Russia, ClaimantType.Military);
        var sentences = SentenceSplitter.Split(text);
        var attributions = Attributor.Attribute(text, sentences, fixture.Recognizer.Recognize(text), Outlet, (phrase, _) => phrase.EndsWith("ministry", StringComparison.Ordinal) ? moD : null);
        Assert.Equal([moD, moD, moD], attributions.Select(a => a.Claimant));
    }

    [Fact]
    public void The_person_set_off_after_an_office_speaks_rather_than_the_office()
    {
        var claimants = Claimants("\"Russian troops hold part of the town,\" the governor of the Donetsk region, Ivan Petrenko, said on television.");
        Assert.Equal(["Ivan Petrenko"], claimants);
    }

    [Fact]
    public void According_to_a_surname_is_the_person_named_in_full_with_an_office_before()
    {
        var claimants = Claimants("Russian troops shelled the town, the head of the town's administration, Ivan Petrenko, said. According to Petrenko, the enemy is storming positions around the clock.");
        Assert.Equal(["Ivan Petrenko", "Ivan Petrenko"], claimants);
    }

    [Fact]
    public void A_speaker_after_a_conjunction_speaks_only_for_the_clause_it_opens()
    {
        const string text = "The town held, though the Russian Defence Ministry said it was captured.";
        var attribution = Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet).Single();
        Assert.Equal(text.IndexOf("Russian", StringComparison.Ordinal), attribution.ContentStart);
    }

    [Fact]
    public void A_conjunction_more_than_five_words_before_the_speaker_opens_no_clause_of_its_own()
    {
        const string text = "The town held and the enemy lost many armoured vehicles near the river bank Russian Defence Ministry said.";
        var attribution = Attributor.Attribute(text, SentenceSplitter.Split(text), fixture.Recognizer.Recognize(text), Outlet).Single();
        Assert.Equal("Russian Ministry of Defence", attribution.Claimant.Name);
        Assert.Null(attribution.ContentStart);
    }

    [Theory]
    [InlineData("one two three four ", 2, "three four ")]
    [InlineData("one  two\nthree", 2, "two\nthree")]
    [InlineData("one two ", 5, "one two ")]
    [InlineData("", 3, "")]
    public void The_last_words_of_a_span_start_at_a_word_set_off_by_white_space(string span, int count, string expected)
    {
        Assert.Equal(expected, Attributor.LastWords(span, count).ToString());
    }

    [Theory]
    [InlineData("Commander-in-Chief Oleksandr Syrskyi spoke on Sunday. Said the chief: the line holds near Chasiv Yar.")]
    [InlineData("Commander-in-Chief Oleksandr Syrskyi spoke on Sunday. The line holds near Chasiv Yar - said the chief.")]
    [InlineData("Commander-in-Chief Oleksandr Syrskyi spoke on Sunday. The line holds near Chasiv Yar, the town, said the chief.")]
    public void A_speech_verb_before_its_title_at_the_start_or_after_a_comma_or_dash_names_the_speaker(string text)
    {
        Assert.Equal("Oleksandr Syrskyi", Claimants(text)[1]);
    }
}
