using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Finds the phrases that name a side's forces. "its forces" and "our troops" take the claimant's
/// side; "the enemy" and "the occupiers" the other side of a belligerent claimant. Every side's
/// forces are found by the same rules.
/// </summary>
public static partial class SideCues
{
    /// <summary>The cues in text[span] for a claim by <paramref name="claimant"/>.</summary>
    public static List<SideCue> Find(string text, TextSpan span, Side claimant) => Phrases(text, span).For(claimant);

    /// <summary>The side-naming phrases of text[span], to be read for one claimant or several.</summary>
    public static SideCuePhrases Phrases(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<SideCuePhrases.Phrase>();
        // The sentence as a string of its own: what the regex may see ends where the sentence does.
        foreach (var m in CueSearch.Matches(text.Substring(span.Start, span.Length)))
        {
            Side? named = null;
            var relation = SideCuePhrases.CueRelation.Named;
            if (m.Groups[Groups.Ru].Success) named = Side.Russia;
            else if (m.Groups[Groups.Ua].Success) named = Side.Ukraine;
            else if (m.Groups[Groups.Kp].Success) named = Side.NorthKorea;
            else if (m.Groups[Groups.Own].Success) relation = SideCuePhrases.CueRelation.Own;
            else if (m.Groups[Groups.Enemy].Success) relation = SideCuePhrases.CueRelation.Enemy;
            else if (m.Groups[Groups.Occupier].Success) named = Side.Russia;
            else continue;
            phrases.Add(new SideCuePhrases.Phrase(new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length), named, relation, m.Groups[Groups.Weak].Success));
        }
        return new SideCuePhrases(phrases);
    }

    /// <summary>The other belligerent of the Russia–Ukraine pair; null for anyone else.</summary>
    public static Side? Opposite(Side side) => side == Side.Russia ? Side.Ukraine : side == Side.Ukraine ? Side.Russia : null;

    private const string Forces = @"(?:forces|troops|army|armed\s+forces|military|units?|soldiers|servicemen|fighters|assault\s+groups?|groups?|brigades?|battalions?|marines|paratroopers|defenders|side|positions|advance|offensive|attacks?|assaults?|strikes?|drones?|missiles?|artillery|aviation|air\s+force|navy|command|sabotage|infantry|tanks?|losses|casualties|counter-?attacks?|counter-?offensive|breakthrough|operation|incursion|force)";

    // Group numbers looked up once: a lookup by name hashes the name for every match.
    private static class Groups
    {
        public static readonly int Ru = Cue().GroupNumberFromName("ru");
        public static readonly int Ua = Cue().GroupNumberFromName("ua");
        public static readonly int Kp = Cue().GroupNumberFromName("kp");
        public static readonly int Own = Cue().GroupNumberFromName("own");
        public static readonly int Enemy = Cue().GroupNumberFromName("enemy");
        public static readonly int Occupier = Cue().GroupNumberFromName("occupier");
        public static readonly int Weak = Cue().GroupNumberFromName("weak");
    }

    private const string CuePattern =
        @"(?i)\b(?:(?<ru>(?:pro-)?Russian|Russia's|Moscow's|Kremlin's|Chechen|Wagner)\s+(?:\w+\s+)?" + Forces + @"|(?<weak>(?<ru>Russia|Russians|Moscow)\b(?!'s\s+(?:war|invasion)))|(?<ua>Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:\w+\s+)?" + Forces + @"|(?<ua>Defen[cs]e\s+Forces|Armed\s+Forces\s+of\s+Ukraine)\b|(?<weak>(?<ua>Ukraine|Ukrainians|Kyiv|Kiev)\b)|(?<kp>North\s+Korean?|DPRK|Pyongyang's)(?:\s+" + Forces + @")?|(?<own>(?:its|our|their)\s+(?:own\s+)?" + Forces + @"|\bwe\b)|(?<enemy>the\s+enemy|enemy\s+" + Forces + @"|the\s+adversary)|(?<occupier>(?:Russian\s+)?(?:occupiers|occupying\s+forces|invaders|orcs|racists))|(?<weak>(?<ru>Russian)|(?<ua>Ukrainian)))";

    private static readonly PrefilteredRegex CueSearch = new(Cue(), AnchoredCue());

    [GeneratedRegex(CuePattern, RegexOptions.ExplicitCapture)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\G(?:" + CuePattern + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredCue();
}
