using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// The side-naming phrases of one span, found once: "Russian troops" names its side whoever
/// speaks, "its forces" and "the enemy" only once the claimant is known (<see cref="For"/>).
/// </summary>
public sealed class SideCuePhrases
{
    private readonly List<Phrase> _phrases;

    internal SideCuePhrases(List<Phrase> phrases) => _phrases = phrases;

    /// <summary>The cues for a claim by <paramref name="claimant"/>, in text order.</summary>
    public List<SideCue> For(Side claimant)
    {
        var cues = new List<SideCue>(_phrases.Count);
        foreach (var p in _phrases)
        {
            Side? side = p.Relation switch
            {
                CueRelation.Own => claimant.IsNone ? null : claimant,
                CueRelation.Enemy => SideCues.Opposite(claimant),
                _ => p.Named,
            };
            if (side is { } s) cues.Add(new SideCue(p.Span, s, p.Weak));
        }
        return cues;
    }

    /// <summary>How a phrase's side follows from the claimant: named outright, the claimant's own, or its enemy.</summary>
    internal enum CueRelation
    {
        Named,
        Own,
        Enemy,
    }

    internal readonly record struct Phrase(TextSpan Span, Side? Named, CueRelation Relation, bool Weak);
}
