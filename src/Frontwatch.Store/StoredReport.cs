namespace Frontwatch.Store;

/// <summary>A stored report with its body, whose character offsets the claims' evidence spans point into.</summary>
public sealed record StoredReport(ReportSummary Summary, string Body);
