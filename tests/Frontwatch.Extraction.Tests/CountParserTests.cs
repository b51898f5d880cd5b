using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

public sealed class CountParserTests
{
    private static CountPhrase Only(string sentence) => Assert.Single(CountParser.Find(sentence));

    private static void AssertCount(string sentence, long? min, long? max, string? noun = null)
    {
        var phrase = Only(sentence);
        Assert.Equal(new CountRange(min, max), phrase.Count);
        if (noun is not null) Assert.Equal(noun, phrase.Noun);
    }

    [Fact]
    public void Digits_with_comma_thousands_separators_are_one_number()
    {
        AssertCount("Officials in Kyiv said 1,000 soldiers had been moved to the border.", 1000, 1000, "soldiers");
    }

    [Fact]
    public void Digits_with_space_thousands_separators_are_one_number()
    {
        AssertCount("The regional governor said 11 000 residents had left the city.", 11000, 11000, "residents");
    }

    [Theory]
    [InlineData("The ministry said more than 1,000 enemy troops were killed in a week.")]
    [InlineData("The ministry said over 1,000 enemy troops were killed in a week.")]
    [InlineData("The ministry said at least 1,000 enemy troops were killed in a week.")]
    [InlineData("The ministry said upwards of 1,000 enemy troops were killed in a week.")]
    public void More_than_1000_is_a_lower_bound_only(string sentence)
    {
        AssertCount(sentence, 1000, null, "troops");
    }

    [Theory]
    [InlineData("The army said fewer than 60 drones reached their targets overnight.")]
    [InlineData("The army said less than 60 drones reached their targets overnight.")]
    [InlineData("The army said up to 60 drones reached their targets overnight.")]
    [InlineData("The army said as many as 60 drones reached their targets overnight.")]
    public void Up_to_60_is_an_upper_bound_only(string sentence)
    {
        AssertCount(sentence, null, 60, "drones");
    }

    [Theory]
    [InlineData("about")]
    [InlineData("around")]
    [InlineData("roughly")]
    [InlineData("nearly")]
    [InlineData("almost")]
    [InlineData("some")]
    [InlineData("approximately")]
    [InlineData("an estimated")]
    public void Approximate_numbers_are_taken_as_exact(string hedge)
    {
        AssertCount($"Western officials said {hedge} 11,000 troops had been sent to the region.", 11000, 11000, "troops");
    }

    [Fact]
    public void A_modifier_is_part_of_the_phrase_span()
    {
        const string sentence = "The governor said more than 40 people were hurt.";
        var phrase = Only(sentence);
        Assert.Equal("more than 40", sentence[phrase.Span.Start..phrase.Span.End]);
    }

    [Theory]
    [InlineData("Rescuers said 10-15 people were still under the rubble.")]
    [InlineData("Rescuers said 10–15 people were still under the rubble.")]
    [InlineData("Rescuers said 10 to 15 people were still under the rubble.")]
    [InlineData("Rescuers said between 10 and 15 people were still under the rubble.")]
    public void A_range_of_two_numbers_is_both_bounds(string sentence)
    {
        AssertCount(sentence, 10, 15, "people");
    }

    [Fact]
    public void Two_or_three_is_a_range()
    {
        AssertCount("Two or three apartment blocks were damaged, the mayor said.", 2, 3);
    }

    [Theory]
    [InlineData("Two soldiers were wounded in the shelling.", 2, "soldiers")]
    [InlineData("Twelve civilians were evacuated from the village.", 12, "civilians")]
    [InlineData("Twenty-five drones were shot down, the air force said.", 25, "drones")]
    [InlineData("A dozen drones were shot down, the air force said.", 12, "drones")]
    [InlineData("Two dozen drones were shot down, the air force said.", 24, "drones")]
    [InlineData("A hundred soldiers were captured near the river.", 100, "soldiers")]
    [InlineData("One hundred and twenty prisoners were exchanged on the border.", 120, "prisoners")]
    [InlineData("Two thousand five hundred residents remain in the town.", 2500, "residents")]
    public void Written_out_numbers_are_read(string sentence, long value, string noun)
    {
        AssertCount(sentence, value, value, noun);
    }

    [Fact]
    public void One_person_is_a_count_of_one()
    {
        AssertCount("The strike killed one person, the governor said.", 1, 1, "person");
    }

