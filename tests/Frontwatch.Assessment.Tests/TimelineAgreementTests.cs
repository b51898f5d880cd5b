using Frontwatch.Core;

namespace Frontwatch.Assessment.Tests;

/// <summary>
/// The fast paths against the direct ones on random claim sets: the timelines' running sums against StateOn, which
/// weighs every claim directly; GradeAll, which reads only a window of days around each claim, against GradeOne,
/// which reads every claim about the place.
/// </summary>
public sealed class TimelineAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_state_of_every_timeline_is_what_weighing_each_claim_gives(int seed)
    {
        var evidence = RandomClaims(seed);
        var grades = ClaimGrader.GradeAll(evidence);
        int compared = 0;
        foreach (var timeline in ControlAssessor.Timelines(evidence, grades))
        {
            var same = evidence.Where(e => e.PlaceKey == timeline.PlaceKey).ToList();
            foreach (var state in timeline.States)
            {
                var direct = ControlAssessor.StateOn(state.From, same, grades);
                Assert.Equal(direct.Holder, state.Holder);
                Assert.Equal(direct.Leaning, state.Leaning);
                Assert.Equal(direct.Unconfirmed, state.Unconfirmed);
                Assert.InRange(state.Confidence, direct.Confidence - 0.0011, direct.Confidence + 0.0011);
                Assert.Equal(direct.For.Select(w => w.Evidence.Id), state.For.Select(w => w.Evidence.Id));
                compared++;
            }
        }
        Assert.True(compared > 200, $"only {compared} states compared");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Grading_in_a_window_of_days_gives_what_reading_every_claim_about_the_place_gives(int seed)
    {
        var evidence = RandomClaims(seed);
        var grades = ClaimGrader.GradeAll(evidence);
        int corroborated = 0, contradicted = 0;
        foreach (var e in evidence)
        {
            var direct = ClaimGrader.GradeOne(e, [.. evidence.Where(o => o.PlaceKey == e.PlaceKey)]);
            var fast = grades[e.Id];
            Assert.Equal(direct.Credibility, fast.Credibility);
            Assert.Equal(direct.CorroborationLagDays, fast.CorroborationLagDays);
            Assert.Equal(direct.Corroborators.Order(), fast.Corroborators.Order());
            Assert.Equal(direct.Contradictors.Order(), fast.Contradictors.Order());
            if (fast.Corroborators.Count > 0) corroborated++;
            if (fast.Contradictors.Count > 0) contradicted++;
        }
        Assert.True(corroborated > 50 && contradicted > 20, $"only {corroborated} corroborated and {contradicted} contradicted claims compared");
    }

    private static List<Evidence> RandomClaims(int seed)
    {
        var random = new Random(seed);
        var claimants = Enumerable.Range(0, 12).Select(i => new Claimant($"C{i}", i % 3 == 0 ? Side.Russia : i % 3 == 1 ? Side.Ukraine : Side.None, (ClaimantType)(i % 6))).ToArray();
        var places = Enumerable.Range(0, 20).Select(p => new ClaimPlace($"P{p}", p + 1, null, null)).ToArray();
        ClaimKind[] kinds = [ClaimKind.Control, ClaimKind.Control, ClaimKind.Fighting, ClaimKind.Strike, ClaimKind.Advance, ClaimKind.Casualties];
        var evidence = new List<Evidence>();
        for (int i = 0; i < 600; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var claim = new Claim(kind, claimants[random.Next(claimants.Length)], places[random.Next(places.Length)], random.Next(2) == 0 ? Side.Russia : Side.Ukraine,
                (Modality)random.Next(4), $"e{i}")
            {
                Extent = kind == ClaimKind.Control ? (Extent)random.Next(3) : null,
                Outcome = kind == ClaimKind.Fighting ? (Outcome)random.Next(3) : null,
            };
            evidence.Add(new Evidence(i, claim, random.Next(300), new DateOnly(2024, 1, 1).AddDays(random.Next(400)), "ABCDEF"[random.Next(6)]));
        }
        return evidence;
    }
}
