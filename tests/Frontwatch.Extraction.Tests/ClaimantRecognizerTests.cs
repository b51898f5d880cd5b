using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class ClaimantRecognizerTests(ExtractionFixture fixture)
{
    private ClaimantMention Mention(string text, string surface) =>
        Assert.Single(fixture.Recognizer.Recognize(text), m => text[m.Span.Start..m.Span.End] == surface);

    [Theory]
    [InlineData("Russia's defence ministry said a convoy was hit.", "Russia's defence ministry", "Russian Ministry of Defence", "RU", ClaimantType.Military)]
    [InlineData("The Russian Defense Ministry said a convoy was hit.", "Russian Defense Ministry", "Russian Ministry of Defence", "RU", ClaimantType.Military)]
    [InlineData("Ukraine's General Staff said a convoy was hit.", "Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA", ClaimantType.Military)]
    [InlineData("DeepState said a convoy was hit.", "DeepState", "DeepState", "UA", ClaimantType.Monitor)]
    [InlineData("ISW said a convoy was hit.", "ISW", "Institute for the Study of War", "NONE", ClaimantType.Analyst)]
    [InlineData("The Khortytsia group of forces said a convoy was hit.", "Khortytsia group of forces", "Khortytsia group of forces", "UA", ClaimantType.Military)]
    [InlineData("The Tavria group said a convoy was hit.", "Tavria group", "Tavria group of forces", "UA", ClaimantType.Military)]
    // A lower-case alias with a possessive: the scan's capitalised copy once turned "Ukraine's" into "Ukraine'S", and it went unmatched.
    [InlineData("A spokesman for Ukraine's military intelligence said a convoy was hit.", "spokesman for Ukraine's military intelligence", "Andriy Yusov", "UA", ClaimantType.Military)]
    public void A_lexicon_alias_is_the_canonical_claimant_with_its_side_and_type(string text, string surface, string name, string side, ClaimantType type)
    {
        var claimant = Mention(text, surface).Claimant;
        Assert.Equal(new Claimant(name, new Side(side), type), claimant);
    }

    [Fact]
    public void A_major_general_not_in_the_lexicon_is_a_military_person_named_without_the_title()
    {
        var mention = Mention("Major General Ivan Petrenko inspected the trenches on Sunday.", "Ivan Petrenko");
        Assert.Equal("Ivan Petrenko", mention.Claimant.Name);
        Assert.Equal(ClaimantType.Military, mention.Claimant.Type);
        Assert.True(mention.IsPerson);
    }

    [Fact]
    public void An_independent_analyst_not_in_the_lexicon_is_an_analyst_of_no_side()
    {
        var mention = Mention("Independent analyst Tomas Berg said the town was nearly surrounded.", "Tomas Berg");
        Assert.Equal(new Claimant("Tomas Berg", Side.None, ClaimantType.Analyst), mention.Claimant);
    }

    [Fact(Skip = "known gap: the Janes row's alias \"Jane's\" folds to \"Jane\" and matches the given name of \"Jane Moor\", so the titled-person pattern never sees her")]
    public void An_independent_analyst_whose_given_name_is_a_lexicon_word_is_still_the_named_analyst()
    {
        var mention = Mention("Independent analyst Jane Moor said the town was nearly surrounded.", "Jane Moor");
        Assert.Equal(new Claimant("Jane Moor", Side.None, ClaimantType.Analyst), mention.Claimant);
    }

    [Fact]
    public void An_independent_analyst_takes_no_side_from_the_forces_his_claim_is_about()
    {
        var mention = Mention("Independent analyst Tomas Berg said Russian forces had captured Dachne.", "Tomas Berg");
        Assert.Equal(Side.None, mention.Claimant.Side);
    }

    [Fact]
    public void A_titled_person_takes_no_side_from_the_next_sentence()
    {
        var mention = Mention("Colonel Taras Hnatiuk toured the trenches on Sunday. Russian forces shelled the road.", "Taras Hnatiuk");
        Assert.Equal(Side.None, mention.Claimant.Side);
    }

    [Theory]
    [InlineData("Russian commander Pavel Orlov inspected the trenches.", "Pavel Orlov", "RU")]
    [InlineData("Ukrainian commander Petro Kovalchuk inspected the trenches.", "Petro Kovalchuk", "UA")]
    [InlineData("Russian Major General Ivan Petrenko inspected the trenches.", "Ivan Petrenko", "RU")]
    [InlineData("Ukrainian Major General Ivan Petrenko inspected the trenches.", "Ivan Petrenko", "UA")]
    public void A_titled_person_takes_the_side_of_the_adjective_before_the_title(string text, string surface, string side)
    {
        Assert.Equal(new Side(side), Mention(text, surface).Claimant.Side);
    }

    [Theory]
    [InlineData("Major General Ivan Petrenko, a Ukrainian brigade commander, inspected the trenches.", "UA")]
    [InlineData("Major General Ivan Petrenko, a Russian brigade commander, inspected the trenches.", "RU")]
    public void A_titled_person_takes_the_side_of_an_apposition_after_the_name(string text, string side)
    {
        Assert.Equal(new Side(side), Mention(text, "Ivan Petrenko").Claimant.Side);
    }

    [Theory]
    [InlineData("A senior Russian commander said the town was nearly surrounded.", "A senior Russian commander", "RU")]
    [InlineData("A senior Ukrainian commander said the town was nearly surrounded.", "A senior Ukrainian commander", "UA")]
    public void An_unnamed_senior_commander_is_a_military_person_of_the_adjectives_side(string text, string surface, string side)
    {
        var mention = Mention(text, surface);
        Assert.Equal(new Side(side), mention.Claimant.Side);
        Assert.Equal(ClaimantType.Military, mention.Claimant.Type);
        Assert.True(mention.IsPerson);
    }

    [Fact]
    public void Ukrainian_and_Western_assessments_are_one_claimant()
    {
        const string text = "Ukrainian and Western assessments say the town was nearly surrounded.";
        var mention = Assert.Single(fixture.Recognizer.Recognize(text));
        Assert.Equal("Ukrainian and Western assessments", text[mention.Span.Start..mention.Span.End]);
        Assert.Equal("Ukrainian and Western assessments", mention.Claimant.Name);
    }

    [Fact]
    public void A_surname_refers_back_to_a_lexicon_person_named_in_full()
    {
        const string text = "Commander-in-Chief Oleksandr Syrskyi toured the front on Sunday. Later Syrskyi said the line held.";
        var mention = Mention(text, "Syrskyi");
        Assert.Equal("Oleksandr Syrskyi", mention.Claimant.Name);
        Assert.True(mention.Span.Start > text.IndexOf("Later", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_refers_back_to_a_titled_person_not_in_the_lexicon()
    {
        const string text = "Colonel Taras Hnatiuk toured the front on Sunday. Later Hnatiuk said the line held.";
        var mention = Mention(text, "Hnatiuk");
        Assert.Equal("Taras Hnatiuk", mention.Claimant.Name);
        Assert.True(mention.IsPerson);
    }

    [Fact]
    public void A_unit_named_in_quotation_marks_is_the_lexicon_unit()
    {
        var mention = Mention("The “Khortytsia” group of forces reported heavy shelling overnight.", "“Khortytsia” group of forces");
        Assert.Equal("Khortytsia group of forces", mention.Claimant.Name);
    }

    [Fact]
    public void The_head_of_an_organisation_is_the_person_the_lexicon_names_as_its_head()
    {
        var mention = Mention("The founder of the mercenary outfit Wagner claimed his fighters had crossed the river.", "founder of the mercenary outfit Wagner");
        Assert.Equal("Yevgeny Prigozhin", mention.Claimant.Name);
        Assert.True(mention.IsPerson);
    }

    [Fact]
    public void An_outlets_sources_in_a_body_speak_with_the_outlets_side()
    {
        var mention = Mention("Ukrinform's sources in military intelligence said the village was not lost.", "Ukrinform's sources in military intelligence");
        Assert.Equal(new Claimant("Ukrainian military intelligence sources", Side.Ukraine, ClaimantType.Official), mention.Claimant);
    }

    [Fact]
    public void Sources_in_a_body_named_with_its_side_take_that_side()
    {
        var mention = Mention("Reuters' sources in the Russian defence ministry said the brigade had been withdrawn.", "Reuters' sources in the Russian defence ministry");
        Assert.Equal(new Claimant("Russian defence ministry sources", Side.Russia, ClaimantType.Official), mention.Claimant);
    }

    [Fact]
    public void A_national_commander_in_chief_title_is_not_a_claimant_of_its_own()
    {
        var mentions = fixture.Recognizer.Recognize("This was done to save lives, says Ukrainian Commander-in-Chief Oleksandr Syrskyi.");
        Assert.Equal("Oleksandr Syrskyi", Assert.Single(mentions).Claimant.Name);
    }

    [Fact]
    public void A_lexicon_alias_written_in_lower_case_is_found_in_running_text()
    {
        var mention = Mention("A drone fell on a garage, the governor of the Belgorod region wrote on Telegram.", "governor of the Belgorod region");
        Assert.Equal("Vyacheslav Gladkov", mention.Claimant.Name);
    }
}
