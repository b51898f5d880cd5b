using Frontwatch.Core;

namespace Frontwatch.Evaluation;

/// <summary>A gold claim and the system claim that matched it, with how their places agree.</summary>
public sealed record MatchedPair(Claim Gold, Claim System, PlaceMatch Place);
