namespace Frontwatch.Extraction;

/// <summary>
/// The literal strings every match of a regular-expression fragment starts with, matched
/// case-insensitively, a space standing for any white space: a cheap test for them finds every
/// place a match can start.
/// </summary>
/// <remarks>
/// The derivation over-approximates: a construct it cannot read literally (a character class,
/// <c>\S</c>, a non-ASCII letter) ends the prefix there, so each prefix is only as long as the
/// literal text in front of it; <c>\s</c> and a space are both read as any white space, and
/// zero-width assertions (anchors, word boundaries, lookarounds) are ignored. When some match could
/// start with no literal at all, or the fragment uses a construct that is not understood
/// (backreferences, atomic and conditional groups), there is no prefix set and the caller must search everywhere.
/// </remarks>
internal static class LiteralPrefixes
{
    /// <summary>Prefixes of at most <paramref name="maxLength"/> lower-case ASCII characters (a space: any white space), none a prefix of another; null when none can be derived.</summary>
    public static IReadOnlyList<string>? Of(string pattern, int maxLength = 8)
    {
        var parser = new Parser(pattern, maxLength);
        HashSet<Prefix>? set;
        try
        {
            set = parser.Alternation();
            if (parser.Position != pattern.Length) return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        if (set.Count == 0 || set.Any(p => p.Text.Length == 0)) return null;
        var texts = set.Select(p => p.Text).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var minimal = new List<string>();
        foreach (var t in texts)
            if (!minimal.Exists(m => t.StartsWith(m, StringComparison.Ordinal))) minimal.Add(t);
        minimal.Sort(StringComparer.Ordinal);
        return minimal;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/>, one of <see cref="Of"/>'s: ASCII letters in either case, a space for any white space.</summary>
    public static bool IsPrefixOf(string prefix, ReadOnlySpan<char> text)
    {
        if (text.Length < prefix.Length) return false;
        for (int i = 0; i < prefix.Length; i++)
        {
            char p = prefix[i], t = text[i];
            if (t == p) continue;
            // A prefix holds lower-case letters: the text's letter matches in either case (t | 0x20 is its lower case only for A-Z).
            if (p == ' ' ? !char.IsWhiteSpace(t) : !char.IsAsciiLetterLower(p) || (t | 0x20) != p) return false;
        }
        return true;
    }

    // Text: the literal start read so far. Open: the match may continue right after Text with
    // whatever follows; a closed prefix is all that is known of the matches it stands for.
    private readonly record struct Prefix(string Text, bool Open);

    private sealed class Parser(string pattern, int maxLength)
    {
        public int Position { get; private set; }

        private static HashSet<Prefix> Empty() => [new Prefix("", true)];

        private static HashSet<Prefix> Unknown() => [new Prefix("", false)];

        public HashSet<Prefix> Alternation()
        {
            var result = Sequence();
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                result.UnionWith(Sequence());
            }
            return result;
        }

        private HashSet<Prefix> Sequence()
        {
            var result = Empty();
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var atom = Quantified(Atom());
                result = Concat(result, atom);
            }
            return result;
        }

        private HashSet<Prefix> Concat(HashSet<Prefix> left, HashSet<Prefix> right)
        {
            var result = new HashSet<Prefix>();
            foreach (var a in left)
            {
                if (!a.Open) { result.Add(a); continue; }
                foreach (var b in right)
                {
                    string text = a.Text + b.Text;
                    result.Add(text.Length >= maxLength ? new Prefix(text[..maxLength], false) : new Prefix(text, b.Open));
                }
            }
            return result;
        }

        private static HashSet<Prefix> Closed(HashSet<Prefix> set) => [.. set.Select(p => p with { Open = false })];

        private HashSet<Prefix> Quantified(HashSet<Prefix> atom)
        {
            if (Position >= pattern.Length) return atom;
            int min, max;
            char c = pattern[Position];
            if (c == '?') { min = 0; max = 1; Position++; }
            else if (c == '*') { min = 0; max = int.MaxValue; Position++; }
            else if (c == '+') { min = 1; max = int.MaxValue; Position++; }
            else if (c == '{' && TryReadRange(out min, out max)) { }
            else return atom;
            if (Position < pattern.Length && pattern[Position] == '?') Position++;
            if (max == 0) return Empty();
            // One repetition, then perhaps more of it: what follows the first is no longer known literally.
            var repeated = max == 1 ? atom : Concat(atom, Union(Empty(), Closed(atom)));
            return min == 0 ? Union(Empty(), repeated) : repeated;
        }

        private static HashSet<Prefix> Union(HashSet<Prefix> a, HashSet<Prefix> b)
        {
            a.UnionWith(b);
            return a;
        }

        // {n}, {n,}, {n,m}; anything else is a literal '{'.
        private bool TryReadRange(out int min, out int max)
        {
            min = max = 0;
            int close = pattern.IndexOf('}', Position);
            if (close < 0) return false;
            var body = pattern.AsSpan(Position + 1, close - Position - 1);
            int comma = body.IndexOf(',');
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            if (comma < 0)
            {
                if (!int.TryParse(body, System.Globalization.NumberStyles.None, inv, out min)) return false;
                max = min;
            }
            else
            {
                if (!int.TryParse(body[..comma], System.Globalization.NumberStyles.None, inv, out min)) return false;
                if (comma == body.Length - 1) max = int.MaxValue;
                else if (!int.TryParse(body[(comma + 1)..], System.Globalization.NumberStyles.None, inv, out max)) return false;
            }
            Position = close + 1;
            return true;
        }

        private HashSet<Prefix> Atom()
        {
            char c = pattern[Position++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return Unknown();
                case '.':
                    return Unknown();
                case '^' or '$':
                    return Empty();
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an atom");
                default:
                    return Literal(c);
            }
        }

        // Only ASCII is read literally: the search that uses the prefixes folds case as Regex does for ASCII.
        private static HashSet<Prefix> Literal(char c) =>
            char.IsWhiteSpace(c) ? WhiteSpace() : c < 0x80 ? [new Prefix(char.ToLowerInvariant(c).ToString(), true)] : Unknown();

        private static HashSet<Prefix> WhiteSpace() => [new Prefix(" ", true)];

        private HashSet<Prefix> Group()
        {
            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++;
                if (Position >= pattern.Length) throw new NotSupportedException("unterminated group");
                char kind = pattern[Position];
                if (kind == ':') Position++;
                else if (kind == '#')
                {
                    int end = pattern.IndexOf(')', Position);
                    if (end < 0) throw new NotSupportedException("unterminated comment");
                    Position = end + 1;
                    return Empty();
                }
                else if (kind is '<' or '\'' && Position + 1 < pattern.Length && pattern[Position + 1] is not ('=' or '!'))
                {
                    char close = kind == '<' ? '>' : '\'';
                    int end = pattern.IndexOf(close, Position + 1);
                    if (end < 0) throw new NotSupportedException("unterminated group name");
                    Position = end + 1;
                }
                else if (char.IsLetter(kind) || kind == '-')
                {
                    // Inline options, "(?i)" or "(?i-s:...)": case is folded anyway, the others do not change where a match starts.
                    while (Position < pattern.Length && (char.IsLetter(pattern[Position]) || pattern[Position] == '-')) Position++;
                    if (Position >= pattern.Length) throw new NotSupportedException("unterminated options");
                    if (pattern[Position] == ')') { Position++; return Empty(); }
                    if (pattern[Position] != ':') throw new NotSupportedException("unknown group");
                    Position++;
                }
                else if (kind is '=' or '!' || (kind == '<' && Position + 1 < pattern.Length && pattern[Position + 1] is '=' or '!'))
                {
                    // A lookaround is zero-width: it can only rule matches out, so it adds nothing to a prefix.
                    Position += kind == '<' ? 2 : 1;
                    Alternation();
                    if (Position >= pattern.Length || pattern[Position] != ')') throw new NotSupportedException("unterminated lookaround");
                    Position++;
                    return Empty();
                }
                else throw new NotSupportedException("atomic or conditional group");
            }
            var inner = Alternation();
            if (Position >= pattern.Length || pattern[Position] != ')') throw new NotSupportedException("unterminated group");
            Position++;
            return inner;
        }

        private void SkipClass()
        {
            if (Position < pattern.Length && pattern[Position] == '^') Position++;
            if (Position < pattern.Length && pattern[Position] == ']') Position++;
            while (Position < pattern.Length && pattern[Position] != ']')
            {
                if (pattern[Position] == '[') throw new NotSupportedException("class subtraction");
                Position += pattern[Position] == '\\' ? 2 : 1;
            }
            if (Position >= pattern.Length) throw new NotSupportedException("unterminated class");
            Position++;
        }

        private HashSet<Prefix> Escape()
        {
            if (Position >= pattern.Length) throw new NotSupportedException("trailing backslash");
            char c = pattern[Position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Empty();
                case 'p' or 'P':
                    int end = pattern.IndexOf('}', Position);
                    if (end < 0) throw new NotSupportedException("unterminated category");
                    Position = end + 1;
                    return Unknown();
                case 's':
                    return WhiteSpace();
                case 'k' or (>= '0' and <= '9'):
                    throw new NotSupportedException("backreference");
                default:
                    // \S, \w, \d, \t, \x41, \u0041 and the like stand for characters not read literally here.
                    return char.IsAsciiLetter(c) ? Unknown() : Literal(c);
            }
        }
    }
}
