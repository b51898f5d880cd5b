using System.Buffers;
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

    // Folded characters (a-z, 0-9) as 1..36, 0 for none: a prefix of up to three is a number below 37³.
    private const int Radix = 37;

    // Bit n set: some alias's folded first word begins with the prefix numbered n (is it, when shorter than three).
    private readonly ulong[] _prefixes = new ulong[(Radix * Radix * Radix + 63) / 64];

    /// <summary>The test for these aliases (each written as in the lexicon, starting in lower case).</summary>
    public LowerCaseAliasStarts(IEnumerable<string> aliases)
    {
        foreach (string alias in aliases)
        {
            var words = NameFolding.Words(alias);
            if (words.Count == 0) continue;
            string? first = NameFolding.Fold(alias.Substring(words[0].Start, words[0].Length));
            if (first is null) continue;
            int key = 0;
            foreach (char c in first.AsSpan(0, Math.Min(PrefixLength, first.Length))) key = key * Radix + Code(c);
            for (int k = first.Length; k < PrefixLength; k++) key *= Radix;
            _prefixes[key >> 6] |= 1UL << key;
        }
    }

    // A folded character's number: a-z 1..26, 0-9 27..36 (a fold holds nothing else).
    private static int Code(char c) => c is >= 'a' and <= 'z' ? c - 'a' + 1 : c is >= '0' and <= '9' ? c - '0' + 27 : throw new ArgumentException($"'{c}' is no folded character");

    /// <summary>Whether an alias may begin with the word that starts at <paramref name="at"/>.</summary>
    public bool MayStartAt(string text, int at)
    {
        int key = 0, length = 0, i = at;
        char previous = '\0';
        // Past PrefixLength + 1 characters no rule below applies: the rest of a long word is not read.
        for (; i < text.Length && length <= PrefixLength + 1 && NameFolding.IsWordChar(text[i]); i++, length++)
        {
            if (length > PrefixLength) continue;
            char c = text[i];
            if (c >= 0x80) return true;
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            if (c is 'j' or 'y' || (char.IsAsciiLetter(c) && c == previous) || (previous == 'z' && c == 'h')) return true;
            if (length < PrefixLength) key = key * Radix + Code(c);
            previous = c;
        }
        // An inner apostrophe is dropped by the fold and the word goes on ("o'clock").
        if (i < text.Length && NameFolding.IsApostrophe(text[i]) && length <= PrefixLength + 1) return true;
        if (length <= PrefixLength + 1 && length >= 2 && (text[i - 1] | 0x20) == 'i' && (text[i - 2] | 0x20) == 'i') return true;
        for (int k = length; k < PrefixLength; k++) key *= Radix;
        return (_prefixes[key >> 6] & (1UL << key)) != 0;
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// A copy of <paramref name="text"/> for a scan of the capitalised aliases: each word that may begin an alias
    /// capitalised, and a capital A-Z that cannot begin one lowered (a word: a start not after a letter or digit).
    /// </summary>
    public string Capitalised(string text) => string.Create(text.Length, (text, this), static (buffer, state) =>
    {
        var (source, starts) = state;
        source.CopyTo(buffer);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (char.IsLower(c)) { if (starts.MayStartAt(source, i)) buffer[i] = char.ToUpperInvariant(c); }
            else if (char.IsAsciiLetterUpper(c) && !starts.MayStartAt(source, i)) buffer[i] = (char)(c | 0x20);
            // The next word starts after the next character that is no letter or digit; ASCII ones are skipped in bulk.
            int j = i;
            while (true)
            {
                int k = source.AsSpan(j).IndexOfAnyExcept(AsciiLettersAndDigits);
                if (k < 0) return;
                j += k;
                if (!char.IsLetterOrDigit(source[j])) break;
                j++;
            }
            i = j + 1;
        }
    });
}
