using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

/// <summary>The date of a claim is the day the text gives, never a guess.</summary>
[Collection(ExtractionCollection.Name)]
public sealed class ClaimDateTests(ExtractionFixture fixture)
{
    [Fact]
    public void A_speaker_who_names_no_day_gives_no_date()
    {
        var claim = fixture.Single("Russia's defence ministry said its forces had captured Kurakhove.", ClaimKind.Control, "Kurakhove");
        Assert.Null(claim.Date);
    }

    [Fact]
    public void A_speaker_who_names_a_day_gives_that_day()
    {
        var claim = fixture.Single("Russia's defence ministry said on Monday its forces had captured Kurakhove.", ClaimKind.Control, "Kurakhove");
        Assert.Equal(new DateOnly(2025, 3, 3), claim.Date);
    }
}
