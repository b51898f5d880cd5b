using Frontwatch.Assessment;
using Frontwatch.Cli.Exports;
using Frontwatch.Extraction;
using Frontwatch.Store;

namespace Frontwatch.Cli;

/// <summary>The store's claims as assessment evidence, graded, with every place's timeline.</summary>
internal sealed record AssessedStore(IReadOnlyList<Evidence> Evidence, Dictionary<long, StoredClaim> Stored, Dictionary<long, Grade> Grades, List<PlaceTimeline> Timelines)
{
    /// <summary>Reads every stored claim; a claimant's prior reliability comes from the claimant lexicon in data/ (F when it is not listed).</summary>
    public static async Task<AssessedStore> LoadAsync(IClaimStore store, CancellationToken cancellationToken)
    {
        var lexicon = ClaimantLexicon.Load(Path.Combine(AppPaths.DataDirectory, "claimants.tsv"));
        var claims = await store.QueryClaimsAsync(ClaimQuery.All, cancellationToken);
        var evidence = new List<Evidence>(claims.Count);
        var stored = new Dictionary<long, StoredClaim>(claims.Count);
        foreach (var c in claims)
        {
            // A claim with neither an event date nor a publication date cannot be placed in time.
            if ((c.Claim.Date ?? c.Published) is not { } date) continue;
            evidence.Add(new Evidence(c.ClaimId, c.Claim, c.ClusterId, date, lexicon.Find(c.Claim.Claimant.Name)?.Reliability ?? 'F'));
            stored[c.ClaimId] = c;
        }
        var grades = ClaimGrader.GradeAll(evidence);
        return new AssessedStore(evidence, stored, grades, ControlAssessor.Timelines(evidence, grades));
    }

    /// <summary>The claims about days up to <paramref name="upTo"/> (all when null) with their grades, by day and then id.</summary>
    public IEnumerable<GradedClaim> GradedClaims(DateOnly? upTo) =>
        Evidence.Where(e => upTo is not { } d || e.Date <= d).OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new GradedClaim(Stored[e.Id], e.Date, Grades.GetValueOrDefault(e.Id)));
}