    [Fact]
    public void Dozens_is_20_to_90()
    {
        AssertCount("The strike killed dozens of officers at the command post.", 20, 90, "officers");
    }

    [Fact]
    public void Several_is_2_to_9()
    {
        AssertCount("Several civilians were wounded when the shell hit the market.", 2, 9, "civilians");
    }

    [Fact]
    public void A_few_is_2_to_4()
    {
        AssertCount("Only a few soldiers remained in the village, the commander said.", 2, 4, "soldiers");
    }

    [Theory]
    [InlineData("Officials believe several hundred troops took part in the assault.")]
    [InlineData("Officials believe hundreds of troops took part in the assault.")]
    public void Several_hundred_and_hundreds_are_200_to_900(string sentence)
    {
        AssertCount(sentence, 200, 900, "troops");
    }

    [Theory]
    [InlineData("Officials believe several thousand troops took part in the assault.")]
    [InlineData("Officials believe thousands of troops took part in the assault.")]
    public void Several_thousand_and_thousands_are_2000_to_9000(string sentence)
    {
        AssertCount(sentence, 2000, 9000, "troops");
    }

    [Fact]
    public void Tens_of_thousands_is_20000_to_90000()
    {
        AssertCount("Tens of thousands of residents fled the region in August.", 20000, 90000, "residents");
    }

    [Fact]
    public void Several_dozen_multiplies_the_dozen()
    {
        AssertCount("Several dozen drones were launched at the port.", 24, 108, "drones");
    }

    [Fact]
    public void Decimal_millions_are_whole_numbers()
    {
        AssertCount("The agency said 1.5 million people had no power after the attack.", 1_500_000, 1_500_000, "people");
    }

    [Fact]
    public void A_scale_word_after_a_range_applies_to_both_ends()
    {
        AssertCount("Between 1.5 and 2 million people were displaced, the agency said.", 1_500_000, 2_000_000, "people");
    }

    [Fact]
    public void A_strong_force_counts_its_members()
    {
        AssertCount("An 11,000-strong contingent was sent to the front.", 11000, 11000, "contingent");
    }

    [Fact]
    public void Digits_followed_by_hundred_are_multiplied()
    {
        AssertCount("Ships carried some 15-hundred special forces to the port.", 1500, 1500, "forces");
    }

    [Theory]
    [InlineData("They said 20 or more drones were launched.")]
    [InlineData("They said 20+ drones were launched.")]
    public void Or_more_after_a_number_is_a_lower_bound(string sentence)
    {
        AssertCount(sentence, 20, null, "drones");
    }

    [Fact]
    public void The_noun_is_the_head_of_the_group_that_follows()
    {
        AssertCount("The president said about 50 Russian assault troops were captured.", 50, 50, "troops");
    }

    [Fact]
    public void The_noun_is_found_past_two_nationalities()
    {
        AssertCount("The blast killed dozens of Russian and North Korean officers, Kyiv said.", 20, 90, "officers");
    }

    [Fact]
    public void Another_after_a_casualty_verb_is_one_more()
    {
        var phrases = CountParser.Find("The shell killed one person and injured another, the governor said.");
        Assert.Equal([CountRange.Exactly(1), CountRange.Exactly(1)], phrases.Select(p => p.Count));
    }

    [Fact]
    public void Another_elsewhere_is_not_a_count()
    {
        Assert.Empty(CountParser.Find("Another attack followed, and the soldiers helped one another."));
    }

    [Fact]
    public void A_number_with_no_noun_after_it_has_a_null_noun()
    {
        var phrase = Only("The shelling killed two and wounded none, officials said.");
        Assert.Null(phrase.Noun);
    }

    [Fact]
    public void Killed_and_wounded_counts_are_separate_phrases()
    {
        var phrases = CountParser.Find("The attack killed three people and injured 14 others.");
        Assert.Equal([CountRange.Exactly(3), CountRange.Exactly(14)], phrases.Select(p => p.Count));
        Assert.Equal(["people", "others"], phrases.Select(p => p.Noun));
    }

