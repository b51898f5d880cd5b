using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A number phrase of a sentence ("more than 1,000 North Korean troops"): its span, its count and the noun it counts, lower-cased, when one follows.</summary>
public readonly record struct CountPhrase(TextSpan Span, CountRange Count, string? Noun);
