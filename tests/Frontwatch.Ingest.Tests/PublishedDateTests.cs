namespace Frontwatch.Ingest.Tests;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2025-03-04")]
    [InlineData("2025-03-04T23:30:00-05:00")]
    [InlineData("2025-03-04T08:00:00Z")]
    [InlineData("Tue, 04 Mar 2025 10:00:00 GMT")]
    [InlineData("Tue, 04 Mar 2025 10:00:00 +0200")]
    [InlineData("Tue, 04 Mar 2025 10:00:00 EST")]
    [InlineData("4 March 2025")]
    [InlineData("March 4, 2025")]
    [InlineData("1741082400")]
    [InlineData("1741082400000")]
    public void Reads_the_common_ways_of_writing_4_March_2025(string text) =>
        Assert.Equal(new DateOnly(2025, 3, 4), PublishedDate.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("42")]
    [InlineData("2025-13-45")]
    public void Unreadable_dates_are_null(string text) => Assert.Null(PublishedDate.Parse(text));
}
