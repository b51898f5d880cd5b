using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A claimant named in the text; <see cref="Nouns"/> are the words that may refer back to it ("ministry", "he").</summary>
public sealed record ClaimantMention(TextSpan Span, Claimant Claimant, IReadOnlyList<string> Nouns, bool IsPerson);
