namespace Frontwatch.Gazetteer.Tests;

[Collection(GazetteerCollection.Name)]
public sealed class NameSummaryTests(GazetteerFixture fixture)
{
    [Fact]
    public void A_match_names_the_index_entry_whose_candidates_it_carries()
    {
        var matches = new List<NameMatch>();
        fixture.Gazetteer.Index.Scan("Fighting near Kurakhove, in Donetsk Oblast and in Ukraine, north of Mykolaivka.", matches);
        Assert.NotEmpty(matches);
        foreach (var match in matches)
            Assert.True(fixture.Gazetteer.Index.CandidatesOf(match.Name).Span.SequenceEqual(match.Candidates.Span));
    }

    [Fact]
    public void Every_name_is_summarised_as_its_candidates_would_be_at_the_mention()
    {
        var gazetteer = fixture.Gazetteer;
        for (int name = 0; name < gazetteer.Index.NameCount; name++)
        {
            var candidates = gazetteer.Index.CandidatesOf(name);
            var summary = gazetteer.SummaryOf(new NameMatch(0, 1, candidates) { Name = name });
            Assert.Equal(NameSummary.Of(gazetteer, candidates.Span), summary);
            Assert.Equal(summary, gazetteer.SummaryOf(new NameMatch(0, 1, candidates)));
        }
    }

    [Fact]
    public void A_region_name_is_summarised_with_its_region_and_no_anchor()
    {
        var matches = new List<NameMatch>();
        fixture.Gazetteer.Index.Scan("Donetsk Oblast", matches);
        var summary = fixture.Gazetteer.SummaryOf(Assert.Single(matches));
        Assert.Equal(PlaceKind.Region, fixture.Gazetteer.Places[summary.FirstRegion].Kind);
        Assert.Equal(summary.FirstRegion, summary.LastRegion);
    }
}
