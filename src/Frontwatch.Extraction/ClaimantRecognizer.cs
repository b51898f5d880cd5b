using System.Text.RegularExpressions;
using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Extraction;

/// <summary>
/// Finds claimants: every alias of the curated lexicon, plus patterns for unseen ones — titled
/// persons ("Major General Apti Alaudinov", "analyst Franz-Stefan Gady"), "a senior Russian
/// commander", "Ukrainian and Western assessments", "the Ukrainian military", "X's governor".
/// </summary>
public sealed partial class ClaimantRecognizer(ClaimantLexicon lexicon)
{
    private static readonly string[] PersonNouns = ["he", "she", "him", "her"];

    // Whether each profile of the lexicon names a person, decided once rather than at every mention of it.
    private readonly bool[] _isPerson = [.. lexicon.Profiles.Select(IsPerson)];

    /// <summary>The claimant mentions of <paramref name="text"/>, in order, without overlaps.</summary>
    public List<ClaimantMention> Recognize(string text)
    {
        var mentions = new List<ClaimantMention>();
        var matches = new List<NameMatch>();
        lexicon.Index.Scan(text, matches);
        foreach (var m in matches)
        {
            var profile = lexicon.Profiles[m.Candidates.Span[0].Place];
            bool person = _isPerson[m.Candidates.Span[0].Place];
            mentions.Add(new ClaimantMention(new TextSpan(m.Start, m.End), profile.Claimant, [.. profile.ReferenceNouns, .. person ? PersonNouns : []], person));
        }

        AddLowerCaseAliases(text, mentions);
        AddQuotedUnits(text, mentions);
        AddOfficeHolders(text, mentions);

        foreach (var m in TitledPersonSearch.Matches(text))
        {
            var name = m.Groups["name"];
            var span = new TextSpan(name.Index, name.Index + name.Length);
            if (mentions.Any(x => x.Span.Overlaps(span))) continue;
            string title = m.Groups["title"].Value.ToLowerInvariant();
            var side = SideOfAdjective(m.Groups["adj"].Value) ?? SideOfAdjective(Apposition(text, m.Index + m.Length));
            var type = TypeOfTitle(title);
            mentions.Add(new ClaimantMention(span, new Claimant(name.Value, side ?? (type == ClaimantType.Analyst ? Side.None : Side.None), type), PersonNouns, true));
        }

        // "the governor of the Donetsk region, Ivan Petrenko, said": a name set off after an office holds it.
        foreach (var m in OfficeThenNameSearch.Matches(text))
        {
            var name = m.Groups["name"];
            var span = new TextSpan(name.Index, name.Index + name.Length);
            if (mentions.Any(x => x.Span.Overlaps(span))) continue;
            var office = new TextSpan(m.Index, name.Index);
            var side = mentions.FirstOrDefault(x => office.Contains(x.Span))?.Claimant.Side ?? SideOfAdjective(m.Groups["office"].Value) ?? Side.None;
            mentions.Add(new ClaimantMention(span, new Claimant(name.Value, side, TypeOfTitle(m.Groups["office"].Value.ToLowerInvariant())), PersonNouns, true));
        }

        foreach (var m in GroupClaimantSearch.Matches(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (mentions.Any(x => x.Span.Overlaps(span))) continue;
            // "Ukrainian Commander-in-Chief Oleksandr Syrskyi", "Russian commander Pavel Orlov": a title, not a claimant of its own.
            if ((span.End < text.Length && text[span.End] == '-') || mentions.Any(x => x.IsPerson && x.Span.Start > span.End && x.Span.Start - span.End <= 2)) continue;
            var side = SideOfAdjective(m.Groups["adj"].Value) ?? Side.None;
            string noun = m.Groups["noun"].Value.ToLowerInvariant();
            string name = m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
                ? m.Value[(m.Value.IndexOf(' ', StringComparison.Ordinal) + 1)..]
                : m.Value;
            var type = noun switch
            {
                "commander" or "officer" or "military" or "army" or "command" => ClaimantType.Military,
                "official" or "officials" or "governor" or "authorities" => ClaimantType.Official,
                _ => ClaimantType.Government,
            };
            bool person = noun is "commander" or "officer" or "official" or "governor";
            mentions.Add(new ClaimantMention(span, new Claimant(Capitalise(name), side, type), person ? [.. PersonNouns, noun] : [noun, "it", "they"], person));
        }

        AddSurnames(text, mentions);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        AddSources(text, mentions);
        return mentions;
    }

    // "the governor of the Belgorod region", "chief military spokesman Igor Konashenkov": aliases in running
    // text; a longer one replaces the names it covers.
    private void AddLowerCaseAliases(string text, List<ClaimantMention> mentions)
    {
        // The scan tries every capitalised word. Words that may begin an alias are capitalised; the others, which would fail
        // at once, are not, and a capital A-Z that cannot begin one is lowered (a match there was dropped below anyway).
        string capitalised = lexicon.LowerCaseStarts.Capitalised(text);
        var matches = new List<NameMatch>();
        lexicon.LowerCaseIndex.Scan(capitalised, matches);
        foreach (var m in matches)
        {
            if (!char.IsLower(text[m.Start])) continue;
            var span = new TextSpan(m.Start, m.End);
            if (mentions.Any(x => x.Span.Overlaps(span) && x.Span.Length >= span.Length)) continue;
            mentions.RemoveAll(x => x.Span.Overlaps(span));
            var profile = lexicon.Profiles[m.Candidates.Span[0].Place];
            bool person = _isPerson[m.Candidates.Span[0].Place];
            mentions.Add(new ClaimantMention(span, profile.Claimant, [.. profile.ReferenceNouns, .. person ? PersonNouns : []], person));
        }
    }

    // “Kharkiv” group of forces, «Khortytsia» group: a unit named in quotation marks, as Ukrainian outlets write them.
    private void AddQuotedUnits(string text, List<ClaimantMention> mentions)
    {
        foreach (Match m in QuotedUnit().Matches(text))
        {
            string name = m.Groups["name"].Value, unit = m.Groups["unit"].Value;
            var profile = lexicon.Find($"{name} {unit}") ?? lexicon.Find($"{name} group of forces") ?? lexicon.Find($"{name} group");
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (profile is null) continue;
            mentions.RemoveAll(x => x.Span.Overlaps(span));
            mentions.Add(new ClaimantMention(span, profile.Claimant, profile.ReferenceNouns, false));
        }
    }

    // "the head of the Russian private army Wagner", "the founder of Wagner": the lexicon's "Wagner head".
    private void AddOfficeHolders(string text, List<ClaimantMention> mentions)
    {
        foreach (var m in OfficeOfSearch.Matches(text))
        {
            int end = m.Index + m.Length;
            var organisation = mentions.FirstOrDefault(x => x.Span.Start == end);
            if (organisation is null) continue;
            string name = text[organisation.Span.Start..organisation.Span.End], office = m.Groups["office"].Value.ToLowerInvariant();
            var profile = lexicon.Find($"{name} {office}") ?? lexicon.Find($"{organisation.Claimant.Name} {office}");
            if (profile is null || !IsPerson(profile)) continue;
            var span = new TextSpan(m.Index, organisation.Span.End);
            mentions.Remove(organisation);
            mentions.Add(new ClaimantMention(span, profile.Claimant, [.. profile.ReferenceNouns, .. PersonNouns, office], true));
        }
    }

    // "Gwara Media's sources in military intelligence": the sources speak, with the side of the body they sit in,
    // else of the outlet that has them ("Ukrainian military intelligence sources").
    private static void AddSources(string text, List<ClaimantMention> mentions)
    {
        foreach (Match m in SourcesIn().Matches(text))
        {
            var owner = mentions.FirstOrDefault(x => x.Span.End == m.Index);
            if (owner is null) continue;
            string body = m.Groups["body"].Value;
            var side = SideOfAdjective(body) ?? owner.Claimant.Side;
            string adjective = SideOfAdjective(body) is not null ? "" : side == Side.Russia ? "Russian " : side == Side.Ukraine ? "Ukrainian " : "";
            var span = new TextSpan(owner.Span.Start, m.Index + m.Length);
            int at = mentions.IndexOf(owner);
            mentions.RemoveAll(x => x.Span.Overlaps(span));
            mentions.Insert(Math.Min(at, mentions.Count), new ClaimantMention(span, new Claimant($"{adjective}{body} sources", side, ClaimantType.Official), ["sources", "they"], false));
        }
    }

    // "Syrskyi said" after "Commander-in-Chief Oleksandr Syrskyi": a person named once is later named by surname.
    private static void AddSurnames(string text, List<ClaimantMention> mentions)
    {
        var people = mentions.Where(m => m.IsPerson && m.Claimant.Name.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var person in people)
        {
            string surname = person.Claimant.Name[(person.Claimant.Name.LastIndexOf(' ') + 1)..];
            if (surname.Length < 4 || !char.IsUpper(surname[0])) continue;
            for (int at = text.IndexOf(surname, person.Span.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + surname.Length);
                bool word = (at == 0 || !char.IsLetter(text[at - 1])) && (span.End >= text.Length || !char.IsLetter(text[span.End]));
                if (word && !mentions.Any(m => m.Span.Overlaps(span))) mentions.Add(person with { Span = span });
            }
        }
    }

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "staff", "group", "forces", "force", "service", "institute", "agency", "command", "office", "council",
        "administration", "police", "army", "navy", "media", "news", "times", "post", "press", "brigade", "battalion",
        "regiment", "corps", "committee", "department", "guard", "intelligence", "kremlin", "government", "republic",
        "monitoring", "mission", "center", "centre", "studies", "war", "ukraine", "russia", "independent", "pravda",
        "telegraph", "guardian", "journal", "wire", "tv", "radio", "channel", "network", "service", "union", "nations",
    };

