using System.Text.Json.Nodes;
using Frontwatch.Core;
using static Frontwatch.Evaluation.Tests.TestClaims;

namespace Frontwatch.Evaluation.Tests;

[Collection(GazetteerCollection.Name)]
public sealed class EvalScoreTests(GazetteerFixture fixture)
{
    private readonly ClaimMatcher _matcher = fixture.Matcher;

    // Gold: two control claims, two strikes. System: both control claims and a fighting claim nobody annotated.
    private EvalScore SmallCase() => EvalScore.From(
    [
        _matcher.Match("a.txt",
            [Claim(Kurakhove), Claim(Pokrovsk), Claim(DonetskCity, ClaimKind.Strike, Side.Ukraine)],
            [Claim(Kurakhove), Claim(Pokrovsk), Claim(Sudzha, ClaimKind.Fighting, Side.Ukraine)]),
        _matcher.Match("b.txt", [Claim(KurskCity, ClaimKind.Strike, Side.Ukraine)], []),
    ]);

    [Fact]
    public void Precision_recall_and_F1_are_micro_averaged_over_all_claims()
    {
        var score = SmallCase();

        Assert.Equal(new MatchCounts(4, 3, 2), score.Overall);
        Assert.Equal(2.0 / 3, score.Overall.Precision, 9);
        Assert.Equal(0.5, score.Overall.Recall, 9);
        Assert.Equal(4.0 / 7, score.Overall.F1, 9);
    }

    [Fact]
    public void Counts_are_kept_per_kind_and_per_report()
    {
        var score = SmallCase();

        Assert.Equal(new MatchCounts(2, 2, 2), score.ByKind[ClaimKind.Control]);
        Assert.Equal(new MatchCounts(2, 0, 0), score.ByKind[ClaimKind.Strike]);
        Assert.Equal(new MatchCounts(0, 1, 0), score.ByKind[ClaimKind.Fighting]);
        Assert.Equal(0, score.ByKind[ClaimKind.Fighting].Recall);
        Assert.Equal(["a.txt", "b.txt"], score.Reports.Select(r => r.Report));
        Assert.Equal(new MatchCounts(1, 0, 0), score.Reports[1].Counts);
        Assert.Equal(2, score.Missed.Count);
        Assert.Equal("a.txt", Assert.Single(score.Spurious).Report);
    }

    [Fact]
    public void Attribute_accuracies_are_shares_of_the_matched_pairs_that_score_them()
    {
        var day = new DateOnly(2024, 11, 3);
        var goldControl = Claim(Kurakhove) with { Extent = Extent.Full, Date = day };
        var goldCasualties = Claim(Pokrovsk, ClaimKind.Casualties, Side.Ukraine) with { Count = CountRange.Exactly(10) };
        var sameName = RussianMod with { Name = "the Russian Ministry of Defence" };
        var reordered = RussianMod with { Name = "Russian Defence Ministry" };
        var sysControl = Claim(Kurakhove, claimant: sameName) with { Extent = Extent.Full, Date = day, Modality = Modality.Hedged };
        var sysCasualties = Claim(Pokrovsk, ClaimKind.Casualties, Side.Ukraine, claimant: reordered) with { Count = new CountRange(10, null), Date = day };

        var a = EvalScore.From([_matcher.Match("r.txt", [goldControl, goldCasualties], [sysControl, sysCasualties])]).Attributes;

        Assert.Equal(new AttributeAccuracy(1, 2), a.Claimant);
        Assert.Equal(new AttributeAccuracy(1, 2), a.Modality);
        Assert.Equal(new AttributeAccuracy(1, 1), a.ExtentOutcome);
        Assert.Equal(new AttributeAccuracy(0, 1), a.Count);
        Assert.Equal(new AttributeAccuracy(1, 2), a.Date);
        Assert.Equal(0.5, a.Date.Share);
    }

    [Fact]
    public void An_attribute_no_matched_pair_scores_has_no_share()
    {
        Assert.Null(SmallCase().Attributes.Count.Share);
    }

    [Fact]
    public void The_JSON_has_overall_by_kind_attributes_and_reports_rounded_to_three_decimals()
    {
        var json = EvalJson.ToJson(SmallCase());

        Assert.Equal(["overall", "by_kind", "attributes", "reports"], json.Select(p => p.Key));
        Assert.Equal(0.667, json["overall"]!["p"]!.GetValue<double>());
        Assert.Equal(0.571, json["overall"]!["f1"]!.GetValue<double>());
        Assert.Equal(["control", "fighting", "advance", "strike", "casualties", "deployment"], json["by_kind"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["p", "r", "f1", "gold", "system", "matched"], json["by_kind"]!["strike"]!.AsObject().Select(p => p.Key));
        Assert.Equal(2, json["by_kind"]!["strike"]!["gold"]!.GetValue<int>());
        Assert.Equal(["claimant", "modality", "extent_outcome", "count", "date"], json["attributes"]!.AsObject().Select(p => p.Key));
        Assert.Equal(1.0, json["attributes"]!["claimant"]!.GetValue<double>());
        Assert.Null(json["attributes"]!["count"]);
        Assert.Equal(2, json["reports"]!.GetValue<int>());
        Assert.NotNull(JsonNode.Parse(EvalJson.Write(SmallCase())));
    }
}