    [Theory]
    [InlineData("The town was first shelled in 2014 and again in 2022.")]
    [InlineData("Russia began the full-scale invasion in February 2022, officials recalled.")]
    [InlineData("The 2022 invasion displaced millions of people.")]
    [InlineData("The unit has fought there since 2023.")]
    [InlineData("Fighting in 2023-2024 drained both armies.")]
    public void Years_are_not_counts(string sentence)
    {
        Assert.DoesNotContain(CountParser.Find(sentence), p => p.Count.Min is >= 1900 and <= 2100 || p.Count.Max is >= 1900 and <= 2100);
    }

    [Fact]
    public void A_four_digit_number_before_troops_is_a_count()
    {
        AssertCount("The ministry said 2000 troops had arrived.", 2000, 2000, "troops");
    }

    [Theory]
    [InlineData("The attack on Jan. 20 hit a power station.")]
    [InlineData("The attack on January 20 hit a power station.")]
    [InlineData("The attack on 20 January hit a power station.")]
    [InlineData("The attack on Dec. 31 hit a power station.")]
    [InlineData("The attack on the 5th hit a power station.")]
    [InlineData("The attack on 23rd Dec, 2024 hit a power station.")]
    [InlineData("The attack of 2024-12-23 hit a power station.")]
    public void Dates_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("Sirens sounded at 10:30 in the capital.")]
    [InlineData("Sirens sounded at 3 p.m. in the capital.")]
    [InlineData("Sirens sounded at 3pm in the capital.")]
    [InlineData("Sirens sounded at 1400 GMT in the capital.")]
    [InlineData("Sirens sounded at 0400 in the capital.")]
    public void Times_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("Troops pushed to a village 20 miles south of the city.")]
    [InlineData("Troops pushed to a village 10 km south of the city.")]
    [InlineData("Troops pushed to a village 10km south of the city.")]
    [InlineData("Troops took about 1,300 square kilometres of land.")]
    [InlineData("Troops pushed to a village some 20-km south of the city.")]
    public void Distances_and_areas_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("Roughly 40-50% of the town is held by Ukraine.")]
    [InlineData("About 60 percent of the town is held by Ukraine.")]
    [InlineData("About 60 per cent of the town is held by Ukraine.")]
    public void Percentages_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("Soldiers of the 93rd brigade held the line.")]
    [InlineData("Soldiers of the 47th Mechanized Brigade held the line.")]
    [InlineData("Soldiers of Brigade 93 held the line.")]
    public void Unit_numbers_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Fact]
    public void A_plural_unit_name_is_counted()
    {
        AssertCount("Russia is attacking with up to four brigades, the commander said.", null, 4, "brigades");
    }

    [Theory]
    [InlineData("Crews fired 155mm shells at the bridge.")]
    [InlineData("Crews fired 155-mm shells at the bridge.")]
    [InlineData("Crews fired 152 mm shells at the bridge.")]
    [InlineData("Crews fired .50 calibre rounds at the bridge.")]
    public void Calibres_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("The army said it fired a Tochka-U missile at the depot.")]
    [InlineData("An S-300 battery was destroyed near the airfield.")]
    [InlineData("A Su-34 jet dropped glide bombs on the town.")]
    [InlineData("Kyiv has asked for more F-16s and Patriot PAC-3 interceptors.")]
    [InlineData("Russia used a Shahed 136 against the grid.")]
    public void Model_numbers_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Theory]
    [InlineData("Fighting has gone on for more than 200 days.")]
    [InlineData("A 45-year-old man was wounded by shrapnel.")]
    [InlineData("The brigade held the town for three-day stretches.")]
    [InlineData("Two-thirds of the town is in ruins.")]
    [InlineData("Kyiv asked for $50 million in aid.")]
    [InlineData("The council invoked Article 5 after the strike.")]
    public void Durations_ages_fractions_money_and_labels_are_not_counts(string sentence)
    {
        Assert.Empty(CountParser.Find(sentence));
    }

    [Fact]
    public void No_one_is_not_a_count()
    {
        Assert.Empty(CountParser.Find("No one was hurt in the blast, the mayor said."));
    }

    [Fact]
    public void A_long_run_of_numbers_is_parsed_in_one_pass()
    {
        string sentence = string.Concat(Enumerable.Repeat("about 12 soldiers, one two three 1,000 and ", 1200));

        var phrases = CountParser.Find(sentence);

        Assert.Equal(1200, phrases.Count(p => p.Noun == "soldiers"));
    }
}
