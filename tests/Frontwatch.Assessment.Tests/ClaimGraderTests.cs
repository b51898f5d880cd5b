using Frontwatch.Core;

namespace Frontwatch.Assessment.Tests;

/// <summary>The credibility rules one by one, on claims built by hand.</summary>
public sealed class ClaimGraderTests
{
    private static readonly ClaimPlace Town = new("Siversk", 1, "Donetsk", null);
    private static readonly Claimant RuMinistry = new("Russian Ministry of Defence", Side.Russia, ClaimantType.Military);
    private static readonly Claimant UaStaff = new("General Staff of the Armed Forces of Ukraine", Side.Ukraine, ClaimantType.Military);
    private static readonly Claimant Isw = new("Institute for the Study of War", Side.None, ClaimantType.Analyst);
    private static readonly Claimant Blogger = new("Some Channel", Side.Russia, ClaimantType.Media);

    private static long _id;

    private static Evidence Control(Claimant by, Side holder, string date, char reliability, Modality modality = Modality.Asserted, long? cluster = null)
    {
        long id = Interlocked.Increment(ref _id);
        return new Evidence(id, new Claim(ClaimKind.Control, by, Town, holder, modality, $"claim {id}"), cluster ?? id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reliability);
    }

    private static Grade GradeOf(Evidence e, params Evidence[] others) => ClaimGrader.GradeOne(e, [e, .. others]);

    [Fact]
    public void A_hedged_claim_is_doubtful()
    {
        Assert.Equal(4, GradeOf(Control(Isw, Side.Russia, "2025-01-10", 'B', Modality.Hedged)).Credibility);
    }

    [Fact]
    public void A_reliable_independent_source_alone_is_probably_true()
    {
        Assert.Equal(2, GradeOf(Control(Isw, Side.Russia, "2025-01-10", 'B')).Credibility);
    }

    [Fact]
    public void An_unknown_source_alone_cannot_be_judged()
    {
        var unknown = new Claimant("Unheard Of", Side.None, ClaimantType.Media);
        Assert.Equal(6, GradeOf(Control(unknown, Side.Russia, "2025-01-10", 'F')).Credibility);
    }

    [Fact]
    public void A_claim_contradicted_by_a_more_reliable_source_is_improbable()
    {
        var claim = Control(Blogger, Side.Russia, "2025-01-10", 'E');
        var grade = GradeOf(claim, Control(UaStaff, Side.Ukraine, "2025-01-11", 'C'));
        Assert.Equal(5, grade.Credibility);
        Assert.Equal([UaStaff.Name], grade.Contradictors);
    }

    [Fact]
    public void A_denial_of_the_same_claim_contradicts_it()
    {
        var claim = Control(RuMinistry, Side.Russia, "2025-01-10", 'C');
        var grade = GradeOf(claim, Control(UaStaff, Side.Russia, "2025-01-10", 'C', Modality.Denied));
        Assert.Equal([UaStaff.Name], grade.Contradictors);
        Assert.Equal(4, grade.Credibility);
    }

    [Fact]
    public void A_holder_change_weeks_later_is_no_contradiction()
    {
        var claim = Control(RuMinistry, Side.Russia, "2025-01-10", 'C');
        Assert.Empty(GradeOf(claim, Control(UaStaff, Side.Ukraine, "2025-02-20", 'C')).Contradictors);
    }

    [Fact]
    public void The_same_claimant_through_several_outlets_counts_once()
    {
        var claim = Control(RuMinistry, Side.Russia, "2025-01-10", 'C');
        var grade = GradeOf(claim, Control(RuMinistry, Side.Russia, "2025-01-10", 'C'), Control(RuMinistry, Side.Russia, "2025-01-11", 'C'));
        Assert.Empty(grade.Corroborators);
        Assert.Equal(4, grade.Credibility);
    }

    [Fact]
    public void Corroboration_only_by_allies_of_a_self_serving_claim_is_probably_true_not_confirmed()
    {
        var claim = Control(RuMinistry, Side.Russia, "2025-01-10", 'C');
        Assert.Equal(2, GradeOf(claim, Control(Blogger, Side.Russia, "2025-01-11", 'E')).Credibility);
        Assert.Equal(1, GradeOf(claim, Control(Isw, Side.Russia, "2025-01-12", 'B')).Credibility);
    }
}
