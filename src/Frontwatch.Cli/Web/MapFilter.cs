using System.Diagnostics.CodeAnalysis;
using Frontwatch.Assessment;
using Frontwatch.Core;

namespace Frontwatch.Cli.Web;

/// <summary>
/// The claims a control map is redrawn from (GET /api/control.geojson with kind, claimantSide or minCredibility):
/// "the map as Ukrainian sources tell it", "the map from confirmed claims only". Grades stay those of the whole
/// store — a claim's credibility is judged against every claim — only the weighing leaves the others out.
/// </summary>
internal sealed record MapFilter(ClaimKind? Kind, string? ClaimantSide, int MinCredibility)
{
    /// <summary>Reads the parameters; a filter that leaves every claim in is null.</summary>
    public static bool TryParse(string? kind, string? claimantSide, string? minCredibility, out MapFilter? filter, [NotNullWhen(false)] out string? error)
    {
        filter = null;
        if (!QueryValues.TryEnum<ClaimKind>("kind", kind, out var k, out error)
            || !QueryValues.TryInt("minCredibility", minCredibility, 1, 6, 6, out int credibility, out error))
            return false;
        string? side = QueryValues.Text(claimantSide)?.ToUpperInvariant();
        if (side is not (null or "RU" or "UA" or "OTHER"))
        {
            error = $"'claimantSide' must be RU, UA or other, not '{QueryValues.Shorten(claimantSide!)}'";
            return false;
        }
        if (k is not null || side is not null || credibility < 6) filter = new MapFilter(k, side, credibility);
        return true;
    }

    /// <summary>Part of a cache key: the same filter gives the same text.</summary>
    public string Key => $"{Kind}|{ClaimantSide}|{MinCredibility}";

    public bool Matches(Evidence e, Grade grade)
    {
        var c = e.Claim;
        if (Kind is { } kind && c.Kind != kind) return false;
        string side = c.Claimant.Side.Code;
        if (ClaimantSide is "OTHER" ? side is "RU" or "UA" : ClaimantSide is { } wanted && side != wanted) return false;
        return grade.Credibility <= MinCredibility;
    }

    /// <summary>The timelines of every place from the claims that pass, graded as in the whole store.</summary>
    public List<PlaceTimeline> Timelines(AssessmentSnapshot snapshot)
    {
        var grades = snapshot.Assessed.Grades;
        var kept = snapshot.Assessed.Evidence.Where(e => Matches(e, grades[e.Id])).ToList();
        return ControlAssessor.Timelines(kept, grades);
    }
}
