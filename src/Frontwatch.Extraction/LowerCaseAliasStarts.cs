using Frontwatch.Gazetteer;

namespace Frontwatch.Extraction;

/// <summary>
/// A cheap, conservative test of whether a lower-case word can begin one of the lexicon's lower-case
/// aliases ("head of the FSB", "governor of the Kursk region"): false only when the word's name
/// fold (<see cref="NameFolding"/>) cannot be the fold of any alias's first word.
/// </summary>
/// <remarks>
/// The aliases are found by a name-index scan over a copy of the text with words capitalised, and
/// that scan tries every capitalised word. Capitalising only the words this test lets through
/// finds the same mentions: a word whose fold is no alias's first word fails at its first step.
/// The test reads the first three letters of the word as the fold would: for a word of ASCII
/// letters and digits with no j or y, no doubled letter, no "zh" and no apostrophe near its start,
/// folding lower-cases those three and changes nothing before them (an ending "-ii" can reach them
/// in a word of four letters or fewer, so such words pass too). Anything else passes.
/// </remarks>
public sealed class LowerCaseAliasStarts
{
    private const int PrefixLength = 3;

    // The first PrefixLength characters of each alias's folded first word (the whole fold when shorter).
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The test for these aliases (each written as in the lexicon, starting in lower case).</summary>
    public LowerCaseAliasStarts(IEnumerable<string> aliases)
    {
        foreach (string alias in aliases)
        {
            var words = NameFolding.Words(alias);
            if (words.Count == 0) continue;
            string? first = NameFolding.Fold(alias.Substring(words[0].Start, words[0].Length));
            if (first is not null) _prefixes.Add(first[..Math.Min(PrefixLength, first.Length)]);
        }
        _lookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether an alias may begin with the word that starts at <paramref name="at"/>.</summary>
    public bool MayStartAt(string text, int at)
    {
        Span<char> head = stackalloc char[PrefixLength];
        int length = 0, i = at;
        char previous = '\0';
        for (; i < text.Length && NameFolding.IsWordChar(text[i]); i++, length++)
        {
            if (length > PrefixLength) continue;
            char c = text[i];
            if (c >= 0x80) return true;
            c = char.ToLowerInvariant(c);
            if (c is 'j' or 'y' || (char.IsAsciiLetter(c) && c == previous) || (previous == 'z' && c == 'h')) return true;
            if (length < PrefixLength) head[length] = c;
            previous = c;
        }
        // An inner apostrophe is dropped by the fold and the word goes on ("o'clock").
        if (i < text.Length && NameFolding.IsApostrophe(text[i]) && length <= PrefixLength + 1) return true;
        if (length <= PrefixLength + 1 && length >= 2 && char.ToLowerInvariant(text[i - 1]) == 'i' && char.ToLowerInvariant(text[i - 2]) == 'i') return true;
        return _lookup.Contains(head[..Math.Min(PrefixLength, length)]);
    }
}
