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
    public static List<SideCue> Find(string text, TextSpan span, Side claimant)
    {
        var cues = new List<SideCue>();
        foreach (Match m in Cue().Matches(text.Substring(span.Start, span.Length)))
        {
            Side? side = null;
            if (m.Groups["ru"].Success) side = Side.Russia;
            else if (m.Groups["ua"].Success) side = Side.Ukraine;
            else if (m.Groups["kp"].Success) side = Side.NorthKorea;
            else if (m.Groups["own"].Success) side = claimant.IsNone ? null : claimant;
            else if (m.Groups["enemy"].Success) side = Opposite(claimant);
            else if (m.Groups["occupier"].Success) side = Side.Russia;
            if (side is { } s) cues.Add(new SideCue(new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length), s, m.Groups["weak"].Success));
        }
        return cues;
    }

    /// <summary>The other belligerent of the Russia–Ukraine pair; null for anyone else.</summary>
    public static Side? Opposite(Side side) => side == Side.Russia ? Side.Ukraine : side == Side.Ukraine ? Side.Russia : null;

    private const string Forces = @"(?:forces|troops|army|armed\s+forces|military|units?|soldiers|servicemen|fighters|assault\s+groups?|groups?|brigades?|battalions?|marines|paratroopers|defenders|side|positions|advance|offensive|attacks?|assaults?|strikes?|drones?|missiles?|artillery|aviation|air\s+force|navy|command|sabotage|infantry|tanks?|losses|casualties|counter-?attacks?|counter-?offensive|breakthrough|operation|incursion|force)";

    [GeneratedRegex(
        @"(?i)\b(?:(?<ru>(?:pro-)?Russian|Russia's|Moscow's|Kremlin's|Chechen|Wagner)\s+(?:\w+\s+)?" + Forces + @"|(?<weak>(?<ru>Russia|Russians|Moscow)\b(?!'s\s+(?:war|invasion)))|(?<ua>Ukrainian|Ukraine's|Kyiv's|Kiev's)\s+(?:\w+\s+)?" + Forces + @"|(?<ua>Defen[cs]e\s+Forces|Armed\s+Forces\s+of\s+Ukraine)\b|(?<weak>(?<ua>Ukraine|Ukrainians|Kyiv|Kiev)\b)|(?<kp>North\s+Korean?|DPRK|Pyongyang's)(?:\s+" + Forces + @")?|(?<own>(?:its|our|their)\s+(?:own\s+)?" + Forces + @"|\bwe\b)|(?<enemy>the\s+enemy|enemy\s+" + Forces + @"|the\s+adversary)|(?<occupier>(?:Russian\s+)?(?:occupiers|occupying\s+forces|invaders|orcs|racists))|(?<weak>(?<ru>Russian)|(?<ua>Ukrainian)))",
        RegexOptions.ExplicitCapture)]
    private static partial Regex Cue();
}
