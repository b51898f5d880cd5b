using Frontwatch.Core;

namespace Frontwatch.Assessment.Tests;

/// <summary>The scenarios, each from reports written for it and extracted as the CLI extracts them.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class ControlScenarioTests(ScenarioFixture fixture)
{
    private const string MinistryCapture = "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said on Monday.";

    [Fact]
    public void A_capture_claimed_by_one_belligerent_alone_is_claimed_unconfirmed()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", MinistryCapture);
        var state = s.On("Toretsk", "2025-02-12");
        Assert.Equal(Holder.RU, state.Holder);
        Assert.True(state.Unconfirmed);
        var grade = s.GradeOf(e => e.Claim.Kind == ClaimKind.Control);
        Assert.True(grade.SelfServing);
        Assert.Equal(4, grade.Credibility);
    }

    [Fact]
    public void The_same_capture_corroborated_by_an_independent_monitor_is_confirmed()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", MinistryCapture);
        s.Report("2025-02-14", "Russian troops have taken control of Toretsk, the Institute for the Study of War said in its daily update on Friday.", outlet: "Kyiv Independent");
        var state = s.On("Toretsk", "2025-02-14");
        Assert.Equal(Holder.RU, state.Holder);
        Assert.False(state.Unconfirmed);
        var grade = s.GradeOf(e => e.Claim.Kind == ClaimKind.Control && e.Claim.Claimant.Name == "Russian Ministry of Defence");
        Assert.Equal(1, grade.Credibility);
        Assert.Equal(["Institute for the Study of War"], grade.Corroborators);
        // "on Monday" in a Tuesday report is Feb. 10; ISW's "on Friday" is Feb. 14.
        Assert.Equal(4, grade.CorroborationLagDays);
    }

    [Fact]
    public void Forty_syndicated_copies_of_one_story_do_not_corroborate_each_other()
    {
        var s = new Scenario(fixture);
        long cluster = s.NewCluster();
        // The outlets' own narrative: each copy's claimant is the outlet that ran it, but they are one story.
        for (int i = 0; i < 40; i++)
            s.Report("2025-02-11", "Russian forces have captured the town of Toretsk in the Donetsk region after months of fighting.", outlet: $"Regional Paper {i}", cluster: cluster);
        var grades = ClaimGrader.GradeAll(s.Evidence);
        Assert.Equal(40, s.Evidence.Count(e => e.Claim.Kind == ClaimKind.Control));
        Assert.All(s.Evidence.Where(e => e.Claim.Kind == ClaimKind.Control), e => Assert.Empty(grades[e.Id].Corroborators));
        Assert.True(s.On("Toretsk", "2025-02-11").Unconfirmed);

        // One independent report is enough.
        s.Report("2025-02-12", "Toretsk is now under Russian control, DeepState said.");
        Assert.False(s.On("Toretsk", "2025-02-12").Unconfirmed);
    }

    [Fact]
    public void A_later_withdrawal_overturns_the_holder()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", MinistryCapture);
        s.Report("2025-02-12", "Toretsk is now under Russian control, DeepState said.");
        s.Report("2025-04-02", "Russian troops withdrew from Toretsk after a Ukrainian counteroffensive, Ukraine's General Staff said on Wednesday.");
        s.Report("2025-04-03", "Ukrainian forces have liberated Toretsk, the Institute for the Study of War said.");
        Assert.Equal(Holder.RU, s.On("Toretsk", "2025-03-01").Holder);
        var after = s.On("Toretsk", "2025-04-03");
        Assert.Equal(Holder.UA, after.Holder);
        // The earlier capture stays visible, against the new holder.
        Assert.Contains(after.Against, w => w.Evidence.Claim.Claimant.Name == "Russian Ministry of Defence");
    }

    [Fact]
    public void Fighting_after_a_capture_claim_makes_the_place_contested()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", MinistryCapture);
        s.Report("2025-02-15", "Fierce fighting continues in Toretsk, the Khortytsia group of forces said on Saturday.");
        var state = s.On("Toretsk", "2025-02-15");
        Assert.Equal(Holder.Contested, state.Holder);
        Assert.Equal(Holder.RU, state.Leaning);
    }

    [Fact]
    public void An_against_interest_claim_outweighs_a_self_serving_one()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", "Ukrainian forces hold Toretsk and have repelled every assault, Ukraine's General Staff said on Tuesday.");
        s.Report("2025-02-11", "Toretsk is now under Russian control, DeepState said on Tuesday.");
        var state = s.On("Toretsk", "2025-02-11");
        Assert.Equal(Holder.RU, state.Leaning);
        var deepState = s.GradeOf(e => e.Claim.Kind == ClaimKind.Control && e.Claim.Claimant.Name == "DeepState");
        Assert.True(deepState.AgainstInterest);
    }

    [Fact]
    public void Both_sides_self_serving_claims_are_graded_alike()
    {
        var s = new Scenario(fixture);
        s.Report("2025-02-11", "Russian forces have captured Toretsk, the Russian Ministry of Defence said.");
        s.Report("2025-02-11", "Ukrainian forces have liberated Lyman, Ukraine's General Staff said.");
        var ru = s.GradeOf(e => e.Claim.Place.Name == "Toretsk");
        var ua = s.GradeOf(e => e.Claim.Place.Name == "Lyman");
        Assert.True(ru.SelfServing);
        Assert.True(ua.SelfServing);
        Assert.Equal(ru.Credibility, ua.Credibility);
    }
}
