namespace Frontwatch.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(s => text[s.Span.Start..s.Span.End])];

    [Theory]
    [InlineData("Officials briefed U.S. senators on Friday.", "The talks ended without a statement.")]
    [InlineData("The U.S. State Department approved the transfer of shells.", "Deliveries start next month.")]
    public void US_with_its_stops_does_not_end_a_sentence(string first, string second)
    {
        Assert.Equal([first, second], Sentences(first + " " + second));
    }

    [Fact]
    public void A_month_abbreviation_before_the_day_does_not_end_a_sentence()
    {
        Assert.Equal(
            ["Fighting flared on Jan. 12 near Siversk.", "Shelling stopped at dawn."],
            Sentences("Fighting flared on Jan. 12 near Siversk. Shelling stopped at dawn."));
    }

    [Fact]
    public void Maj_Gen_before_a_name_does_not_end_a_sentence()
    {
        Assert.Equal(
            ["Maj. Gen. Oleh Bondar inspected the trenches near Lyman.", "He left before noon."],
            Sentences("Maj. Gen. Oleh Bondar inspected the trenches near Lyman. He left before noon."));
    }

    [Fact]
    public void A_quotation_of_two_sentences_is_split_inside_and_its_closing_mark_stays_with_the_second()
    {
        Assert.Equal(
            ["\"We kept the trenches.", "The enemy pulled back,\" the colonel said.", "Shelling went on."],
            Sentences("\"We kept the trenches. The enemy pulled back,\" the colonel said. Shelling went on."));
    }

    [Fact]
    public void A_closing_quotation_mark_after_the_stop_stays_with_its_sentence()
    {
        Assert.Equal(
            ["The sergeant said: \"Nobody retreated.\"", "Then the barrage resumed."],
            Sentences("The sergeant said: \"Nobody retreated.\" Then the barrage resumed."));
    }

    [Fact]
    public void A_line_break_starts_a_new_paragraph_and_blank_lines_do_not_count()
    {
        const string text = "Sirens sounded at dawn. Crews went out.\nThe mayor spoke at noon.\n\nSchools stayed closed.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal([0, 0, 1, 2], sentences.Select(s => s.Paragraph));
        Assert.Equal(["Sirens sounded at dawn.", "Crews went out.", "The mayor spoke at noon.", "Schools stayed closed."], Sentences(text));
    }

    [Fact]
    public void A_day_number_with_a_stop_and_no_space_before_a_capital_ends_the_sentence()
    {
        Assert.Equal(
            ["The convoy was hit on Oct. 8.", "In the morning the shelling resumed."],
            Sentences("The convoy was hit on Oct. 8.In the morning the shelling resumed."));
    }

    [Fact]
    public void Sentence_spans_leave_out_surrounding_whitespace()
    {
        Assert.Equal(["Troops dug in.", "Rain fell."], Sentences("  Troops dug in.   Rain fell.  "));
    }
}
