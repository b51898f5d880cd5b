using Frontwatch.Core;

namespace Frontwatch.Ingest;

/// <summary>The outcome of reading one input: a report (perhaps with warnings), or the error that explains why not.</summary>
public readonly record struct ReportRead(Report? Report, IngestError? Error)
{
    private readonly IReadOnlyList<string>? _warnings;

    /// <summary>Things the user should know about a report that was read all the same, such as an unparseable date.</summary>
    public IReadOnlyList<string> Warnings
    {
        get => _warnings ?? [];
        init => _warnings = value;
    }

    public static ReportRead Ok(Report report) => new(report, null);
    public static ReportRead Ok(Report report, IReadOnlyList<string> warnings) => new(report, null) { Warnings = warnings };
    public static ReportRead Fail(string input, string message) => new(null, new IngestError(input, message));
}
