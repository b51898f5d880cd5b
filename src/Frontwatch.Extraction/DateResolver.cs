using System.Buffers;
using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Finds the date expressions of a sentence and resolves them against the report's publication date:
/// weekdays, "yesterday", "overnight", month-day forms, ISO dates, holidays, and periods with no day.
/// </summary>
/// <remarks>
/// Conventions. A weekday is the latest such day on or before publication ("on Monday" in a Monday
/// report is that day); "last Monday" is strictly before it and "next Monday" strictly after.
/// "Today", "tonight", "this morning" and a bare "overnight" are the publication day (the night that
/// ends on the day of the statement); "yesterday" and "last night" are the day before. A month-day
/// without a year takes the latest year that puts it no more than <see cref="ForwardSlackDays"/>
/// days after publication ("Dec. 31" in a Jan. 6 report is the previous December; "Jan. 2" in a
/// Dec. 30 report is the coming January). Periods ("last week", "over the past day", "in recent
/// days", "in May", "December 2024", "for months", a bare "earlier") have no day: their date is null.
/// </remarks>
public static partial class DateResolver
{
    /// <summary>How far after publication a month-day without a year may fall and keep the publication year.</summary>
    public const int ForwardSlackDays = 10;

    /// <summary>The date expressions of <paramref name="sentence"/>, in text order, resolved against <paramref name="published"/>.</summary>
    public static List<EventDate> Find(string sentence, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<EventDate>();
        AddDays(sentence, published, found);
        AddPeriods(sentence, found);
        return Settled(found);
    }

    /// <summary>
    /// The day a claim sentence names: the first expression of <see cref="Find"/> with a date, null when it has
    /// none. Periods, which name no day, are looked for only when a day was found that one of them may cover.
    /// </summary>
    public static DateOnly? DayOf(string sentence, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<EventDate>();
        AddDays(sentence, published, found);
        if (!found.Exists(d => d.Date is not null)) return null;
        AddPeriods(sentence, found);
        foreach (var d in Settled(found))
        {
            if (d.Date is { } day) return day;
        }
        return null;
    }

    // Most sentences name no date: a regex runs only where a word every one of its matches holds occurs.
    private static void AddDays(string sentence, DateOnly published, List<EventDate> found)
    {
        var text = sentence.AsSpan();
        if (FirstWordStarting(text, WeekdayWords) is var day and >= 0)
        {
            // The regex's first characters are common letters: it is started where its first match can start at the earliest.
            for (var m = WeekdayRegex().Match(sentence, TwoWordsBefore(text, day)); m.Success; m = m.NextMatch())
                found.Add(At(sentence, m, Weekday(m, published)));
        }
        if (HoldsWordStarting(text, RelativeDayWords))
            foreach (Match m in RelativeDayRegex().Matches(sentence)) found.Add(At(sentence, m, RelativeDay(m, published)));
        if (HoldsWordStarting(text, MonthDayWords) || ContainsYear(text))
            foreach (Match m in MonthDayRegex().Matches(sentence))
            {
                if (TryMonthDay(m, published, out var date)) found.Add(At(sentence, m, date));
            }
        if (HoldsWordStarting(text, HolidayWords))
            foreach (Match m in HolidayRegex().Matches(sentence)) found.Add(At(sentence, m, Holiday(m, published)));
    }

    private static void AddPeriods(string sentence, List<EventDate> found)
    {
        var text = sentence.AsSpan();
        if (HoldsWordStarting(text, PeriodWords) || ContainsYear(text))
            foreach (var m in PeriodRegex().EnumerateMatches(sentence))
            {
                found.Add(new EventDate(new TextSpan(m.Index, m.Index + m.Length), null, sentence.Substring(m.Index, m.Length)));
            }
    }

    // Where expressions overlap ("overnight into Tuesday" and "overnight"), the one that starts first and reaches furthest wins.
    private static List<EventDate> Settled(List<EventDate> found)
    {
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        int kept = 0, end = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (e.Span.Start < end) continue;
            found[kept++] = e;
            end = e.Span.End;
        }
        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>
    /// The event date of a claim sentence: the first expression that names a day; else null when the
    /// sentence names only periods with no day ("over the past day", "last week"); else
    /// <paramref name="published"/>, the day of the statement.
    /// </summary>
    public static DateOnly? Resolve(string sentence, DateOnly published) => Resolve(Find(sentence, published), published);

    /// <summary>The event date of a claim sentence from its date expressions, as <see cref="Find"/> gives them.</summary>
    public static DateOnly? Resolve(List<EventDate> dates, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(dates);
        foreach (var d in dates)
        {
            if (d.Date is { } day) return day;
        }
        return dates.Count > 0 ? null : published;
    }

    private static EventDate At(string sentence, Match m, DateOnly? date) =>
        new(new TextSpan(m.Index, m.Index + m.Length), date, sentence.Substring(m.Index, m.Length));

