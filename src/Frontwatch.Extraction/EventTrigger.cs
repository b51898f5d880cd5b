using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A trigger found in a sentence: the claim kind it starts and what it implies.</summary>
public readonly record struct EventTrigger(ClaimKind Kind, TriggerEffect Effect, TextSpan Span);
