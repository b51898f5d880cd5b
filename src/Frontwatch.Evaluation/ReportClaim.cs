using Frontwatch.Core;

namespace Frontwatch.Evaluation;

/// <summary>A claim with the report it belongs to, for the lists of missed and spurious claims.</summary>
public sealed record ReportClaim(string Report, Claim Claim);
