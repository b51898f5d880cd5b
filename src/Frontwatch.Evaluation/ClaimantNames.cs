using Frontwatch.Gazetteer;

namespace Frontwatch.Evaluation;

/// <summary>
/// Compares claimant names: transliteration-folded (<see cref="NameFolding"/>: case, punctuation,
/// "Zelenskiy"/"Zelensky") and without a leading "The". Nothing more: "Russian Defence Ministry" and
/// "Russian Ministry of Defence" are different names, so an extractor must write the canonical one.
/// </summary>
public static class ClaimantNames
{
    /// <summary>The key two names share when they count as the same claimant name.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = NameFolding.Fold(name) ?? string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>True when the two names count as the same claimant name.</summary>
    public static bool Same(string a, string b) => Normalise(a) == Normalise(b);
}
