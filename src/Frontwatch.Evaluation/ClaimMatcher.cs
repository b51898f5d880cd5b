using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Evaluation;

/// <summary>Matches one report's system claims to its gold claims (eval/SCHEMA.md "How eval matches").</summary>
/// <remarks>
/// A pair needs equal kind, side and claimant side, and places that <see cref="PlaceEquivalence"/> calls
/// the same. System duplicates (same claimant name, kind, side and place) are merged first. Then two
/// greedy passes, exact places before loose ones, so that a town claim is not used up by a region
/// claim. Within a pass a required gold claim goes before an optional one, then the pair with the same
/// claimant name, then the pair whose evidence texts lie nearest in the report.
/// </remarks>
public sealed class ClaimMatcher(PlaceEquivalence places)
{
    private static readonly PlaceMatch[] Passes = [PlaceMatch.Exact, PlaceMatch.Loose];

    public ClaimMatcher(PlaceGazetteer gazetteer) : this(new PlaceEquivalence(gazetteer))
    {
    }

    /// <summary>Matches <paramref name="system"/> against <paramref name="gold"/>; <paramref name="body"/> locates evidence texts.</summary>
    public ReportMatch Match(string report, IReadOnlyList<Claim> gold, IReadOnlyList<Claim> system, string? body = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var claims = Deduplicate(system);
        var relation = new PlaceMatch[gold.Count, claims.Count];
        for (int g = 0; g < gold.Count; g++)
            for (int s = 0; s < claims.Count; s++)
                relation[g, s] = Compatible(gold[g], claims[s]) ? places.Compare(gold[g].Place, claims[s].Place) : PlaceMatch.None;

        var goldPartner = Enumerable.Repeat(-1, gold.Count).ToArray();
        var systemPartner = Enumerable.Repeat(-1, claims.Count).ToArray();
        foreach (var pass in Passes)
        {
            var candidates = new List<(bool Optional, bool OtherClaimant, double Distance, int Gold, int System)>();
            for (int g = 0; g < gold.Count; g++)
                for (int s = 0; s < claims.Count; s++)
                    if (relation[g, s] == pass && goldPartner[g] < 0 && systemPartner[s] < 0)
                        candidates.Add((gold[g].Optional, !ClaimantNames.Same(gold[g].Claimant.Name, claims[s].Claimant.Name),
                            EvidenceDistance(gold[g], claims[s], body), g, s));
            candidates.Sort(); // required first, then same claimant name, then nearest evidence
            foreach (var c in candidates)
                if (goldPartner[c.Gold] < 0 && systemPartner[c.System] < 0)
                {
                    goldPartner[c.Gold] = c.System;
                    systemPartner[c.System] = c.Gold;
                }
        }

        var matched = new List<MatchedPair>();
        var missed = new List<Claim>();
        for (int g = 0; g < gold.Count; g++)
        {
            if (gold[g].Optional) continue;
            if (goldPartner[g] is var s and >= 0) matched.Add(new MatchedPair(gold[g], claims[s], relation[g, s]));
            else missed.Add(gold[g]);
        }
        var spurious = new List<Claim>();
        var ignored = new List<Claim>();
        for (int s = 0; s < claims.Count; s++)
        {
            if (systemPartner[s] < 0) spurious.Add(claims[s]);
            else if (gold[systemPartner[s]].Optional) ignored.Add(claims[s]);
        }
        return new ReportMatch(report, matched, missed, spurious, ignored, system.Count - claims.Count);
    }

    private static bool Compatible(Claim gold, Claim system) =>
        gold.Kind == system.Kind && gold.Side == system.Side && gold.Claimant.Side == system.Claimant.Side;

    // Saying a claim twice is not an error: the first of each (claimant name, kind, side, place) stays.
    private static List<Claim> Deduplicate(IReadOnlyList<Claim> system)
    {
        var seen = new HashSet<(string, ClaimKind, Side, string)>();
        return [.. system.Where(c => seen.Add((ClaimantNames.Normalise(c.Claimant.Name), c.Kind, c.Side, PlaceKey(c.Place))))];
    }

    private static string PlaceKey(ClaimPlace place) =>
        place.GeoNameId is { } id
            ? $"#{id}"
            : $"{PlaceEquivalence.Key(place.Name)}|{(place.Admin1 is { } a ? PlaceEquivalence.Key(a) : "")}";

    // Characters between the two evidence texts in the body (0 when they overlap); texts that cannot be
    // located rank after every located pair, by how few words they share.
    private static double EvidenceDistance(Claim gold, Claim system, string? body)
    {
        if (Locate(gold, body) is { } g && Locate(system, body) is { } s)
            return g.Overlaps(s) ? 0 : Math.Max(g.Start - s.End, s.Start - g.End);
        return int.MaxValue + (1 - WordOverlap(gold.Evidence, system.Evidence));
    }

    private static TextSpan? Locate(Claim claim, string? body)
    {
        if (claim.EvidenceSpan is { } span) return span;
        if (body is null || claim.Evidence.Length == 0) return null;
        int at = body.IndexOf(claim.Evidence, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, at + claim.Evidence.Length);
    }

    private static double WordOverlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        return x.Count + y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static HashSet<string> Words(string text) =>
        NameFolding.Words(text).Select(w => text.Substring(w.Start, w.Length).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
