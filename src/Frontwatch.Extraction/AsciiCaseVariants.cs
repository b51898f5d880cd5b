using System.Buffers;
using System.Text.RegularExpressions;

namespace Frontwatch.Extraction;

/// <summary>
/// Characters outside ASCII that a case-insensitive regex matches with an ASCII letter (the Kelvin
/// sign for 'k', the long s for 's'): a search for literal prefixes that folds ASCII only would miss
/// them, so text holding one is scanned in full.
/// </summary>
internal static class AsciiCaseVariants
{
    /// <summary>Every such character, under the invariant culture and the current one.</summary>
    public static readonly SearchValues<char> All = Find();

    private static SearchValues<char> Find()
    {
        var all = new char[0x10000 - 0x80];
        for (int i = 0; i < all.Length; i++) all[i] = (char)(0x80 + i);
        var variants = new HashSet<char>();
        foreach (var options in new[] { RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexOptions.IgnoreCase })
            foreach (var m in new Regex("[a-z]", options).EnumerateMatches(all)) variants.Add(all[m.Index]);
        return SearchValues.Create([.. variants]);
    }
}
