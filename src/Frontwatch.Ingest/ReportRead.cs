using Frontwatch.Core;

namespace Frontwatch.Ingest;

/// <summary>The outcome of reading one input: a report, or the error that explains why not.</summary>
public readonly record struct ReportRead(Report? Report, IngestError? Error)
{
    public static ReportRead Ok(Report report) => new(report, null);
    public static ReportRead Fail(string input, string message) => new(null, new IngestError(input, message));
}
