namespace Frontwatch.Assessment;

/// <summary>One claim's part in a place's assessment: what it supports and how much it weighs on the day assessed.</summary>
public sealed record Weighed(Evidence Evidence, Grade Grade, Holder Supports, double Weight);
