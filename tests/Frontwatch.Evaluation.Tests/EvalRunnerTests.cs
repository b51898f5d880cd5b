using Frontwatch.Core;
using static Frontwatch.Evaluation.Tests.TestClaims;

namespace Frontwatch.Evaluation.Tests;

[Collection(GazetteerCollection.Name)]
public sealed class EvalRunnerTests(GazetteerFixture fixture) : IDisposable
{
    private const string Header = "title: Test report\noutlet: Test Wire\npublished: 2024-11-03\n---\n";
    private const string Sentence = "The ministry said its troops had taken the town.";

    private readonly string _folder = Directory.CreateTempSubdirectory("frontwatch-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Scores_every_report_that_has_gold_claims_beside_it()
    {
        Write("a", Header + Sentence, Gold(Claim(Kurakhove, evidence: Sentence)));
        File.WriteAllText(Path.Combine(_folder, "no-gold.txt"), Header + "Nothing annotated here.");

        var run = Runner(r => r.Source == "a.txt" ? [Claim(Kurakhove, evidence: Sentence)] : []).Run(_folder);

        Assert.Empty(run.Errors);
        Assert.Equal(new MatchCounts(1, 1, 1), run.Score!.Overall);
        Assert.Equal("a.txt", Assert.Single(run.Score.Reports).Report);
    }

    [Fact]
    public void A_malformed_gold_file_is_named_and_skipped_while_the_others_are_scored()
    {
        Write("a", Header + Sentence, Gold(Claim(Kurakhove, evidence: Sentence)));
        Write("b", Header + Sentence, """{ "report": "b.txt", "claims": [ { "kind": "conquest" } ] }""");

        var run = Runner(_ => []).Run(_folder);

        var error = Assert.Single(run.Errors);
        Assert.EndsWith("b.gold.json", error.File, StringComparison.Ordinal);
        Assert.Equal("a.txt", Assert.Single(run.Score!.Reports).Report);
    }

    [Fact]
    public void A_missing_folder_gives_no_score_and_one_error_naming_it()
    {
        string missing = Path.Combine(_folder, "nowhere");

        var run = Runner(_ => []).Run(missing);

        Assert.Null(run.Score);
        Assert.Equal(missing, Assert.Single(run.Errors).File);
    }

    [Fact]
    public void A_folder_without_gold_pairs_gives_no_score_and_one_error_naming_it()
    {
        File.WriteAllText(Path.Combine(_folder, "alone.txt"), Header + Sentence);

        var run = Runner(_ => []).Run(_folder);

        Assert.Null(run.Score);
        Assert.Equal(_folder, Assert.Single(run.Errors).File);
    }

    private EvalRunner Runner(Func<Report, IReadOnlyList<Claim>> extract) => new(fixture.Matcher, new FixedExtractor(extract));

    private void Write(string name, string report, string gold)
    {
        File.WriteAllText(Path.Combine(_folder, name + ".txt"), report);
        File.WriteAllText(Path.Combine(_folder, name + ".gold.json"), gold);
    }

    private static string Gold(params Claim[] claims) => ClaimJson.Write(new ClaimsDocument("a.txt", new DateOnly(2024, 11, 3), claims));

    private sealed class FixedExtractor(Func<Report, IReadOnlyList<Claim>> extract) : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(Report report) => extract(report);
    }
}
