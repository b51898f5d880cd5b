using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>One sentence of a report body: its span and its paragraph number.</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph);
