using System.Text.Json;
using System.Text.Json.Nodes;

namespace Frontwatch.Evaluation;

/// <summary>The JSON form of an <see cref="EvalScore"/>: overall, by_kind, attributes and reports, numbers to 3 decimals.</summary>
public static class EvalJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Writes the score as indented JSON.</summary>
    public static string Write(EvalScore score) => ToJson(score).ToJsonString(Options);

    public static JsonObject ToJson(EvalScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var byKind = new JsonObject();
        foreach (var (kind, counts) in score.ByKind.OrderBy(k => k.Key))
        {
            var o = Rates(counts);
            o["gold"] = counts.Gold;
            o["system"] = counts.System;
            o["matched"] = counts.Matched;
            byKind[kind.ToString().ToLowerInvariant()] = o;
        }
        var a = score.Attributes;
        return new JsonObject
        {
            ["overall"] = Rates(score.Overall),
            ["by_kind"] = byKind,
            ["attributes"] = new JsonObject
            {
                ["claimant"] = Round(a.Claimant.Share),
                ["modality"] = Round(a.Modality.Share),
                ["extent_outcome"] = Round(a.ExtentOutcome.Share),
                ["count"] = Round(a.Count.Share),
                ["date"] = Round(a.Date.Share),
            },
            ["reports"] = score.Reports.Count,
        };
    }

    private static JsonObject Rates(MatchCounts c) => new()
    {
        ["p"] = Round(c.Precision),
        ["r"] = Round(c.Recall),
        ["f1"] = Round(c.F1),
    };

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero) : null;
}
