using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>What every claim of a report carries regardless of kind: its date and its evidence.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class ReportClaimsTests(ExtractionFixture fixture)
{
    [Fact]
    public void On_Monday_is_the_Monday_before_a_Tuesday_publication_date()
    {
        var claim = fixture.Single("Russian troops captured Dachne on Monday.", ClaimKind.Control, "Dachne");
        Assert.Equal(new DateOnly(2025, 3, 3), claim.Date);
    }

    [Fact]
    public void A_report_without_a_publication_date_gives_no_date_rather_than_a_guess()
    {
        var report = ReportParser.Parse("undated.txt", "title: t\noutlet: Sample Wire\n---\nRussian troops captured Dachne on Monday.\n");
        var claim = Assert.Single(fixture.Extractor.Extract(report));
        Assert.Null(claim.Date);
    }

    [Fact]
    public void Every_claims_evidence_is_the_body_text_at_its_span()
    {
        var report = ExtractionFixture.Report(
            "Sirens sounded in Kharkiv at dawn.\n"
            + "Ukraine's General Staff said its forces had liberated Robotyne. Russian troops attacked Siversk on Monday.\n\n"
            + "The Russian Defence Ministry said its forces had captured Dachne.");
        var claims = fixture.Extractor.Extract(report);
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c =>
        {
            var span = Assert.NotNull(c.EvidenceSpan);
            Assert.Equal(c.Evidence, report.Body[span.Start..span.End]);
        });
    }

    [Fact]
    public void The_evidence_is_the_sentence_that_holds_the_claim()
    {
        var claim = fixture.Single(
            "Shelling went on all night. Russian troops attacked Siversk on Monday. Crews cleared the roads.",
            ClaimKind.Fighting, "Siversk");
        Assert.Equal("Russian troops attacked Siversk on Monday.", claim.Evidence);
    }

    [Fact]
    public void A_report_without_claims_gives_an_empty_list()
    {
        Assert.Empty(fixture.Extract("Residents of Kharkiv queued for water on Monday. The weather stayed mild."));
    }
}
