using System.Text;

namespace Frontwatch.Gazetteer;

/// <summary>
/// Folds a place name so that every common spelling of it meets: case, diacritics,
/// apostrophes and soft signs, Cyrillic (transliterated), and the usual Ukrainian/Russian
/// romanisation variants (ya/ia/ja, -yi/-yy/-iy endings, zhzh/zh, doubled letters).
/// Names and report text go through the same fold, so a variant only has to be folded, never listed.
/// </summary>
public static class NameFolding
{
    /// <summary>Longest token (in folded chars) that can be part of a name; longer words are never names.</summary>
    public const int MaxTokenLength = 48;

    private const string Skip = "";
    private static readonly string?[] Map = BuildMap();

    /// <summary>True for characters that belong to a word (letters, digits, combining marks).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || (c >= '\u0300' && c <= '\u036F');

    /// <summary>True for apostrophes and similar marks that are dropped inside a word (Pokrovs'k).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or 'ʻ' or '`' or '´' or '′' or '‘';

    /// <summary>
    /// Folds one word into <paramref name="dest"/>; returns the folded length, or -1 when the word
    /// holds a letter outside the Latin and Cyrillic scripts or is too long to be a name.
    /// </summary>
    public static int FoldToken(ReadOnlySpan<char> word, Span<char> dest)
    {
        int n = 0;
        foreach (char c in word)
        {
            // ASCII letters and digits, most of what is folded, need no map lookup.
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n >= dest.Length) return -1;
                dest[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                continue;
            }
            string? m = c < Map.Length ? Map[c] : null;
            if (m is null)
            {
                if (IsApostrophe(c) || (c >= '\u0300' && c <= '\u036F')) continue;
                return -1;
            }
            if (n + m.Length > dest.Length) return -1;
            foreach (char f in m) dest[n++] = f;
        }
        return n == 0 ? -1 : NormaliseVariants(dest[..n]);
    }

    /// <summary>Folds a whole name (several words) to its canonical key: folded words joined by single spaces.</summary>
    public static string? Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        Span<char> buf = stackalloc char[MaxTokenLength * 4];
        foreach (var range in Words(name))
        {
            int len = FoldToken(name.AsSpan(range.Start, range.Length), buf);
            if (len < 0) return null;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(buf[..len]);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// The words of a name: runs of word characters and inner apostrophes, split at spaces, hyphens
    /// and punctuation; a possessive 's is dropped ("People's" is "People"), as the text scan does.
    /// </summary>
    public static List<(int Start, int Length)> Words(string name)
    {
        var words = new List<(int, int)>();
        int i = 0;
        while (NextWord(name, ref i, out int start, out int length)) words.Add((start, length));
        return words;
    }

    /// <summary>
    /// <see cref="Fold(string)"/> into <paramref name="dest"/>, without allocating: the key's length,
    /// -1 where Fold gives null, or -2 when <paramref name="dest"/> may be too short for the key.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> dest)
    {
        Span<char> buf = stackalloc char[MaxTokenLength * 4];
        int n = 0, i = 0;
        while (NextWord(name, ref i, out int start, out int length))
        {
            int len = FoldToken(name.Slice(start, length), buf);
            if (len < 0) return -1;
            if (n + 1 + len > dest.Length) return -2;
            if (n > 0) dest[n++] = ' ';
            buf[..len].CopyTo(dest[n..]);
            n += len;
        }
        return n == 0 ? -1 : n;
    }

    // The next word of Words at or after i; i moves past it (and past a possessive 's).
    private static bool NextWord(ReadOnlySpan<char> name, ref int i, out int start, out int length)
    {
        while (i < name.Length && !IsWordChar(name[i])) i++;
        start = i;
        if (i >= name.Length)
        {
            length = 0;
            return false;
        }
        while (i < name.Length)
        {
            if (IsWordChar(name[i])) { i++; continue; }
            if (!IsApostrophe(name[i]) || i + 1 >= name.Length || !IsWordChar(name[i + 1])) break;
            if (name[i + 1] == 's' && (i + 2 >= name.Length || !IsWordChar(name[i + 2]))) break;
            i++;
        }
        length = i - start;
        if (i + 1 < name.Length && IsApostrophe(name[i]) && name[i + 1] == 's') i += 2;
        return true;
    }

    // Romanisation variants, applied in place after transliteration; returns the new length.
    internal static int NormaliseVariants(Span<char> s)
    {
        int n = s.Length;
        for (int i = 0; i < n; i++)
            if (s[i] == 'j') s[i] = 'y';
        // ya/yu/ye/yo -> ia/iu/ie/io: "Zaporizhzhya" and "Zaporizhzhia", "Yelyzavetivka" and "Ielyzavetivka".
        for (int i = 0; i + 1 < n; i++)
            if (s[i] == 'y' && s[i + 1] is 'a' or 'u' or 'e' or 'o') s[i] = 'i';
        // "yi" after a vowel is the romanised ї: "Mykolayiv" and "Mykolaiv".
        for (int i = 1; i + 1 < n; i++)
            if (s[i] == 'y' && s[i + 1] == 'i' && IsVowel(s[i - 1])) { s[i..n].Slice(1).CopyTo(s[i..]); n--; }
        // Adjective endings -yi, -yy, -iy, -ii all become -y: "Novyi", "Novyy", "Noviy".
        if (n >= 3 && s[n - 1] is 'y' or 'i' && s[n - 2] is 'y' or 'i') { n--; s[n - 1] = 'y'; }
        // "zhzh" -> "zh", then any doubled letter -> single: "Zaporizhzhia"/"Zaporizhia", "Odessa"/"Odesa".
        int w = 0;
        for (int r = 0; r < n; r++)
        {
            if (r + 3 < n && s[r] == 'z' && s[r + 1] == 'h' && s[r + 2] == 'z' && s[r + 3] == 'h') { r += 1; continue; }
            if (w > 0 && s[w - 1] == s[r] && char.IsLetter(s[r])) continue;
            s[w++] = s[r];
        }
        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string?[] BuildMap()
    {
        var map = new string?[0x1F00];
        for (char c = '0'; c <= '9'; c++) map[c] = c.ToString();
        for (char c = 'a'; c <= 'z'; c++) { map[c] = c.ToString(); map[char.ToUpperInvariant(c)] = c.ToString(); }
        foreach (int c in Enumerable.Range(0x00C0, 0x0250 - 0x00C0).Concat(Enumerable.Range(0x1E00, 0x100)))
        {
            if (!char.IsLetter((char)c)) continue;
            string d = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            char b = char.ToLowerInvariant(d[0]);
            if (b is >= 'a' and <= 'z') map[c] = b.ToString();
        }
        (string Chars, string Fold)[] special =
        [
            ("ßẞ", "ss"), ("æÆ", "ae"), ("œŒ", "oe"), ("øØ", "o"), ("łŁ", "l"), ("đĐ", "d"), ("ħĦ", "h"),
            ("ıİ", "i"), ("þÞ", "th"), ("ðÐ", "d"),
            ("аА", "a"), ("бБ", "b"), ("вВ", "v"), ("гГ", "h"), ("ґҐ", "g"), ("дД", "d"), ("еЕ", "e"),
            ("єЄ", "ie"), ("жЖ", "zh"), ("зЗ", "z"), ("иИ", "y"), ("іІ", "i"), ("їЇ", "i"), ("йЙ", "i"),
            ("кК", "k"), ("лЛ", "l"), ("мМ", "m"), ("нН", "n"), ("оО", "o"), ("пП", "p"), ("рР", "r"),
            ("сС", "s"), ("тТ", "t"), ("уУ", "u"), ("фФ", "f"), ("хХ", "kh"), ("цЦ", "ts"), ("чЧ", "ch"),
            ("шШ", "sh"), ("щЩ", "shch"), ("юЮ", "iu"), ("яЯ", "ia"), ("ыЫ", "y"), ("эЭ", "e"), ("ёЁ", "e"),
            ("ўЎ", "u"), ("ьЬъЪ", Skip),
        ];
        foreach (var (chars, fold) in special)
            foreach (char c in chars) map[c] = fold;
        return map;
    }
}