    private static bool IsPerson(ClaimantProfile profile) => profile.ReferenceNouns.Any(n => n is "he" or "she") || LooksLikePerson(profile.Claimant.Name);

    // "Franz-Stefan Gady", "Hanna Maliar": two to four capitalised words naming no organisation.
    private static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && !OrganisationWords.Contains(w.TrimEnd('\'', '’', 's')) && !OrganisationWords.Contains(w));
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // ", commander of a Chechen unit fighting for Russia," — the words set off after a name describe its bearer.
    private static string Apposition(string text, int at)
    {
        if (at >= text.Length || text[at] != ',') return "";
        int end = text.IndexOfAny([',', '.', ';', '\n'], at + 1);
        return text[(at + 1)..(end < 0 ? Math.Min(text.Length, at + 80) : end)];
    }

    internal static Side? SideOfAdjective(string text)
    {
        if (text.Length == 0) return null;
        var m = SideWord().Match(text);
        if (!m.Success) return null;
        return m.Value.ToLowerInvariant() switch
        {
            var w when w.StartsWith("russia", StringComparison.Ordinal) || w.StartsWith("chechen", StringComparison.Ordinal) || w.StartsWith("moscow", StringComparison.Ordinal) || w.StartsWith("kremlin", StringComparison.Ordinal) => Side.Russia,
            var w when w.StartsWith("ukrain", StringComparison.Ordinal) || w.StartsWith("kyiv", StringComparison.Ordinal) || w.StartsWith("kiev", StringComparison.Ordinal) => Side.Ukraine,
            var w when w.StartsWith("north korea", StringComparison.Ordinal) => Side.NorthKorea,
            "u.s." or "us" or "american" or "united states" => new Side("US"),
            "british" or "uk" or "u.k." or "britain" => new Side("GB"),
            "eu" or "european" => new Side("EU"),
            "belarusian" or "belarus" => new Side("BY"),
            "south korean" or "south korea" => new Side("KR"),
            _ => null,
        };
    }

    private static ClaimantType TypeOfTitle(string title) => title switch
    {
        _ when title.Contains("analyst", StringComparison.Ordinal) || title.Contains("expert", StringComparison.Ordinal) || title.Contains("researcher", StringComparison.Ordinal) => ClaimantType.Analyst,
        _ when title.Contains("governor", StringComparison.Ordinal) || title.Contains("mayor", StringComparison.Ordinal) || title.Contains("head of", StringComparison.Ordinal) || title.Contains("official", StringComparison.Ordinal) || title.Contains("police", StringComparison.Ordinal) => ClaimantType.Official,
        _ when title.Contains("general", StringComparison.Ordinal) || title.Contains("colonel", StringComparison.Ordinal) || title.Contains("commander", StringComparison.Ordinal) || title.Contains("major", StringComparison.Ordinal) || title.Contains("lieutenant", StringComparison.Ordinal) || title.Contains("spokes", StringComparison.Ordinal) || title.Contains("captain", StringComparison.Ordinal) || title.Contains("sergeant", StringComparison.Ordinal) => ClaimantType.Military,
        _ when title.Contains("journalist", StringComparison.Ordinal) || title.Contains("correspondent", StringComparison.Ordinal) || title.Contains("blogger", StringComparison.Ordinal) || title.Contains("editor", StringComparison.Ordinal) => ClaimantType.Media,
        _ => ClaimantType.Government,
    };

    private const string TitledPersonPattern =
        @"(?i:\b(?<adj>Russian|Russia's|Ukrainian|Ukraine's|U\.S\.|US|American|British|UK|EU|European|Belarusian|Chechen|North\s+Korean|South\s+Korean)\s+)?(?<title>(?i:(?:independent\s+|military\s+|defen[cs]e\s+|senior\s+|top\s+|regional\s+|local\s+|foreign\s+policy\s+)*(?:analyst|expert|researcher|journalist|correspondent|blogger|military\s+blogger|President(?:-elect)?|Prime\s+Minister|(?:Defen[cs]e|Foreign|Interior)\s+Minister|Minister(?:\s+of\s+\w+)?|Secretary\s+of\s+State|Secretary|Commander-in-Chief|Governor|governor|Mayor|mayor|spokes(?:man|woman|person)|chief|commander|Major\s+General|Lieutenant\s+General|Colonel\s+General|Brigadier\s+General|General|Colonel|Lieutenant\s+Colonel|Major|Captain|Sergeant|Commander|officer)))\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})";

    // A title is rare in running text, and what may stand before it (an adjective, "senior", "Prime") is a short list of words.
    private static readonly LeadWordRegex TitledPersonSearch = new(TitledPerson(), AnchoredTitledPerson(),
        ["analyst", "expert", "researcher", "journalist", "correspondent", "blogger", "President", "Minister", "Secretary", "Commander",
            "Governor", "Mayor", "spokes", "chief", "General", "Colonel", "Major", "Lieutenant", "Captain", "Sergeant", "officer"],
        ["Russian", "Russia's", "Ukrainian", "Ukraine's", "U.S.", "US", "American", "British", "UK", "EU", "European", "Belarusian", "Chechen",
            "North", "South", "Korean", "independent", "military", "defence", "defense", "senior", "top", "regional", "local", "foreign", "policy",
            "Prime", "Interior", "Major", "Lieutenant", "Colonel", "Brigadier"]);

    [GeneratedRegex(TitledPersonPattern, RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking)]
    private static partial Regex TitledPerson();

    [GeneratedRegex(@"\G(?:" + TitledPersonPattern + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredTitledPerson();

    private const string GroupAdjective = @"(?i:Russian|Ukrainian|Western|U\.S\.|American|British|North\s+Korean|South\s+Korean)";

    private const string GroupClaimantPattern =
        @"\b(?i:(?:the|a|an)\s+)?(?i:(?:senior|top|high-ranking|local|regional)\s+)?(?<adj>" + GroupAdjective + @"(?:\s+and\s+(?i:Russian|Ukrainian|Western|U\.S\.|American|British))?)\s+(?<noun>(?i:commander|officer|official|officials|military|army|command|authorities|assessments|intelligence|government))\b";

    // Tried at the nouns, rarer than the adjectives ("Russian" is in most sentences), and at the words before them.
    private static readonly LeadWordRegex GroupClaimantSearch = new(GroupClaimant(), AnchoredGroupClaimant(),
        ["commander", "officer", "official", "military", "army", "command", "authorities", "assessments", "intelligence", "government"],
        ["the", "a", "an", "senior", "top", "high-ranking", "local", "regional", "Russian", "Ukrainian", "Western", "U.S.", "American", "British",
            "North", "South", "Korean", "and"]);

    [GeneratedRegex(GroupClaimantPattern, RegexOptions.ExplicitCapture)]
    private static partial Regex GroupClaimant();

    [GeneratedRegex(@"\G(?:" + GroupClaimantPattern + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredGroupClaimant();

    private const string OfficeThenNamePattern =
        @"\b(?<office>(?:governor|head|mayor|spokes(?:man|woman|person)|commander|chief)\s+(?:of|for)\s+[^,;.""“”]{2,60}),\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),";

    private static readonly PrefilteredRegex OfficeThenNameSearch = new(OfficeThenName(), AnchoredOfficeThenName());

    [GeneratedRegex(OfficeThenNamePattern, RegexOptions.ExplicitCapture)]
    private static partial Regex OfficeThenName();

    [GeneratedRegex(@"\G(?:" + OfficeThenNamePattern + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredOfficeThenName();

    [GeneratedRegex(@"[“""«](?<name>\p{Lu}[\p{L}-]+)[”""»]\s+(?<unit>(?:operational[-\s](?:strategic|tactical)\s+)?group(?:\s+of\s+forces)?)", RegexOptions.ExplicitCapture)]
    private static partial Regex QuotedUnit();

    private const string OfficeOfPattern =
        @"\b(?<office>head|chief|leader|founder|boss)\s+of\s+(?:the\s+)?(?:(?:Russian|Ukrainian|Chechen|[\p{Ll}-]+)\s+){0,3}(?=\p{Lu})";

    private static readonly PrefilteredRegex OfficeOfSearch = new(OfficeOf(), AnchoredOfficeOf());

    [GeneratedRegex(OfficeOfPattern, RegexOptions.ExplicitCapture)]
    private static partial Regex OfficeOf();

    [GeneratedRegex(@"\G(?:" + OfficeOfPattern + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredOfficeOf();

    [GeneratedRegex(@"['’]s?\s+sources\s+(?:in|within|at|close\s+to)\s+(?:the\s+)?(?<body>(?:(?:Russian|Ukrainian|Ukraine's|Russia's)\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)(?=\s+(?:say|said|says|report|reported|reports|told|claim|claimed|confirmed|indicated)\b|,)", RegexOptions.ExplicitCapture)]
    private static partial Regex SourcesIn();

    [GeneratedRegex(@"(?i)\b(?:Russian?|Russia's|Chechen|Moscow|Kremlin|Ukrain\w*|Kyiv|Kiev|North\s+Korea\w*|South\s+Korea\w*|U\.S\.|US|American|United\s+States|British|Britain|UK|U\.K\.|EU|European|Belarus\w*)")]
    private static partial Regex SideWord();
}
