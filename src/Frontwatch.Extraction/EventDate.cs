using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A date expression of a sentence resolved against the report's publication date; <see cref="Date"/> is null for a period with no day ("last week").</summary>
public readonly record struct EventDate(TextSpan Span, DateOnly? Date, string Expression);
