using Frontwatch.Core;
using Frontwatch.Tests;

namespace Frontwatch.Assessment.Tests;

/// <summary>The acceptance line on the seed report of ../shared/eval/dev (read there, never copied).</summary>
[Collection(ScenarioCollection.Name)]
public sealed class SeedReportTests(ScenarioFixture fixture)
{
    private static string Seed => Path.Combine(TestPaths.Shared, "eval", "dev", "seed-2025-01-06.txt");

    [Fact]
    public void Kurakhove_is_held_by_Russia_or_contested_leaning_Russia_with_the_three_claims_as_evidence()
    {
        Assert.True(File.Exists(Seed), $"{Seed} is part of the shared material this test reads");
        var s = new Scenario(fixture);
        s.File(Seed);
        var state = s.On("Kurakhove", "2025-01-06");
        Assert.True(state.Holder == Holder.RU || (state.Holder == Holder.Contested && state.Leaning == Holder.RU), state.Describe());
        var evidence = state.For.Concat(state.Against).Select(w => (w.Evidence.Claim.Claimant.Name, w.Evidence.Claim.Kind)).ToList();
        Assert.Contains(("Russian Ministry of Defence", ClaimKind.Control), evidence);
        Assert.Contains(("DeepState", ClaimKind.Control), evidence);
        Assert.Contains(("Khortytsia group of forces", ClaimKind.Fighting), evidence);
        // DeepState, a Ukrainian monitor, corroborates the Russian ministry against its own side's interest.
        var deepState = Assert.Single(state.For, w => w.Evidence.Claim.Claimant.Name == "DeepState");
        Assert.True(deepState.Grade.AgainstInterest);
        Assert.Equal(1, state.For.First(w => w.Evidence.Claim.Claimant.Name == "Russian Ministry of Defence").Grade.Credibility);
    }
}
