namespace Frontwatch.Extraction.Tests;

public sealed class DateResolverTests
{
    // A Monday.
    private static readonly DateOnly Monday = new(2025, 3, 10);

    private static EventDate Only(string sentence, DateOnly published) => Assert.Single(DateResolver.Find(sentence, published));

    [Fact]
    public void On_Monday_in_a_Monday_report_is_the_publication_day()
    {
        Assert.Equal(Monday, Only("The ministry said on Monday its forces had taken the village.", Monday).Date);
    }

    [Fact]
    public void A_bare_weekday_is_the_latest_such_day_before_publication()
    {
        Assert.Equal(new DateOnly(2025, 3, 6), Only("Troops entered the town Thursday, the governor said.", Monday).Date);
    }

    [Fact]
    public void On_Sunday_night_is_that_Sunday()
    {
        var date = Only("Drones struck the port on Sunday night, officials said.", Monday);
        Assert.Equal(new DateOnly(2025, 3, 9), date.Date);
        Assert.Equal("on Sunday night", date.Expression);
    }

    [Fact]
    public void Late_on_Thursday_is_that_Thursday()
    {
        Assert.Equal(new DateOnly(2025, 3, 6), Only("The bridge was hit late on Thursday, the regional head said.", Monday).Date);
    }

    [Fact]
    public void Overnight_into_Tuesday_is_the_Tuesday()
    {
        var published = new DateOnly(2025, 3, 11);
        var date = Only("Missiles hit the capital overnight into Tuesday.", published);
        Assert.Equal(published, date.Date);
        Assert.Equal("overnight into Tuesday", date.Expression);
    }

    [Fact]
    public void A_weekday_phrase_after_a_bracket_or_across_a_line_break_keeps_its_opening_words()
    {
        var published = new DateOnly(2025, 3, 11);
        Assert.Equal("(late on\nTuesday".TrimStart('('), Only("The depot burned (late on\nTuesday).", published).Expression);
        Assert.Equal(["from Monday", "early on Tuesday"], DateResolver.Find("Shelling went on from Monday until, early on Tuesday, it stopped.", published).Select(d => d.Expression));
    }

    [Fact]
    public void Last_Monday_is_a_week_before_a_Monday_report()
    {
        Assert.Equal(new DateOnly(2025, 3, 3), Only("The village fell last Monday, the army conceded.", Monday).Date);
    }

    [Theory]
    [InlineData("Shelling resumed today in the south, officials said.")]
    [InlineData("Shelling resumed this morning in the south, officials said.")]
    [InlineData("Shelling resumed overnight in the south, officials said.")]
    [InlineData("Shelling resumed tonight in the south, officials said.")]
    public void Today_this_morning_and_overnight_are_the_publication_day(string sentence)
    {
        Assert.Equal(Monday, Only(sentence, Monday).Date);
    }

    [Theory]
    [InlineData("Shelling resumed yesterday in the south, officials said.")]
    [InlineData("Shelling resumed last night in the south, officials said.")]
    public void Yesterday_and_last_night_are_the_day_before(string sentence)
    {
        Assert.Equal(new DateOnly(2025, 3, 9), Only(sentence, Monday).Date);
    }

    [Theory]
    [InlineData("The depot was destroyed on Feb. 20, the army said.")]
    [InlineData("The depot was destroyed on February 20, the army said.")]
    [InlineData("The depot was destroyed on 20 February, the army said.")]
    [InlineData("The depot was destroyed Feb 20th, the army said.")]
    public void Month_day_forms_take_the_publication_year(string sentence)
    {
        Assert.Equal(new DateOnly(2025, 2, 20), Only(sentence, Monday).Date);
    }

