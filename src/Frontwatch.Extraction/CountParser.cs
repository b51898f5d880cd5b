using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Finds the counts a sentence states ("more than 1,000 North Korean troops", "several hundred",
/// "up to 60 drones", "between 10 and 15") with the noun each counts; years, dates, times,
/// distances, durations, percentages, money, unit numbers, calibres and model numbers are not counts.
/// </summary>
/// <remarks>
/// Vague quantities follow the gold conventions of shared/eval/README.md where it speaks, and keep
/// to the same pattern where it does not: "several" 2–9, "a few" 2–4, "dozens" (and "scores",
/// "tens") 20–90, "hundreds" 200–900, "thousands" 2,000–9,000, "millions" 2–9 million; "several"
/// and "a few" multiply what follows ("several hundred" 200–900, "several dozen" 24–108, "a few
/// thousand" 2,000–4,000), and "of" multiplies a plural ("tens of thousands" 20,000–90,000).
/// "More than / over / at least N" is N with no upper bound (not N+1), "fewer than / up to / as
/// many as N" is no lower bound and N, "about / nearly / some N" is exactly N.
/// </remarks>
public static partial class CountParser
{
    // Past 10^15 a "count" is an id or garbage, and decimal arithmetic stays far from overflow.
    private const int MaxDigits = 15;

    /// <summary>The count phrases of <paramref name="sentence"/>, in text order.</summary>
    public static List<CountPhrase> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var atoms = FindAtoms(sentence);
        var found = new List<CountPhrase>();
        for (int i = 0; i < atoms.Count; i++)
        {
            var first = atoms[i];
            var last = first;
            decimal lo = first.Lo, hi = first.Hi;
            var (bound, boundStart) = ModifierBefore(sentence, first.Start);

            if (i + 1 < atoms.Count && RangeGap(sentence, first.End, atoms[i + 1].Start) is var gap and not Gap.None
                && (gap != Gap.And || bound == Bound.Between))
            {
                var next = atoms[i + 1];
                // "1.5 to 2 million": the second number's scale word applies to the first.
                if (first.Scale == 1 && next.Scale > 1 && !first.IsWords && lo * next.Scale <= next.Lo)
                {
                    lo *= next.Scale;
                    hi *= next.Scale;
                }
                if (next.Hi >= lo)
                {
                    hi = Math.Max(hi, next.Hi);
                    last = next;
                    i++;
                }
                else if (gap == Gap.Dash)
                {
                    // "2024-12-23", "3-1": a code or a score, neither number a count.
                    i++;
                    continue;
                }
            }

            if (IsLabelOrDate(sentence, first)) continue;
            if (!TryReadSuffix(sentence, last.End, out int tail, out var suffix)) continue;
            if (!TryReadNoun(sentence, tail, out string? noun)) continue;
            if ((first.IsYearLike || last.IsYearLike) && (noun is null || !CountNouns.Contains(noun) || IsYearContext(sentence, first.Start))) continue;
            if (lo != decimal.Truncate(lo) || hi != decimal.Truncate(hi)) continue;

            var count = (bound == Bound.None ? suffix : bound) switch
            {
                Bound.Lower => new CountRange((long)lo, null),
                Bound.Upper => new CountRange(null, (long)hi),
                _ => new CountRange((long)lo, (long)hi),
            };
            found.Add(new CountPhrase(new TextSpan(bound == Bound.None ? first.Start : boundStart, tail), count, noun));
        }
        return found;
    }

    // Digits with thousands separators, a decimal part and a scale word ("11,000", "11 000",
    // "1.5 million", "15-hundred"), or a run of number words ("one hundred and twenty",
    // "tens of thousands", "a few", "twenty-five"). Every repetition consumes a separator and a
    // whole word, so matching is linear.
    [GeneratedRegex(@"\b(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?![\d,])|\d+)(?:\.\d+)?(?:[ \u00A0-]?(?:hundred|thousand|million|billion|mln|bn)\b)?" +
        @"|\b(?:an?\s+)?" + NumberWord + @"(?:(?:\s+(?:and\s+|of\s+)?|-)" + NumberWord + ")*" +
        @"|\banother\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityRegex();

    private const string NumberWord =
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
        @"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|several|few|tens|scores)\b";

    private enum WordKind { None, A, Unit, Teen, Tens, Hundred, Scale, Dozen, Several, Few, Plural, And, Of }

    private enum Bound { None, Lower, Upper, Approx, Between }

    private enum Gap { None, Dash, To, Or, And }

    /// <summary>A number word: its kind, value (or low bound) and, for plurals, high bound and the unit "of" multiplies by.</summary>
    private readonly record struct NumberWordValue(WordKind Kind, long Value, long High = 0, long Unit = 0);

    /// <summary>One number found in the text, before modifiers, ranges and context are considered.</summary>
    private readonly record struct Atom(int Start, int End, decimal Lo, decimal Hi, decimal Scale, bool IsYearLike, bool IsWords);

    private static List<Atom> FindAtoms(string s)
    {
        var atoms = new List<Atom>();
        foreach (var m in QuantityRegex().EnumerateMatches(s))
        {
            if (char.IsAsciiDigit(s[m.Index]))
            {
                if (TryParseDigits(s, m.Index, m.Index + m.Length, out var atom)) atoms.Add(atom);
            }
            else if (m.Length == "another".Length && s.AsSpan(m.Index, m.Length).Equals("another", StringComparison.OrdinalIgnoreCase))
            {
                // "killed one person and injured another": one more person, but only right after a casualty verb.
                if (TryPreviousWord(s, m.Index, out int ws, out int we, out char punct) && punct == '\0' && CasualtyVerbs.Contains(s.AsSpan(ws, we - ws)))
                {
                    atoms.Add(new Atom(m.Index, m.Index + m.Length, 1, 1, 1, IsYearLike: false, IsWords: true));
                }
            }
            else
            {
                ParseWordRun(s, m.Index, m.Index + m.Length, atoms);
            }
        }
        return atoms;
    }

    private static bool TryParseDigits(string s, int start, int end, out Atom atom)
    {
        atom = default;
        int p = start, digits = 0;
        decimal value = 0;
        bool grouped = false;
        while (p < end)
        {
            char c = s[p];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > MaxDigits) return false;
                value = (value * 10) + (c - '0');
                p++;
            }
            else if (c is ',' or ' ' or '\u00A0' or '\u202F' && p + 1 < end && char.IsAsciiDigit(s[p + 1]))
            {
                grouped = true;
                p++;
            }
            else
            {
                break;
            }
        }
        // "0400 GMT", "007": a leading zero is a time or a code.
        if (digits > 1 && s[start] == '0') return false;

        bool fraction = false;
        if (p + 1 < end && s[p] == '.' && char.IsAsciiDigit(s[p + 1]))
        {
            fraction = true;
            decimal place = 0.1m;
            for (p++; p < end && char.IsAsciiDigit(s[p]); p++)
            {
                if (++digits > MaxDigits) return false;
                value += (s[p] - '0') * place;
                place /= 10;
            }
        }

        while (p < end && (char.IsWhiteSpace(s[p]) || s[p] == '-')) p++;
        decimal scale = 1;
        if (p < end)
        {
            var word = s.AsSpan(p, end - p);
            if (Words.TryGetValue(word, out var w) && w.Kind is WordKind.Hundred or WordKind.Scale) scale = w.Value;
            else if (word.Equals("mln", StringComparison.OrdinalIgnoreCase)) scale = 1_000_000;
            else if (word.Equals("bn", StringComparison.OrdinalIgnoreCase)) scale = 1_000_000_000;
        }

        bool yearLike = !grouped && !fraction && scale == 1 && digits == 4 && value is >= 1900 and <= 2100;
        atom = new Atom(start, end, value * scale, value * scale, scale, yearLike, IsWords: false);
        return true;
    }

    private static void ParseWordRun(string s, int runStart, int runEnd, List<Atom> atoms)
    {
        int pos = runStart;
        while (NextToken(s, pos, runEnd, out int ts, out int te))
        {
            if (TryParseWords(s, ts, te, runEnd, out var atom))
            {
                atoms.Add(atom);
                pos = atom.End;
            }
            else
            {
                pos = te;
            }
        }
    }

    private static bool NextToken(string s, int pos, int end, out int start, out int stop)
    {
        while (pos < end && !char.IsLetter(s[pos])) pos++;
        start = pos;
        while (pos < end && char.IsLetter(s[pos])) pos++;
        stop = pos;
        return stop > start;
    }

    private static NumberWordValue Classify(string s, int start, int end) =>
        Words.TryGetValue(s.AsSpan(start, end - start), out var w) ? w : default;

    private static bool TryParseWords(string s, int ts, int te, int runEnd, out Atom atom)
    {
        atom = default;
        var w = Classify(s, ts, te);
        switch (w.Kind)
        {
            case WordKind.A:
                {
                    if (!NextToken(s, te, runEnd, out int ns, out int ne)) return false;
                    var n = Classify(s, ns, ne);
                    if (n.Kind == WordKind.Few) return TryParseVague(s, ts, ne, runEnd, 2, 4, out atom);
                    if (n.Kind is WordKind.Dozen or WordKind.Hundred or WordKind.Scale) return TryParseExact(s, ts, ns, ne, runEnd, afterA: true, out atom);
                    return false;
                }
            case WordKind.Several:
                return TryParseVague(s, ts, te, runEnd, 2, 9, out atom);
            case WordKind.Plural:
                {
                    decimal lo = w.Value, hi = w.High;
                    int end = te;
                    // "tens of thousands", "hundreds of thousands".
                    if (NextToken(s, te, runEnd, out int os, out int oe) && Classify(s, os, oe).Kind == WordKind.Of
                        && NextToken(s, oe, runEnd, out int ps, out int pe) && Classify(s, ps, pe) is { Kind: WordKind.Plural, Unit: > 1 } plural)
                    {
                        lo *= plural.Unit;
                        hi *= plural.Unit;
                        end = pe;
                    }
                    atom = new Atom(ts, end, lo, hi, 1, IsYearLike: false, IsWords: true);
                    return true;
                }
            case WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Hundred or WordKind.Scale or WordKind.Dozen:
                return TryParseExact(s, ts, ts, te, runEnd, afterA: false, out atom);
            default:
                return false;
        }
    }

    /// <summary>"several", "a few", optionally multiplied: "several hundred", "a few dozen", "several hundred thousand".</summary>
    private static bool TryParseVague(string s, int start, int end, int runEnd, decimal lo, decimal hi, out Atom atom)
    {
        long multiplier = 1;
        while (NextToken(s, end, runEnd, out int ts, out int te))
        {
            var w = Classify(s, ts, te);
            long m = w.Kind switch
            {
                WordKind.Dozen => 12,
                WordKind.Hundred or WordKind.Scale => w.Value,
                _ => 0,
            };
            if (m <= multiplier) break;
            lo *= m;
            hi *= m;
            multiplier = m;
            end = te;
        }
        atom = new Atom(start, end, lo, hi, 1, IsYearLike: false, IsWords: true);
        return true;
    }

    /// <summary>Cardinal words: "twenty-five", "one hundred and twenty", "two thousand five hundred", "a dozen", "two dozen".</summary>
    private static bool TryParseExact(string s, int phraseStart, int ts, int te, int runEnd, bool afterA, out Atom atom)
    {
        atom = default;
        long total = 0, current = 0, lastScale = long.MaxValue;
        var last = afterA ? WordKind.A : WordKind.None;
        int end = -1;
        while (true)
        {
            var w = Classify(s, ts, te);
            bool ok;
            switch (w.Kind)
            {
                case WordKind.Unit:
                    ok = last is WordKind.None or WordKind.Hundred or WordKind.Scale or WordKind.And or WordKind.Tens;
                    if (ok) current += w.Value;
                    break;
                case WordKind.Teen or WordKind.Tens:
                    ok = last is WordKind.None or WordKind.Hundred or WordKind.Scale or WordKind.And;
                    if (ok) current += w.Value;
                    break;
                case WordKind.Hundred:
                    ok = last is WordKind.None or WordKind.A or WordKind.Unit or WordKind.Teen or WordKind.Tens && current < 100;
                    if (ok) current = Math.Max(current, 1) * 100;
                    break;
                case WordKind.Scale:
                    ok = last is WordKind.None or WordKind.A or WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Hundred or WordKind.Dozen
                        && w.Value < lastScale;
                    if (ok)
                    {
                        total += Math.Max(current, 1) * w.Value;
                        current = 0;
                        lastScale = w.Value;
                    }
                    break;
                case WordKind.Dozen:
                    ok = last is WordKind.None or WordKind.A or WordKind.Unit or WordKind.Teen;
                    if (ok) current = Math.Max(current, 1) * 12;
                    break;
                case WordKind.And:
                    // "one hundred and twenty"; the "and" of "two and five" ends the number.
                    ok = last is WordKind.Hundred or WordKind.Scale
                        && NextToken(s, te, runEnd, out int ns, out int ne) && Classify(s, ns, ne).Kind is WordKind.Unit or WordKind.Teen or WordKind.Tens;
                    break;
                default:
                    ok = false;
                    break;
            }
            if (!ok) break;
            if (w.Kind != WordKind.And) end = te;
            last = w.Kind;
            if (!NextToken(s, te, runEnd, out ts, out te)) break;
        }
        long value = total + current;
        if (end < 0 || value == 0) return false;
        atom = new Atom(phraseStart, end, value, value, 1, IsYearLike: false, IsWords: true);
        return true;
    }

    private static Gap RangeGap(string s, int from, int to)
    {
        var gap = s.AsSpan(from, to - from);
        var word = gap.Trim();
        if (word.Length == gap.Length && word.Length > 1) return Gap.None; // "to", "or" need spaces around them
        return word switch
        {
            "-" or "–" or "—" => Gap.Dash,
            _ when word.Equals("to", StringComparison.OrdinalIgnoreCase) => Gap.To,
            _ when word.Equals("or", StringComparison.OrdinalIgnoreCase) => Gap.Or,
            _ when word.Equals("and", StringComparison.OrdinalIgnoreCase) => Gap.And,
            _ => Gap.None,
        };
    }

    /// <summary>The bound a phrase before the number sets ("more than", "up to", "about") and where it starts.</summary>
    private static (Bound Bound, int Start) ModifierBefore(string s, int start)
    {
        Span<Range> words = stackalloc Range[3];
        int n = 0;
        for (int p = start; n < words.Length; n++)
        {
            int q = p;
            while (q > 0 && char.IsWhiteSpace(s[q - 1])) q--;
            if (q == p) break;
            int we = q;
            while (q > 0 && char.IsLetter(s[q - 1])) q--;
            if (q == we || (q > 0 && char.IsLetterOrDigit(s[q - 1]))) break;
            words[n] = q..we;
            p = q;
        }
        foreach (var (phrase, bound) in Modifiers)
        {
            if (phrase.Length > n) continue;
            bool match = true;
            for (int k = 0; k < phrase.Length && match; k++)
            {
                match = s.AsSpan(words[phrase.Length - 1 - k]).Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
            }
            if (match) return (bound, words[phrase.Length - 1].Start.Value);
        }
        return (Bound.None, start);
    }

    // Longest first, so that "no more than" is not read as "more than".
    private static readonly (string[] Words, Bound Bound)[] Modifiers =
    [
        (["no", "fewer", "than"], Bound.Lower), (["no", "less", "than"], Bound.Lower), (["not", "less", "than"], Bound.Lower),
        (["not", "fewer", "than"], Bound.Lower), (["a", "minimum", "of"], Bound.Lower), (["in", "excess", "of"], Bound.Lower),
        (["no", "more", "than"], Bound.Upper), (["not", "more", "than"], Bound.Upper), (["as", "many", "as"], Bound.Upper),
        (["a", "maximum", "of"], Bound.Upper),
        (["more", "than"], Bound.Lower), (["at", "least"], Bound.Lower), (["upwards", "of"], Bound.Lower),
        (["well", "over"], Bound.Lower), (["just", "over"], Bound.Lower), (["well", "above"], Bound.Lower),
        (["fewer", "than"], Bound.Upper), (["less", "than"], Bound.Upper), (["up", "to"], Bound.Upper),
        (["at", "most"], Bound.Upper), (["just", "under"], Bound.Upper), (["well", "under"], Bound.Upper),
        (["an", "estimated"], Bound.Approx), (["close", "to"], Bound.Approx),
        (["over"], Bound.Lower), (["above"], Bound.Lower), (["exceeding"], Bound.Lower),
        (["under"], Bound.Upper), (["below"], Bound.Upper),
        (["about"], Bound.Approx), (["around"], Bound.Approx), (["roughly"], Bound.Approx), (["nearly"], Bound.Approx),
        (["almost"], Bound.Approx), (["some"], Bound.Approx), (["approximately"], Bound.Approx), (["approx"], Bound.Approx),
        (["estimated"], Bound.Approx), (["circa"], Bound.Approx),
        (["between"], Bound.Between),
    ];

    /// <summary>True when what stands before the number makes it a model, label, date, money or part of another number.</summary>
    private static bool IsLabelOrDate(string s, Atom atom)
    {
        int p = atom.Start;
        if (p == 0) return false;
        char c = s[p - 1];
        if (char.IsLetterOrDigit(c)) return true;
        // "S-300", "Su-34", "Kh-101", "mid-2024", "12/25".
        if (c is '-' or '–' or '/' && p >= 2 && char.IsLetterOrDigit(s[p - 2])) return true;
        // "10:30", ".50 calibre", "No.5", "$50", "#3".
        if (c is ':' or '.' or '$' or '€' or '£' or '₴' or '₽' or '¥' or '#' or '№') return true;

        if (!TryPreviousWord(s, p, out int ws, out int we, out char punct)) return false;
        var word = s.AsSpan(ws, we - ws);
        if (IsMonth(word)) return true; // "Jan. 20", "January 20"
        if (Labels.Contains(word)) return true; // "Article 5", "aged 45", "Brigade 93"
        // "Shahed 136", "Resolution 2231": a capitalised name right before a number names a model or a document.
        return punct == '\0' && char.IsUpper(word[0]) && IsAllLetters(word)
            && !FunctionWords.Contains(word) && !Weekdays.Contains(word) && !IsModifierWord(word);
    }

    private static bool IsYearContext(string s, int start)
    {
        if (!TryPreviousWord(s, start, out int ws, out int we, out char punct)) return false;
        var word = s.AsSpan(ws, we - ws);
        // "Dec. 23, 2024"
        if (punct == ',' && word.Length <= 2 && char.IsAsciiDigit(word[0])) return true;
        return YearContext.Contains(word);
    }

    private static bool IsModifierWord(ReadOnlySpan<char> word)
    {
        foreach (var (phrase, _) in Modifiers)
        {
            if (word.Equals(phrase[0], StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Reads what closes the number: "-strong", "+" or "-plus", "or more"; false when it shows the number is no count ("155mm", "5th", "20%", "45-year-old").</summary>
    private static bool TryReadSuffix(string s, int end, out int tail, out Bound bound)
    {
        tail = end;
        bound = Bound.None;
        if (end < s.Length)
        {
            char c = s[end];
            if (c == '+')
            {
                bound = Bound.Lower;
                tail++;
            }
            else if (c is '-' or '‑' && end + 1 < s.Length && char.IsLetter(s[end + 1]))
            {
                int we = end + 1;
                while (we < s.Length && char.IsLetter(s[we])) we++;
                var word = s.AsSpan(end + 1, we - end - 1);
                if (word.Equals("strong", StringComparison.OrdinalIgnoreCase)) tail = we;
                else if (word.Equals("plus", StringComparison.OrdinalIgnoreCase)) (bound, tail) = (Bound.Lower, we);
                else return false; // "20-km", "155-mm", "three-day", "45-year-old", "one-third"
            }
            else if (char.IsLetterOrDigit(c) || c == '%')
            {
                return false; // "5th", "93rd", "155mm", "3am", "10km", "20%"
            }
            else if (c is '-' or '–' or ':' or '/' or '.' or ',' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]))
            {
                return false; // "10:30", "12/25", a dash-joined code
            }
        }

        int p = SkipSpaces(s, tail);
        if (p < s.Length && s[p] == '%') return false;
        if (StartsWithWord(s, p, "a.m") || StartsWithWord(s, p, "p.m")) return false;
        if (bound == Bound.None && ReadWord(s, p, out int os, out int oe) && s.AsSpan(os, oe - os).Equals("or", StringComparison.OrdinalIgnoreCase)
            && ReadWord(s, SkipSpaces(s, oe), out int ms, out int me))
        {
            var word = s.AsSpan(ms, me - ms);
            if (word.Equals("more", StringComparison.OrdinalIgnoreCase)) (bound, tail) = (Bound.Lower, me);
            else if (word.Equals("fewer", StringComparison.OrdinalIgnoreCase) || word.Equals("less", StringComparison.OrdinalIgnoreCase)) (bound, tail) = (Bound.Upper, me);
            else if (word.Equals("so", StringComparison.OrdinalIgnoreCase)) tail = me;
        }
        return true;
    }

    /// <summary>
    /// Reads the noun the number counts: the head of the noun group that follows ("about 50 Russian
    /// assault troops" → troops; "dozens of civilians" → civilians); false when the next word shows
    /// the number is a measure ("20 miles", "two years", "20 January", "the 93 Brigade").
    /// </summary>
    private static bool TryReadNoun(string s, int pos, out string? noun)
    {
        noun = null;
        int p = SkipSpaces(s, pos);
        bool sawOf = false, sawContent = false;
        int headStart = -1, headEnd = -1;
        for (int steps = 0; steps < 6 && ReadWord(s, p, out int ws, out int we); steps++)
        {
            var word = s.AsSpan(ws, we - ws);
            p = SkipSpaces(s, we);
            if (!sawOf && !sawContent && word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                sawOf = true;
                continue;
            }
            if (headStart < 0 && (Measures.Contains(word) || UnitNames.Contains(word) || IsMonth(word))) return false;
            sawContent = true;
            // "dozens of Russian and North Korean officers": a nationality before "and" is not the head.
            if (headStart >= 0 && char.IsUpper(s[headStart]) && !CountNouns.Contains(s.AsSpan(headStart, headEnd - headStart))
                && (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))) continue;
            if (FunctionWords.Contains(word) || Weekdays.Contains(word) || IsMonth(word)) break;
            if (Words.TryGetValue(word, out var number) && number.Kind is not (WordKind.None or WordKind.And or WordKind.Of)) break;
            if (Adjectives.Contains(word)) continue;
            bool isNoun = CountNouns.Contains(word);
            if (!isNoun && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // "two grinning soldiers" reads on; "11,000 sailors involved" ends at the participle.
                if (headStart < 0) continue;
                break;
            }
            (headStart, headEnd) = (ws, we);
            // A counted noun ends the group unless another follows ("armed forces fighters").
            if (isNoun && !(ReadWord(s, p, out int ns, out int ne) && CountNouns.Contains(s.AsSpan(ns, ne - ns)))) break;
        }
        if (headStart >= 0) noun = s[headStart..headEnd].ToLowerInvariant();
        return true;
    }

    /// <summary>Reads a word at <paramref name="p"/>: letters with inner hyphens or apostrophes ("Iranian-made", "o'clock"), and model names ("BMP-2").</summary>
    private static bool ReadWord(string s, int p, out int start, out int end)
    {
        start = end = p;
        if (p >= s.Length || !char.IsLetter(s[p])) return false;
        int q = p + 1;
        while (q < s.Length && (char.IsLetter(s[q])
            || (s[q] is '\'' or '’' && q + 1 < s.Length && char.IsLetter(s[q + 1]))
            || (s[q] == '-' && q + 1 < s.Length && char.IsLetterOrDigit(s[q + 1]))
            || (char.IsAsciiDigit(s[q]) && (s[q - 1] == '-' || char.IsAsciiDigit(s[q - 1]))))) q++;
        end = q;
        return true;
    }

    /// <summary>The word before <paramref name="p"/> past spaces and at most one '.' or ','; letters, digits and apostrophes.</summary>
    private static bool TryPreviousWord(string s, int p, out int start, out int end, out char punct)
    {
        punct = '\0';
        int q = p;
        while (q > 0 && char.IsWhiteSpace(s[q - 1])) q--;
        if (q > 0 && s[q - 1] is '.' or ',')
        {
            punct = s[q - 1];
            q--;
        }
        end = q;
        while (q > 0 && (char.IsLetterOrDigit(s[q - 1]) || s[q - 1] is '\'' or '’')) q--;
        start = q;
        return end > start;
    }

    private static int SkipSpaces(string s, int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p])) p++;
        return p;
    }

    private static bool StartsWithWord(string s, int p, string word) =>
        s.AsSpan(p).StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    // Month names only when capitalised: "may" and "march" are verbs.
    private static bool IsMonth(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]) && Months.Contains(word);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, NumberWordValue>.AlternateLookup<ReadOnlySpan<char>> Words = BuildWords();

    private static Dictionary<string, NumberWordValue>.AlternateLookup<ReadOnlySpan<char>> BuildWords()
    {
        var words = new Dictionary<string, NumberWordValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["a"] = new(WordKind.A, 1),
            ["an"] = new(WordKind.A, 1),
            ["hundred"] = new(WordKind.Hundred, 100),
            ["thousand"] = new(WordKind.Scale, 1_000),
            ["million"] = new(WordKind.Scale, 1_000_000),
            ["billion"] = new(WordKind.Scale, 1_000_000_000),
            ["dozen"] = new(WordKind.Dozen, 12),
            ["several"] = new(WordKind.Several, 2, 9),
            ["few"] = new(WordKind.Few, 2, 4),
            // Plurals read as 2–9 of their unit; "dozens" is 20–90 by the gold convention.
            ["dozens"] = new(WordKind.Plural, 20, 90),
            ["scores"] = new(WordKind.Plural, 20, 90),
            ["tens"] = new(WordKind.Plural, 20, 90),
            ["hundreds"] = new(WordKind.Plural, 200, 900, 100),
            ["thousands"] = new(WordKind.Plural, 2_000, 9_000, 1_000),
            ["millions"] = new(WordKind.Plural, 2_000_000, 9_000_000, 1_000_000),
            ["billions"] = new(WordKind.Plural, 2_000_000_000, 9_000_000_000, 1_000_000_000),
            ["and"] = new(WordKind.And, 0),
            ["of"] = new(WordKind.Of, 0),
        };
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (int i = 0; i < units.Length; i++) words[units[i]] = new(WordKind.Unit, i + 1);
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < teens.Length; i++) words[teens[i]] = new(WordKind.Teen, i + 10);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++) words[tens[i]] = new(WordKind.Tens, (i + 2) * 10);
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    // A number right after these words names a thing rather than counting ("Article 5", "Hill 210", "aged 45").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = Set(
        "article", "resolution", "no", "nos", "number", "unit", "highway", "route", "road", "flight", "hill", "height", "aged", "age",
        "page", "chapter", "section", "paragraph", "clause", "point", "phase", "stage", "round", "grade", "class", "category",
        "version", "type", "model", "mark", "mk", "block", "building", "house", "apartment", "platform", "zone", "sector", "code",
        "brigade", "regiment", "battalion", "division", "corps", "army", "squadron", "fleet", "protocol", "annex", "item", "line",
        "channel", "gate", "terminal", "room", "floor", "km", "kilometre", "kilometer", "mile", "volume", "level", "tier");

    // A four-digit number after these words is a year ("since 2014", "in early 2023").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearContext = Set(
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through", "throughout", "early", "mid",
        "late", "spring", "summer", "autumn", "fall", "winter", "year", "between");

    // Words after a number that make it a measure, a time, a fraction or money, never a count.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Measures = Set(
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "mi", "metre", "metres", "meter", "meters", "m",
        "mm", "cm", "millimetre", "millimetres", "millimeter", "millimeters", "centimetre", "centimetres", "ft", "feet", "foot", "yard", "yards",
        "hectare", "hectares", "ha", "acre", "acres", "sq", "square", "nautical", "kph", "mph", "knots", "degrees", "storey", "storeys",
        "percent", "pct", "per", "percentage",
        "second", "seconds", "minute", "minutes", "hour", "hours", "hrs", "day", "days", "night", "nights", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "am", "pm", "gmt", "utc", "o'clock", "time", "times", "point",
        "calibre", "caliber", "cal", "tonne", "tonnes", "ton", "tons", "kg", "kilogram", "kilograms", "lb", "lbs", "litres", "liters",
        "dollars", "euros", "pounds", "roubles", "rubles", "hryvnias", "hryvnia", "usd", "eur", "uah", "rub",
        "third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths", "tenth", "tenths", "another");

    // Singular unit names after a number label the unit ("the 93 Brigade"); plurals count them ("four brigades").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNames = Set(
        "brigade", "regiment", "battalion", "division", "corps", "army", "squadron", "detachment", "flotilla", "fleet");

    // Words that end the noun group after a number.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Set(
        "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "with", "by", "for", "as", "into", "onto", "near", "across",
        "along", "around", "over", "under", "during", "since", "after", "before", "per", "than", "the", "a", "an", "this", "that",
        "these", "those", "who", "which", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "had", "have", "has",
        "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "said", "says", "say", "told", "reportedly",
        "also", "while", "when", "where", "including", "each", "every", "among", "out", "off", "up", "down", "overnight", "today",
        "yesterday", "tonight", "there", "here", "it", "its", "their", "his", "her", "they", "them", "he", "she", "we", "our", "you",
        "not", "no", "so", "then", "against", "within", "inside", "outside", "toward", "towards", "via", "amid", "despite",
        "according", "if", "because", "between", "through", "throughout", "until", "about", "again", "just", "only", "already",
        "still", "now", "all", "some", "another", "other", "both", "last", "next", "first", "recently");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CasualtyVerbs = Set(
        "killed", "killing", "wounded", "wounding", "injured", "injuring", "hurt", "hurting", "captured", "capturing");

    // Words inside a noun group that are never its head ("two more soldiers", "10 wounded civilians").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adjectives = Set(
        "more", "other", "additional", "further", "extra", "new", "armed", "foreign", "enemy", "regular", "elite", "active",
        "killed", "wounded", "injured", "dead", "captured", "missing", "hurt");

    /// <summary>Nouns that counts in war reporting are of; a four-digit number counts only these ("2000 troops", not "the 2022 invasion").</summary>
    private static readonly HashSet<string> CountNounSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "civilians", "civilian", "residents", "resident", "children", "child", "kids", "women", "woman",
        "men", "man", "soldiers", "soldier", "troops", "trooper", "troopers", "servicemen", "serviceman", "servicemembers",
        "personnel", "fighters", "fighter", "militants", "mercenaries", "marines", "paratroopers", "sailors", "officers", "officer",
        "conscripts", "recruits", "volunteers", "prisoners", "prisoner", "pows", "captives", "hostages", "bodies", "casualties",
        "victims", "forces", "drones", "drone", "uavs", "uav", "missiles", "missile", "rockets", "rocket", "shells", "shell", "bombs",
        "bomb", "tanks", "tank", "vehicles", "vehicle", "aircraft", "jets", "helicopters", "helicopter", "warplanes", "planes",
        "ships", "ship", "boats", "vessels", "howitzers", "guns", "launchers", "systems", "munitions", "projectiles", "rounds",
        "shaheds", "airstrikes", "strikes", "attacks", "assaults", "clashes", "counterattacks", "settlements", "villages", "towns",
        "communities", "brigades", "battalions", "regiments", "divisions", "units", "groups", "positions",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNouns = CountNounSet.GetAlternateLookup<ReadOnlySpan<char>>();
}
