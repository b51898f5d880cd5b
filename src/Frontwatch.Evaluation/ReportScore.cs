namespace Frontwatch.Evaluation;

/// <summary>The claim counts of one report.</summary>
public sealed record ReportScore(string Report, MatchCounts Counts);