    [Fact]
    public void A_December_date_in_a_January_report_is_the_previous_year()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), Only("The barrage on Dec. 31 hit a hospital.", new DateOnly(2025, 1, 6)).Date);
    }

    [Fact]
    public void A_date_a_few_days_after_publication_keeps_the_coming_year()
    {
        Assert.Equal(new DateOnly(2025, 1, 2), Only("Talks are due to open on Jan. 2 in Geneva.", new DateOnly(2024, 12, 30)).Date);
    }

    [Fact]
    public void A_date_weeks_after_publication_is_last_year()
    {
        Assert.Equal(new DateOnly(2024, 4, 15), Only("The town fell on April 15, the ministry recalled.", Monday).Date);
    }

    [Theory]
    [InlineData("The village was captured on 23rd Dec, 2024, the report said.")]
    [InlineData("The village was captured on December 23, 2024, the report said.")]
    [InlineData("The village was captured on 2024-12-23, the report said.")]
    [InlineData("The village was captured on 23.12.2024, the report said.")]
    public void An_explicit_year_is_kept(string sentence)
    {
        Assert.Equal(new DateOnly(2024, 12, 23), Only(sentence, Monday).Date);
    }

    [Fact]
    public void New_Years_Eve_is_December_31()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), Only("Missiles rained down on New Year's Eve.", new DateOnly(2025, 1, 1)).Date);
    }

    [Theory]
    [InlineData("The offensive began in December 2024, analysts said.")]
    [InlineData("The offensive began in early August, analysts said.")]
    [InlineData("Troops advanced last week, analysts said.")]
    [InlineData("Troops advanced earlier this month, analysts said.")]
    [InlineData("Troops advanced over the past day, analysts said.")]
    [InlineData("Troops advanced in recent days, analysts said.")]
    [InlineData("Troops advanced last month, analysts said.")]
    [InlineData("Troops have advanced for months, analysts said.")]
    [InlineData("The president said earlier that troops had advanced.")]
    [InlineData("Troops have held the town since 2022, analysts said.")]
    [InlineData("Troops advanced last winter, analysts said.")]
    public void A_period_with_no_day_has_no_date(string sentence)
    {
        Assert.Null(Only(sentence, Monday).Date);
    }

    [Theory]
    [InlineData("Fighting went on in Sundayivka and Yearwood, officials said.")]
    [InlineData("The offensive stalled, analysts said, citing 1,200 casualties.")]
    public void Date_words_inside_other_words_and_numbers_are_no_dates(string sentence)
    {
        Assert.Empty(DateResolver.Find(sentence, Monday));
    }

    [Fact]
    public void Expressions_come_in_text_order_with_their_spans()
    {
        const string sentence = "The attack on Saturday followed strikes on March 2 and over the past week.";

        var dates = DateResolver.Find(sentence, Monday);

        Assert.Equal(["on Saturday", "March 2", "over the past week"], dates.Select(d => d.Expression));
        Assert.All(dates, d => Assert.Equal(d.Expression, sentence[d.Span.Start..d.Span.End]));
    }

    [Fact]
    public void Resolve_takes_the_first_expression_with_a_day()
    {
        Assert.Equal(new DateOnly(2025, 3, 8), DateResolver.Resolve("Over the past week troops advanced, and on Saturday they took the village, the army said on Monday.", Monday));
    }

    [Fact]
    public void Resolve_is_null_when_only_a_period_is_named()
    {
        Assert.Null(DateResolver.Resolve("Russian troops made no gains over the past day, the commander said.", Monday));
    }

    [Fact]
    public void Resolve_is_the_statement_day_when_no_date_is_named()
    {
        Assert.Equal(Monday, DateResolver.Resolve("Russian forces have captured the village, the ministry said.", Monday));
    }

    [Fact]
    public void Lower_case_may_and_march_are_not_months()
    {
        Assert.Empty(DateResolver.Find("Troops may 10 times march 5 kilometres.", Monday));
    }

    [Fact]
    public void A_long_sentence_is_resolved_in_one_pass()
    {
        string sentence = string.Concat(Enumerable.Repeat("over the past few of the on Monday Jan. 3 in recent ", 1000));

        var dates = DateResolver.Find(sentence, Monday);

        Assert.Equal(1000, dates.Count(d => d.Expression == "on Monday"));
    }

    // DayOf looks for periods only once a day is found; it must agree with the first dated expression of Find,
    // also where a period covers the day ("over the last night" holds "last night") and where there is no day.
    [Theory]
    [InlineData("Russian forces shelled the village on Tuesday, the governor said.")]
    [InlineData("Fighting went on over the last night near the town, officials said.")]
    [InlineData("Over the past week troops advanced, and on Jan. 3 they entered the village.")]
    [InlineData("Troops have advanced in recent weeks, the ministry said.")]
    [InlineData("The brigade said it repelled 14 attacks.")]
    [InlineData("Late on Thursday drones hit the port; earlier this month a strike hit the station.")]
    public void DayOf_is_the_first_dated_expression_of_Find(string sentence)
    {
        var first = DateResolver.Find(sentence, Monday).Select(d => d.Date).FirstOrDefault(d => d is not null);
        Assert.Equal(first, DateResolver.DayOf(sentence, Monday));
    }

    [Fact]
    public void A_period_that_covers_a_day_leaves_the_sentence_without_one()
    {
        Assert.Null(DateResolver.DayOf("Fighting went on over the last night near the town.", Monday));
        Assert.Equal(Monday.AddDays(-1), DateResolver.DayOf("Fighting went on last night near the town.", Monday));
    }
}
