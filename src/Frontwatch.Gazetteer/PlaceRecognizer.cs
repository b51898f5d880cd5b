using System.Globalization;
using System.Text.RegularExpressions;
using Frontwatch.Core;
using CueStartLists = (System.Collections.Generic.List<int> A, System.Collections.Generic.List<int> B);

namespace Frontwatch.Gazetteer;

/// <summary>
/// Finds the places a report names and resolves each as a careful analyst would: by the regions
/// and countries the report mentions, by distance to the other places it names, and by
/// population; ordinary words and people's names are rejected; places the gazetteer lacks are
/// kept by name when the text says they are places; relative locations get a point and a radius.
/// </summary>
public sealed partial class PlaceRecognizer(PlaceGazetteer gazetteer)
{
    // Words that, placed just before a capitalised name, make it a person's name ("General Syrskyi").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "General", "Gen", "Colonel", "Col", "Lt", "Lieutenant", "Major", "Maj", "Captain", "Capt",
        "Sergeant", "Sgt", "Commander", "Admiral", "Adm", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Senator", "Sen",
        "Rep", "Governor", "Gov", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson", "Secretary", "Chancellor",
        "Premier", "Pope", "King", "Queen", "Prince", "Princess", "Patriarch", "Father", "Saint", "St", "Judge", "Ambassador",
        "Chief", "Marshal", "Private", "Corporal", "Defence", "Defense",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesBySpan = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double> Bearings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["north"] = 0,
        ["northeast"] = 45,
        ["east"] = 90,
        ["southeast"] = 135,
        ["south"] = 180,
        ["southwest"] = 225,
        ["west"] = 270,
        ["northwest"] = 315,
    };

    private static readonly string[] SmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private const double MilesToKm = 1.609344;
    private const double SureConfidence = 0.8;

    /// <summary>The place mentions of <paramref name="text"/>, in text order.</summary>
    public List<PlaceMention> Recognize(string text)
    {
        var matches = new List<NameMatch>();
        gazetteer.Index.Scan(text, matches);

        var context = ReportContext.From(gazetteer, matches, text);
        var mentions = new List<PlaceMention>();
        foreach (var match in matches)
        {
            if (Resolve(text, match, context) is { } mention) mentions.Add(mention);
        }
        // Second pass: places resolved with confidence anchor the doubtful ones ("Serebrianka and Mykolaivka").
        var sure = mentions.Where(m => m.Kind == MentionKind.Settlement && m.Confidence >= SureConfidence).Select(m => (m.Span.Start, m.Point!.Value)).ToList();
        if (sure.Count > 0 && mentions.Any(m => m.Kind == MentionKind.Settlement && m.Confidence < SureConfidence))
        {
            var anchored = context.WithAnchors(sure);
            for (int i = 0, k = 0; i < matches.Count && k < mentions.Count; i++)
            {
                if (mentions[k].Span.Start != matches[i].Start) continue;
                if (mentions[k].Kind == MentionKind.Settlement && mentions[k].Confidence < SureConfidence && Resolve(text, matches[i], anchored) is { } again)
                    mentions[k] = again;
                k++;
            }
        }
        var cueStarts = CueStarts(text);
        AddUnresolved(text, matches, mentions, context, cueStarts);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        AddRelative(text, mentions, cueStarts);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return mentions;
    }

    private PlaceMention? Resolve(string text, NameMatch match, ReportContext context)
    {
        var span = new TextSpan(match.Start, match.End);
        var candidates = match.Candidates.Span;

        // Curated regions and countries outrank any village that shares their name.
        var name = gazetteer.SummaryOf(match);
        if (name.FirstRegion >= 0)
        {
            var p = gazetteer.Places[name.FirstRegion];
            return new PlaceMention(span, text[match.Start..match.End], MentionKind.Region, p.Name, null, p.Name, p.Country, p.Point, 0.95, LocationPrecision.Region) { Place = p };
        }
        if (name.FirstCountry >= 0)
        {
            var p = gazetteer.Places[name.FirstCountry];
            if (p.IsAdjective) return null;
            return new PlaceMention(span, text[match.Start..match.End], MentionKind.Country, p.Name, null, null, p.Country, p.Point, 0.95, LocationPrecision.Region) { Place = p };
        }

        if (WaterAfter().IsMatch(text.AsSpan(match.End, Math.Min(12, text.Length - match.End)))) return null;
        bool cued = PlaceCue().IsMatch(text.AsSpan(Math.Max(0, match.Start - 40), Math.Min(40, match.Start)));
        if (!cued && IsLikelyNotAPlace(text, match)) return null;

        var (best, confidence) = Choose(candidates, context, match.Start);
        if (best < 0) return null;
        var place = gazetteer.Places[best];
        if (cued) confidence = Math.Min(0.99, confidence + 0.05);
        return new PlaceMention(span, text[match.Start..match.End], MentionKind.Settlement, place.Name, place.GeoNameId,
            gazetteer.RegionOf(best)?.Name ?? place.Admin1, place.Country, place.Point, Math.Round(confidence, 2), LocationPrecision.Exact)
        { Place = place };
    }

    // A stopword ("Most", "Roy") or a name right after a title or a listed given name is a person or a word, not a place.
    private bool IsLikelyNotAPlace(string text, NameMatch match)
    {
        if (IsStopword(text.AsSpan(match.Start, match.End - match.Start))) return true;
        if (PreviousWord(text, match.Start) is not var (at, length)) return false;
        var word = text.AsSpan(at, length);
        if (TitlesBySpan.Contains(word.TrimEnd('.'))) return true;
        return char.IsUpper(word[0]) && IsStopword(word) && !IsSentenceStart(text, at);
    }

    // Whether the name folds to a stopword; folded on the stack, as this is asked of nearly every name.
    private bool IsStopword(ReadOnlySpan<char> name)
    {
        Span<char> folded = stackalloc char[256];
        int length = NameFolding.Fold(name, folded);
        if (length == -2) return NameFolding.Fold(name.ToString()) is { } key && gazetteer.Stopwords.Contains(key);
        return length > 0 && gazetteer.IsStopword(folded[..length]);
    }

    // The word right before index, separated from it by spaces or tabs only, within the 40
    // characters before index: a letter, then letters, stops, apostrophes and hyphens; the word
    // the regex ([\p{L}][\p{L}.'’-]*)[ \t]+$ finds in those 40 characters.
    internal static (int At, int Length)? PreviousWord(string text, int index)
    {
        int windowStart = Math.Max(0, index - 40), last = index;
        // $ also matches before a final line break.
        if (last > windowStart && text[last - 1] == '\n') last--;
        int end = last;
        while (end > windowStart && text[end - 1] is ' ' or '\t') end--;
        if (end == last) return null;
        int start = end;
        while (start > windowStart && IsWordPart(text[start - 1])) start--;
        while (start < end && !char.IsLetter(text[start])) start++;
        return start < end ? (start, end - start) : null;
    }

    private static bool IsWordPart(char c) => char.IsLetter(c) || c is '.' or '\'' or '’' or '-';

    private static bool IsSentenceStart(string text, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '"' or '“' or '‘' or '(') continue;
            return c is '.' or '!' or '?' or '\n' or ':';
        }
        return true;
    }

    private (int Place, double Confidence) Choose(ReadOnlySpan<NameCandidate> candidates, ReportContext context, int at)
    {
        int best = -1;
        bool bestPrimary = false;
        double bestScore = double.NegativeInfinity, bestSupport = 0, total = 0;
        Span<double> scores = candidates.Length <= 64 ? stackalloc double[candidates.Length] : new double[candidates.Length];
        var facts = gazetteer.Facts;
        // A lone settlement under its main name wins whatever the report says: its share is 1, and
        // the support that could drop an alternate spelling does not count. Half of all names are such.
        if (candidates.Length == 1 && candidates[0].Primary && facts[candidates[0].Place].Kind == PlaceKind.Settlement)
            return (candidates[0].Place, 0.95);
        for (int i = 0; i < candidates.Length; i++)
        {
            if (facts[candidates[i].Place].Kind != PlaceKind.Settlement) { scores[i] = double.NegativeInfinity; continue; }
            double support = context.Support(candidates[i].Place, at), s = gazetteer.Prior(candidates[i].Place, candidates[i].Primary) + support;
            scores[i] = s;
            if (s > bestScore) { bestScore = s; bestSupport = support; best = candidates[i].Place; bestPrimary = candidates[i].Primary; }
        }
        // A name matched only as an alternate spelling ("Hammer", the German name of a Polish town)
        // is dropped when the report places itself in other countries.
        if (best < 0 || (!bestPrimary && bestSupport < 0)) return (-1, 0);
        best = Canonical(candidates, best);
        for (int i = 0; i < candidates.Length; i++)
            if (!double.IsNegativeInfinity(scores[i]) && !SamePlace(facts[candidates[i].Place], facts[best]))
                total += Math.Exp(scores[i] - bestScore);
        double share = 1 / (1 + total);
        return (best, (bestPrimary ? 0.95 : 0.8) * Math.Max(0.35, share));
    }

    // GeoNames sometimes keeps two rows for one town (cities500 still has 703646 Kurakhovo beside
    // 695357 Kurakhove): entries of one country within 3 km are one place, and the row with the
    // richer list of names is the one GeoNames maintains.
    private int Canonical(ReadOnlySpan<NameCandidate> candidates, int chosen)
    {
        var facts = gazetteer.Facts;
        var place = facts[chosen];
        foreach (var c in candidates)
        {
            ref readonly var other = ref facts[c.Place];
            if (other.Kind == PlaceKind.Settlement && SamePlace(other, place) && other.NameCount > facts[chosen].NameCount) chosen = c.Place;
        }
        return chosen;
    }

    private static bool SamePlace(in PlaceFacts a, in PlaceFacts b) => a.CountryKey == b.CountryKey && DistanceBand.Under(a.Point, b.Point, 3);

    // The terms of PlaceGazetteer.Prior, how likely an entry is before any context. Size outweighs
    // which spelling matched: "Mykolaiv" in the news is the regional capital (an alternate spelling
    // of 700569), not the Lviv-oblast town whose main name it is.
    internal static double SizePrior(Place p) => 0.7 * Math.Log10(p.Population + 1);

    internal static double SeatPrior(Place p) => p.FeatureCode switch
    {
        "PPLC" => 2,
        "PPLA" => 1.5,
        "PPLA2" => 1,
        "PPLA3" => 0.5,
        "PPLX" or "PPLH" or "PPLQ" or "PPLW" or "PPLF" => -1.5,
        _ => 0,
    };

    // "the village of X", "the villages of X, Y and Z", "near X": names the gazetteer lacks are still places.
    private void AddUnresolved(string text, List<NameMatch> matches, List<PlaceMention> mentions, ReportContext context, CueStartLists? cueStarts)
    {
        foreach (Match cue in NamedByCueMatches(text, cueStarts))
        {
            var group = cue.Groups["names"];
            foreach (Match name in CapitalisedName().Matches(group.Value))
            {
                int start = group.Index + name.Index, end = start + name.Length;
                string surface = TrimPossessive(name.Value);
                end = start + surface.Length;
                var span = new TextSpan(start, end);
                if (Overlaps(mentions, span) || Overlaps(matches, start, end)) continue;
                if (NameFolding.Fold(surface) is not { } folded || gazetteer.Stopwords.Contains(folded)) continue;
                var region = context.RegionNear(start);
                mentions.Add(new PlaceMention(span, surface, MentionKind.Unresolved, surface, null, region?.Name, region?.Country,
                    region?.Point, cue.Groups["strong"].Success ? 0.7 : 0.5, region is null ? LocationPrecision.Unknown : LocationPrecision.Region)
                { RadiusKm = region is null ? null : 100 });
            }
        }
    }

    private static bool Overlaps(List<PlaceMention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
            if (m.Span.Overlaps(span)) return true;
        return false;
    }

    private static bool Overlaps(List<NameMatch> matches, int start, int end)
    {
        foreach (var m in matches)
            if (m.Start < end && start < m.End) return true;
        return false;
    }

    /// <summary>The matches of <see cref="NamedByCue"/> in the text, as its Matches gives them.</summary>
    internal static IEnumerable<Match> NamedByCueMatches(string text) => NamedByCueMatches(text, CueStarts(text));

    /// <summary>The matches of <see cref="RelativeLocation"/> in the text, as its Matches gives them.</summary>
    internal static IEnumerable<Match> RelativeLocationMatches(string text) => RelativeLocationMatches(text, CueStarts(text));

    private static IEnumerable<Match> NamedByCueMatches(string text, CueStartLists? starts) =>
        CueScan.Matches(text, NamedByCue(), AnchoredNamedByCue(), starts?.A);

    private static IEnumerable<Match> RelativeLocationMatches(string text, CueStartLists? starts) =>
        CueScan.Matches(text, RelativeLocation(), AnchoredRelativeLocation(), starts?.B);

    // Where a NamedByCue match (A) and a RelativeLocation match (B) can begin, found in one pass over the text.
    private static CueStartLists? CueStarts(string text) =>
        CueScan.Starts(text, EitherCueGate, NamedByCueGate, NamedByCueMayStart, RelativeLocationGate, RelativeLocationMayStart);

    private static string TrimPossessive(string name) =>
        name.Length > 2 && name[^1] == 's' && NameFolding.IsApostrophe(name[^2]) ? name[..^2] : name;

    // "20 miles south of X", "10 km (6 miles) east of X", "near X", "on the outskirts of X".
    private static void AddRelative(string text, List<PlaceMention> mentions, CueStartLists? cueStarts)
    {
        var byStart = new Dictionary<int, PlaceMention>();
        foreach (var m in mentions) byStart.TryAdd(m.Span.Start, m);
        var relative = new List<PlaceMention>();
        foreach (Match m in RelativeLocationMatches(text, cueStarts))
        {
            if (!byStart.TryGetValue(m.Index + m.Length, out var anchor) || anchor.Kind == MentionKind.Country) continue;
            var span = new TextSpan(m.Index, anchor.Span.End);
            string phrase = text[span.Start..span.End];
            RelativeOffset offset;
            double radius;
            GeoPoint? point = anchor.Point;
            if (m.Groups["dir"].Success)
            {
                double km = Distance(m.Groups["num"].Value, m.Groups["unit"].Value);
                if (km <= 0) continue;
                string dir = m.Groups["dir"].Value.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
                double bearing = Bearings[dir];
                offset = new RelativeOffset(Math.Round(km, 1), dir, bearing);
                if (point is { } p) point = p.Offset(bearing, km);
                radius = Math.Max(2, km * 0.25);
            }
            else
            {
                string how = m.Groups["near"].Value.ToLowerInvariant();
                radius = how.Contains("outskirts", StringComparison.Ordinal) ? 3 : 10;
                offset = new RelativeOffset(0, null, null);
            }
            if (anchor.RadiusKm is { } anchorRadius) radius += anchorRadius;
            relative.Add(new PlaceMention(span, phrase, MentionKind.Relative, phrase, null, anchor.Admin1, anchor.Country, point,
                Math.Round(anchor.Confidence * 0.95, 2), point is null ? LocationPrecision.Unknown : LocationPrecision.Near)
            { RadiusKm = Math.Round(radius, 1), Anchor = anchor, Offset = offset });
        }
        mentions.AddRange(relative);
    }

    private static double Distance(string number, string unit)
    {
        double n;
        string lower = number.ToLowerInvariant();
        int word = Array.IndexOf(SmallNumbers, lower);
        if (word >= 0) n = word;
        else if (lower is "a few" or "several") n = 5;
        else if (!double.TryParse(number.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out n)) return 0;
        return unit.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? n * MilesToKm : n;
    }

    [GeneratedRegex(@"\b(?:villages?|settlements?|towns?|city|cities|hamlets?|townships?|localit(?:y|ies)|suburbs?|communit(?:y|ies)|hromadas?|districts?)\s+of\s+(?:\p{Lu}[\p{L}'’-]+,\s*(?:and\s+)?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceCue();

    // "the Dnipro river", "the Don River": a river named like a city is not the city.
    [GeneratedRegex(@"^\s+(?:river|River|Sea|sea|reservoir|Reservoir|Lake|estuary|delta)\b")]
    private static partial Regex WaterAfter();

    private const string NamedByCuePattern = @"\b(?i:(?<strong>(?:villages?|settlements?|towns?|city|cities|hamlets?|townships?|localit(?:y|ies)|suburbs?)\s+of)|near|outside|towards?|in\s+the\s+direction\s+of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?<names>\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?){0,12})";

    [GeneratedRegex(NamedByCuePattern, RegexOptions.ExplicitCapture)]
    internal static partial Regex NamedByCue();

    [GeneratedRegex(@"\G" + NamedByCuePattern, RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredNamedByCue();

    // The words a NamedByCue match can start with.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedByCueWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "village", "villages", "settlement", "settlements", "town", "towns", "city", "cities", "hamlet", "hamlets", "township", "townships",
        "locality", "localities", "suburb", "suburbs", "near", "outside", "toward", "towards",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The first two letters of "in", "on" and of NamedByCueWords.
    private static readonly CueGate NamedByCueGate = new("in", "on", "vi", "se", "to", "ci", "ha", "lo", "su", "ne", "ou");

    // "in the direction of", "on the outskirts of", or one of NamedByCueWords.
    private static bool NamedByCueMayStart(string text, int start)
    {
        if ((text[start] | 0x20) is not ('v' or 's' or 't' or 'c' or 'h' or 'l' or 'n' or 'o' or 'i')) return false;
        int end = CueScan.WordEnd(text, start);
        var word = text.AsSpan(start, end - start);
        if (word.Length == 2 && (Is(word, "in") || Is(word, "on"))) return CueScan.NextWordStartsWith(text, end, 't');
        return word.Length >= 4 && (word[0] | 0x20) is 'v' or 's' or 't' or 'c' or 'h' or 'l' or 'n' or 'o' && NamedByCueWords.Contains(word);
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?")]
    private static partial Regex CapitalisedName();

    private const string RelativeLocationPattern = @"\b(?:(?:(?<num>\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)[\s-]*(?<unit>km|kilometers?|kilometres?|miles?|mi)\b\.?(?:\s*\([^()\n]{1,30}\))?\s+(?<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ward)?\s+of)|(?<near>near|close\s+to|outside|just\s+outside|in\s+the\s+vicinity\s+of|(?:on\s+)?the\s+outskirts\s+of|on\s+the\s+edge\s+of))\s+(?:the\s+(?:[\p{Ll}-]+\s+)?(?:city|town|village|settlement|hamlet)\s+of\s+)?";

    [GeneratedRegex(RelativeLocationPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    internal static partial Regex RelativeLocation();

    [GeneratedRegex(@"\G" + RelativeLocationPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredRelativeLocation();

    // The first two characters of the words RelativeLocationMayStart admits.
    private static readonly CueGate RelativeLocationGate = new(
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a ", "cl", "ei", "el", "fo", "fi", "in", "ju", "ne", "ni", "on", "ou", "se", "si", "th", "te", "tw");

    private static readonly CueGate EitherCueGate = NamedByCueGate.Or(RelativeLocationGate);

    // The words a RelativeLocation match can start with: a number (digits, "one" to "twelve",
    // "several" and "a few", perhaps run into the unit: "10km"), "near", "close to", "outside",
    // "just outside", "in the vicinity", "on the outskirts", "on the edge", "the outskirts".
    private static bool RelativeLocationMayStart(string text, int start)
    {
        char first = (char)(text[start] | 0x20);
        if (first is >= '0' and <= '9') return true;
        if (first is not ('a' or 'c' or 'e' or 'f' or 'i' or 'j' or 'n' or 'o' or 's' or 't')) return false;
        int end = CueScan.WordEnd(text, start);
        var word = text.AsSpan(start, end - start);
        return first switch
        {
            'a' => word.Length == 1 && CueScan.NextWordStartsWith(text, end, 'f'),
            'c' => Is(word, "close"),
            'e' => StartsWith(word, "eight") || StartsWith(word, "eleven"),
            'f' => StartsWith(word, "four") || StartsWith(word, "five"),
            'i' => Is(word, "in") && CueScan.NextWordStartsWith(text, end, 't'),
            'j' => Is(word, "just"),
            'n' => Is(word, "near") || StartsWith(word, "nine"),
            'o' => StartsWith(word, "one") || Is(word, "outside") || (Is(word, "on") && CueScan.NextWordStartsWith(text, end, 't')),
            's' => StartsWith(word, "six") || StartsWith(word, "seven") || StartsWith(word, "several"),
            't' => StartsWith(word, "two") || StartsWith(word, "three") || StartsWith(word, "ten") || StartsWith(word, "twelve")
                || (Is(word, "the") && CueScan.NextWordStartsWith(text, end, 'o')),
            _ => false,
        };
    }

    private static bool Is(ReadOnlySpan<char> word, string lower) => word.Equals(lower, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWith(ReadOnlySpan<char> word, string lower) => word.StartsWith(lower, StringComparison.OrdinalIgnoreCase);
}