    // Words every match of a regex below holds, in the case the regex matches them. The
    // case-insensitive lists use no 'i' or 'k', which IgnoreCase may also match as 'İ' or the Kelvin sign.
    // Day names match capitalised only; "week" is written "wee" because IgnoreCase also reads the Kelvin sign as k.
    private static readonly SearchValues<string> WeekdayWords = SearchValues.Create(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);
    private static readonly SearchValues<string> RelativeDayWords = SearchValues.Create(["yesterday", "today", "tonight", "overnight", "night", "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> MonthDayWords = SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);
    private static readonly SearchValues<string> HolidayWords = SearchValues.Create(["Christmas", "Year"], StringComparison.Ordinal);
    private static readonly SearchValues<string> PeriodWords = SearchValues.Create(
        ["day", "hour", "night", "wee", "month", "year", "recent", "earlier", "fall", "autumn", "spring", "summer", "winter"], StringComparison.OrdinalIgnoreCase);

    // Every word the gates name starts a word where a regex matches it (after \b, white space or a hyphen): a hit inside
    // a word ("Monday" for "day") is no reason to run the regex.
    private static bool HoldsWordStarting(ReadOnlySpan<char> text, SearchValues<string> words) => FirstWordStarting(text, words) >= 0;

    // Where the first of the words that starts a word is, -1 for none.
    private static int FirstWordStarting(ReadOnlySpan<char> text, SearchValues<string> words)
    {
        for (int at = 0; at < text.Length; at++)
        {
            int hit = text[at..].IndexOfAny(words);
            if (hit < 0) return -1;
            at += hit;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return at;
        }
        return -1;
    }

    // A weekday match opens with at most two words of letters before its day name, each followed by white space
    // ("late on Monday", "overnight into Tuesday"); a day name at or after the first one's word start ends each match.
    private static int TwoWordsBefore(ReadOnlySpan<char> text, int day)
    {
        int start = day;
        for (int words = 0; words < 2; words++)
        {
            int j = start;
            while (j > 0 && char.IsWhiteSpace(text[j - 1])) j--;
            if (j == start) break;
            int end = j;
            while (j > 0 && char.IsLetter(text[j - 1])) j--;
            if (j == end) break;
            start = j;
        }
        return start;
    }

    // "2024", "1999": the year every match of a year-only alternative holds ("19" or "20" and two digits, as (?:19|20)\d\d reads them).
    private static bool ContainsYear(ReadOnlySpan<char> text)
    {
        for (int k = 0; k + 3 < text.Length; k++)
        {
            int hit = text[k..^3].IndexOfAny('1', '2');
            if (hit < 0) return false;
            k += hit;
            if ((text[k] == '1' ? text[k + 1] == '9' : text[k + 1] == '0') && char.IsDigit(text[k + 2]) && char.IsDigit(text[k + 3])) return true;
        }
        return false;
    }

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Year = @"(?<y>(?:19|20)\d\d)(?!\d)";
    private const string Ordinal = "(?:st|nd|rd|th)?";

    // "on Monday", "late on Thursday", "overnight into Tuesday", "Sunday night", "Monday's attack".
    // Day names are matched capitalised only, so that no common word is read as one.
    [GeneratedRegex(@"\b(?:(?i:(?:late|early)\s+(?:on\s+)?|overnight\s+(?:into|to|on)\s+|(?<last>last)\s+|(?<next>next)\s+|(?:on|this|since|by|until|from)\s+))?" +
        "(?<day>" + Weekdays + @")\b(?:['’]s\b|(?i:\s+(?:morning|afternoon|evening|night|overnight)\b))?", RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?:(?<before>the\s+day\s+before\s+yesterday)|(?<yesterday>yesterday|last\s+night)|(?<today>today|tonight|this\s+(?:morning|afternoon|evening)|overnight))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeDayRegex();

    // "Jan. 20", "December 23rd, 2024", "20 January", "23rd Dec, 2024", "December 2024", "in early August",
    // "2024-12-23", "23.12.2024". Month names are matched capitalised only ("may", "march" are verbs).
    [GeneratedRegex(@"\b(?:" +
        "(?<m>" + Month + @")\.?\s+(?<d>\d{1,2})" + Ordinal + @"(?![\d:])(?:\s*[-–]\s*\d{1,2}" + Ordinal + @"(?!\d))?(?:,?\s+" + Year + ")?" +
        @"|(?i:the\s+)?(?<d>\d{1,2})" + Ordinal + @"(?:\s*[-–]\s*\d{1,2}" + Ordinal + @")?(?:\s+of)?\s+(?<m>" + Month + @")\b(?:\.?,?\s+" + Year + ")?" +
        "|(?<m>" + Month + @")\.?,?\s+" + Year +
        @"|(?i:early|mid|late|end\s+of|beginning\s+of|start\s+of|in|since|during|until|by|last|this|next|throughout|from)[\s-]+(?<m>" + FullMonth + @")\b(?!\.?\s+\d)(?:,?\s+" + Year + ")?" +
        @"|(?<y>(?:19|20)\d\d)-(?<n>\d\d)-(?<d>\d\d)(?!\d)" +
        @"|(?<d>\d{1,2})\.(?<n>\d{1,2})\.(?<y>(?:19|20)\d\d)(?!\d)" +
        ")", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\b(?:(?<nye>New\s+Year['’]s\s+Eve)|(?<nyd>New\s+Year['’]s(?:\s+Day)?)|(?<xe>Christmas\s+Eve)|(?<oc>Orthodox\s+Christmas(?:\s+Day)?)|(?<xd>Christmas(?:\s+Day)?))\b",
        RegexOptions.ExplicitCapture)]
    private static partial Regex HolidayRegex();

    // Periods with no day. Each alternative is a fixed sequence of words with at most two free
    // words ("over the past couple of days"), so matching is linear.
    [GeneratedRegex(@"\b(?:" +
        @"(?:over|in|during|for|within|throughout)\s+the\s+(?:past|last|previous|preceding)\s+(?:[\w-]+\s+){0,2}?(?:days?|hours?|nights?|weeks?|months?|years?)\b" +
        @"|in\s+recent\s+(?:days|weeks|months|years)\b" +
        @"|(?:earlier|later)\s+(?:this|last|in\s+the)\s+(?:week|month|year)\b" +
        @"|(?:last|this|past|previous)\s+(?:week|weekend|month|year|fall|autumn|spring|summer|winter)\b" +
        @"|(?:over|during|at)\s+the\s+weekend\b" +
        @"|recent(?:ly)?\b" +
        @"|earlier\b(?!\s+(?:today|this|on|in|that\s+day))" +
        @"|for\s+(?:(?:more\s+than|over|nearly|almost|about|around|roughly|some)\s+)?(?:(?:\d[\d,]*|a\s+few|a\s+couple\s+of|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:days|weeks|months|years)\b" +
        @"|(?:weeks|months|years)\s+of\b" +
        @"|(?:in|since|during|throughout)\s+the\s+(?:spring|summer|autumn|fall|winter)\b" +
        @"|(?:(?:in|since|during|throughout|until|by|early|late)\s+|mid-)(?:19|20)\d\d(?!\d)" +
        ")", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodRegex();

    private static DateOnly Weekday(Match m, DateOnly published)
    {
        var day = DayOfWeekOf(m.Groups["day"].ValueSpan);
        if (m.Groups["next"].Success)
        {
            int ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(ahead == 0 ? 7 : ahead);
        }
        int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && m.Groups["last"].Success) back = 7;
        return published.AddDays(-back);
    }

    private static DayOfWeek DayOfWeekOf(ReadOnlySpan<char> name) => name[..2] switch
    {
        "Mo" => DayOfWeek.Monday,
        "Tu" => DayOfWeek.Tuesday,
        "We" => DayOfWeek.Wednesday,
        "Th" => DayOfWeek.Thursday,
        "Fr" => DayOfWeek.Friday,
        "Sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static DateOnly RelativeDay(Match m, DateOnly published) =>
        m.Groups["before"].Success ? published.AddDays(-2)
        : m.Groups["yesterday"].Success ? published.AddDays(-1)
        : published;

    /// <summary>The date of a month-day match, null for a month with no day; false when the match names no real date ("Feb. 30").</summary>
    private static bool TryMonthDay(Match m, DateOnly published, out DateOnly? date)
    {
        date = null;
        int month = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan, provider: null) : MonthOf(m.Groups["m"].ValueSpan);
        if (month is < 1 or > 12) return false;
        if (!m.Groups["d"].Success) return true;
        int day = int.Parse(m.Groups["d"].ValueSpan, provider: null);
        if (m.Groups["y"].Success)
        {
            int year = int.Parse(m.Groups["y"].ValueSpan, provider: null);
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            date = new DateOnly(year, month, day);
            return true;
        }
        date = Nearest(month, day, published);
        return date is not null;
    }

    private static DateOnly? Holiday(Match m, DateOnly published) =>
        m.Groups["nye"].Success ? Nearest(12, 31, published)
        : m.Groups["nyd"].Success ? Nearest(1, 1, published)
        : m.Groups["xe"].Success ? Nearest(12, 24, published)
        : m.Groups["oc"].Success ? Nearest(1, 7, published)
        : Nearest(12, 25, published);

    /// <summary>The latest date with this month and day that falls no more than <see cref="ForwardSlackDays"/> after publication.</summary>
    private static DateOnly? Nearest(int month, int day, DateOnly published)
    {
        var latest = published.AddDays(ForwardSlackDays);
        for (int year = published.Year + 1; year >= published.Year - 4; year--)
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date <= latest) return date;
        }
        return null;
    }

    private static int MonthOf(ReadOnlySpan<char> name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => 0,
    };
}
