using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Evaluation;

/// <summary>Scores an extractor on a folder of reports (X.txt) with their gold claims (X.gold.json) beside them.</summary>
public sealed class EvalRunner(ClaimMatcher matcher, IClaimExtractor extractor)
{
    public const string GoldSuffix = ".gold.json";

    public EvalRunner(PlaceGazetteer gazetteer, IClaimExtractor extractor) : this(new ClaimMatcher(gazetteer), extractor)
    {
    }

    /// <summary>
    /// Extracts and matches every report of <paramref name="folder"/> that has gold claims; an unreadable
    /// gold file is skipped with an error, a missing folder or one without gold pairs gives no score.
    /// </summary>
    public EvalRun Run(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder)) return Failed(folder, "gold folder not found");

        var errors = new List<EvalError>();
        var matches = new List<ReportMatch>();
        int pairs = 0;
        foreach (var goldPath in Directory.GetFiles(folder, "*" + GoldSuffix).Order(StringComparer.Ordinal))
        {
            string reportPath = goldPath[..^GoldSuffix.Length] + ".txt";
            if (!File.Exists(reportPath))
            {
                errors.Add(new EvalError(goldPath, $"no report {Path.GetFileName(reportPath)} beside it"));
                continue;
            }
            pairs++;
            ClaimsDocument gold;
            string text;
            try
            {
                gold = ClaimJson.Read(File.ReadAllText(goldPath));
                text = File.ReadAllText(reportPath);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
            {
                errors.Add(new EvalError(goldPath, $"not a valid gold file: {e.Message}; report skipped"));
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new EvalError(goldPath, $"cannot be read: {e.Message}; report skipped"));
                continue;
            }
            var report = ReportParser.Parse(Path.GetFileName(reportPath), text);
            matches.Add(matcher.Match(report.Source, gold.Claims, extractor.Extract(report), report.Body));
        }

        if (pairs == 0) return Failed(folder, $"no gold pairs (X.txt with X{GoldSuffix} beside it) in this folder", errors);
        if (matches.Count == 0) return Failed(folder, $"none of its {pairs} gold files could be read", errors);
        return new EvalRun(EvalScore.From(matches), errors);
    }

    private static EvalRun Failed(string folder, string message, IEnumerable<EvalError>? earlier = null) =>
        new(null, [.. earlier ?? [], new EvalError(folder, message)]);
}
