using System.Buffers;
using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Decides who makes the claims of each sentence: "X said (that) …", "according to X", "X told
/// Reuters", "X showed …", "…, X said.", quoted speech whose speaker comes up to two sentences
/// later, a paragraph introduced by "X said:", and "he"/"the ministry"/"the group" back to the last
/// matching claimant. Unattributed narrative belongs to the outlet.
/// </summary>
public sealed partial class Attributor
{
    /// <summary>Attributions per sentence index.</summary>
    // bareInstitution names "the defence ministry" when no earlier mention says whose (given the phrase and its sentence).
    public static Attribution[] Attribute(string text, List<Sentence> sentences, List<ClaimantMention> claimants, Claimant outlet, Func<string, TextSpan, Claimant?>? bareInstitution = null)
    {
        var result = new Attribution?[sentences.Count];
        // Claimants found through a bare reference ("the defence ministry said") can be referred back to in turn ("the ministry said").
        var known = new List<ClaimantMention>(claimants);
        ClaimantMention? last = null;
        var bySentence = ClaimantsBySentence(sentences, claimants);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Span;
            var inSentence = bySentence[i];
            int horizon = sentences[Math.Min(i + 2, sentences.Count - 1)].Span.End;
            var found = Direct(text, s, inSentence);
            ClaimantMention? referent = null;
            if (found is null && Anaphoric(text, s, known, last, bareInstitution, horizon) is ({ } anaphor, { } target))
            {
                found = anaphor;
                referent = target;
                if (!known.Contains(target)) known.Insert(known.FindLastIndex(c => c.Span.Start <= target.Span.Start) + 1, target);
            }
            if (found is not null)
            {
                result[i] = found with { Contradicts = Contradicted(text, s, inSentence, found) };
                if (result[i]!.Contradicts is not null) result[i] = result[i]! with { Denies = false };
                if (found.Speaker is { } sp && claimants.FirstOrDefault(c => c.Span == sp) is { } m) last = m;
                else if (referent is not null) last = referent;
                else if (known.LastOrDefault(c => c.Claimant == found.Claimant && c.Span.End <= s.End) is { } prev) last = prev;
            }
            else if (inSentence.Count > 0) last = inSentence[^1];
        }

        // Quoted speech without a speaker: the speaker named within the next two sentences, else the previous one's.
        for (int i = 0; i < sentences.Count; i++)
        {
            if (result[i] is not null) continue;
            var s = sentences[i].Span;
            bool quoted = IsQuote(text[s.Start]) || InsideQuotation(text, sentences, i);
            if (quoted)
            {
                for (int j = i + 1; j <= Math.Min(i + 2, sentences.Count - 1); j++)
                    if (result[j] is { } later && sentences[j].Paragraph == sentences[i].Paragraph) { result[i] = Plain(later); break; }
                // A quotation read out of a statement belongs to whoever issued it, not to the outlet passing it on.
                result[i] ??= Recent(result, sentences, i, outlet, skipMedia: true);
            }
            else if (Continuation().IsMatch(text.AsSpan(s.Start, s.Length)))
                result[i] = Recent(result, sentences, i, outlet, skipMedia: false);
            else if (i + 1 < sentences.Count && sentences[i + 1].Paragraph == sentences[i].Paragraph && result[i + 1] is { } next
                && next.ContentStart is null && ReferringBack().IsMatch(text.AsSpan(sentences[i + 1].Span.Start, sentences[i + 1].Span.Length)))
                result[i] = Plain(next);
            result[i] ??= Introduced(text, sentences, result, i) ?? ClosedByDash(text, sentences, result, i) ?? SourcedAfterParagraph(text, sentences, result, i);
            result[i] ??= new Attribution(outlet, false, null);
        }
        return [.. result.Select(r => r!)];
    }

    // The claimants each sentence contains, in their order. Sentences in order and apart hold a claimant of some length in
    // the last one starting at or before it, if any; otherwise every sentence is tried.
    private static List<ClaimantMention>[] ClaimantsBySentence(List<Sentence> sentences, List<ClaimantMention> claimants)
    {
        var bySentence = new List<ClaimantMention>[sentences.Count];
        for (int i = 0; i < bySentence.Length; i++) bySentence[i] = [];
        bool apart = true;
        for (int i = 1; i < sentences.Count && apart; i++) apart = sentences[i].Span.Start >= sentences[i - 1].Span.End;
        foreach (var c in claimants)
        {
            if (!apart || c.Span.Length == 0)
            {
                for (int i = 0; i < sentences.Count; i++)
                    if (sentences[i].Span.Contains(c.Span)) bySentence[i].Add(c);
                continue;
            }
            int lo = 0, hi = sentences.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (sentences[mid].Span.Start <= c.Span.Start) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (found >= 0 && sentences[found].Span.Contains(c.Span)) bySentence[found].Add(c);
        }
        return bySentence;
    }

    private static Attribution Plain(Attribution a) => a with { Denies = false, Contradicts = null, ContentStart = null };

    // "Chynchyk replied:" closing a paragraph: the next paragraph is the reply, quotation marks or not.
    private static Attribution? Introduced(string text, List<Sentence> sentences, Attribution?[] result, int i)
    {
        int first = i;
        while (first > 0 && sentences[first - 1].Paragraph == sentences[i].Paragraph) first--;
        if (first == 0 || sentences[first - 1].Paragraph != sentences[i].Paragraph - 1) return null;
        var intro = sentences[first - 1].Span;
        return text[intro.End - 1] == ':' && result[first - 1] is { } a && a.Speaker is not null ? Plain(a) : null;
    }

    // "… - Chynchyk said." ending a paragraph of unquoted speech: the paragraph is the speaker's.
    private static Attribution? ClosedByDash(string text, List<Sentence> sentences, Attribution?[] result, int i)
    {
        for (int j = i + 1; j < sentences.Count && sentences[j].Paragraph == sentences[i].Paragraph; j++)
            if (result[j] is { Speaker: not null } a && DashAttribution().IsMatch(text.AsSpan(sentences[j].Span.Start, sentences[j].Span.Length))) return Plain(a);
        return null;
    }

    // A paragraph followed by "This was announced by X" opening the next one.
    private static Attribution? SourcedAfterParagraph(string text, List<Sentence> sentences, Attribution?[] result, int i)
    {
        int k = i + 1;
        while (k < sentences.Count && sentences[k].Paragraph == sentences[i].Paragraph) k++;
        if (k >= sentences.Count || sentences[k].Paragraph != sentences[i].Paragraph + 1 || result[k] is not { Speaker: not null } a) return null;
        return PassiveSource().IsMatch(text.AsSpan(sentences[k].Span.Start, sentences[k].Span.Length)) ? Plain(a) : null;
    }

    private static Attribution? Recent(Attribution?[] result, List<Sentence> sentences, int i, Claimant outlet, bool skipMedia)
    {
        for (int j = i - 1; j >= 0 && sentences[j].Paragraph >= sentences[i].Paragraph - 1; j--)
        {
            if (result[j] is not { } a || a.Claimant == outlet) continue;
            if (skipMedia && a.Claimant.Type == ClaimantType.Media) continue;
            return Plain(a);
        }
        return null;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '«' or '„';

    // A sentence inside a quotation that opened earlier in its paragraph (“… thus far. It’s fair to assume …”).
    private static bool InsideQuotation(string text, List<Sentence> sentences, int i)
    {
        int first = i;
        while (first > 0 && sentences[first - 1].Paragraph == sentences[i].Paragraph) first--;
        var before = text.AsSpan(sentences[first].Span.Start, sentences[i].Span.Start - sentences[first].Span.Start);
        return before.Count('“') > before.Count('”') || before.Count('"') % 2 == 1;
    }

    // "X contradicted Y's statement", "Y's claim is not true": X denies what Y claimed before. A denial
    // followed by what was denied ("denied Y's claim that …") keeps its content in the sentence instead.
    private static Claimant? Contradicted(string text, TextSpan s, List<ClaimantMention> inSentence, Attribution attribution)
    {
        foreach (var c in inSentence)
        {
            if (c.Claimant == attribution.Claimant) continue;
            var after = text.AsSpan(c.Span.End, Math.Min(80, s.End - c.Span.End));
            if (FalseStatement().IsMatch(after)) return c.Claimant;
            if (!StatementOf().IsMatch(after) || StatementWithContent().IsMatch(after)) continue;
            var before = text.AsSpan(s.Start, c.Span.Start - s.Start);
            if (DenialBefore().IsMatch(before)) return c.Claimant;
        }
        return null;
    }

    // A claimant tied to a speech verb in the same sentence: first one standing as a subject, then one
    // named inside a phrase ("the head of X's office, Y, said").
    private static Attribution? Direct(string text, TextSpan s, List<ClaimantMention> inSentence)
    {
        List<ClaimantMention>? objects = null;
        foreach (var c in inSentence)
        {
            int from = Math.Max(s.Start, c.Span.Start - 60);
            var before = text.AsSpan(from, c.Span.Start - from);
            if (VerbBefore().IsMatch(before)) return new Attribution(c.Claimant, false, c.Span);
            // "the Kursk region of Russia that borders Ukraine says": the object of a relative clause does not speak.
            if (RelativeObject().IsMatch(before)) continue;
            // The object of a preposition is tried only when no subject speaks; the tests on the text before it hold then as now.
            if (ObjectOfPreposition().IsMatch(before)) (objects ??= []).Add(c);
            else if (SpeakerBeforeVerb(text, s, inSentence, c) is { } subject) return subject;
        }
        if (objects is not null)
            foreach (var c in objects)
                if (SpeakerBeforeVerb(text, s, inSentence, c) is { } named) return named;
        return null;
    }

    // The attribution when a speech verb follows claimant c (see VerbAfter), else null.
    private static Attribution? SpeakerBeforeVerb(string text, TextSpan s, List<ClaimantMention> inSentence, ClaimantMention c)
    {
        // Match(text, start, length) reads the slice as the whole input, as a substring would, with indexes into text.
        int length = Math.Min(160, s.End - c.Span.End);
        var verb = VerbAfter().Match(text, c.Span.End, length);
        if (!verb.Success && c.Span.Start - s.Start <= 4 && CoordinatedVerb().Match(text, c.Span.End, length) is { Success: true } coordinated
            && !inSentence.Any(o => o.Span.Start > c.Span.End && o.Span.Start < c.Span.End + coordinated.Length))
            verb = coordinated;
        if (!verb.Success) return null;
        var group = verb.Groups["verb"];
        // "the governor of the Luhansk region, Serhiy Haidai, said": the person set off after the office speaks.
        var named = c.IsPerson ? null : inSentence.FirstOrDefault(o => o.IsPerson && o.Span.Start > c.Span.End && o.Span.End <= group.Index);
        if (named is not null) return new Attribution(named.Claimant, IsDenial(group.Value), named.Span);
        // "…, X said on Monday." speaks for the whole sentence; "A, though X has said B" only for B.
        bool opensClause = ConjunctionBefore().IsMatch(LastWords(text.AsSpan(s.Start, c.Span.Start - s.Start), ConjunctionWords));
        return new Attribution(c.Claimant, IsDenial(group.Value), c.Span) { ContentStart = opensClause ? c.Span.Start : null };
    }

    // ConjunctionBefore matches at most this many words set off by white space: the conjunction, an article and five words.
    private const int ConjunctionWords = 7;

    // The end of span from the start of its count-th last word (words set off by white space), or all of it when shorter.
    // A match of at most that many words ending at the end lies within, and \b sees white space or nothing before it alike.
    internal static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> span, int count)
    {
        int i = span.Length;
        for (int k = 0; k < count; k++)
        {
            while (i > 0 && char.IsWhiteSpace(span[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(span[i - 1])) i--;
            if (i == 0) break;
        }
        return span[i..];
    }

    // "he said", "the ministry said", "the group added", "added the chief", "according to him": the last
    // claimant with that reference word; a title with none before it names the one introduced next.
    private static (Attribution, ClaimantMention)? Anaphoric(string text, TextSpan s, List<ClaimantMention> all, ClaimantMention? last, Func<string, TextSpan, Claimant?>? bare, int horizon)
    {
        // What the regexes may see ends where the sentence does: Match(text, start, length) reads that slice as the whole input.
        // The pronoun speaker's first match is found on the span; its groups by an anchored match from there, where \b holds alike.
        int at = PronounSpeakerSearch.IndexIn(text.AsSpan(s.Start, s.Length));
        var m = at >= 0 ? AnchoredPronounSpeaker().Match(text, s.Start + at, s.Length - at) : InvertedSpeakerIn(text, s);
        if (!m.Success) m = AccordingToThe().Match(text, s.Start, s.Length);
        if (!m.Success) return null;
        int start = m.Index, end = start + m.Length;
        string noun = m.Groups["noun"].Value.ToLowerInvariant() switch
        {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            "analysts" or "experts" => "analyst",
            var n => n,
        };
        bool denies = IsDenial(m.Groups["verb"].Value);
        bool title = noun is "chief" or "commander" or "spokesperson" or "spokesman" or "spokeswoman" or "president" or "governor" or "mayor";
        var target = all.LastOrDefault(c => c.Span.End <= start && c.Nouns.Contains(noun, StringComparer.OrdinalIgnoreCase))
            ?? noun switch
            {
                "he" or "she" => all.LastOrDefault(c => c.Span.End <= start && c.IsPerson) ?? last,
                "it" or "they" or "statement" => last,
                "analyst" => all.LastOrDefault(c => c.Span.End <= start && c.Claimant.Type == ClaimantType.Analyst),
                _ => null,
            };
        // "the regional governor said Thursday. … Odesa regional governor Oleg Kiper said": named just after.
        if (target is null && title)
            target = all.FirstOrDefault(c => c.Span.Start >= end && c.Span.Start < horizon && c.IsPerson && c.Nouns.Contains(noun, StringComparer.OrdinalIgnoreCase));
        // "the regional governor said" with no governor named: an official of the place the sentence names.
        if (target is null && bare?.Invoke(m.Groups["adj"].Value + noun, s) is { } institution)
        {
            bool person = institution.Type == ClaimantType.Official && title;
            target = new ClaimantMention(new TextSpan(start, end), institution, person ? [noun, "he", "she"] : [noun, "it", "they"], person);
            return (new Attribution(institution, denies, null), target);
        }
        if (target is null && title) target = all.LastOrDefault(c => c.Span.End <= start && c.IsPerson);
        return target is null ? null : (new Attribution(target.Claimant, denies, null), target);
    }

    // InvertedSpeaker's first match in sentence s, as Match(text, s.Start, s.Length) finds it. A match starts where the sentence
    // does or at a character its pattern opens with: only there is it tried, and then matched from there for its groups.
    private static Match InvertedSpeakerIn(string text, TextSpan s)
    {
        var sentence = text.AsSpan(s.Start, s.Length);
        for (int at = 0; at < sentence.Length;)
        {
            // From an opening character on, "^" cannot stand for it: the slice from there matches as the sentence does.
            if (AnchoredInvertedSpeaker().IsMatch(sentence, at)) return InvertedSpeaker().Match(text, s.Start + at, s.Length - at);
            int next = sentence[(at + 1)..].IndexOfAny(InvertedSpeakerOpeners);
            if (next < 0) break;
            at += 1 + next;
        }
        return Match.Empty;
    }

    private static bool IsDenial(string verb) => DenialVerb().IsMatch(verb);

    private const string Verbs = @"(?:shared|revealed|disclosed|tweeted|indicating|suggest|believe|show|report|estimate|assess|claim|confirm|state|said|says|say|told|tells|claimed|claims|claim|reported|reports|announced|announces|stated|states|added|adds|wrote|writes|writing|noted|notes|showed|shows|denied|denies|deny|confirmed|confirms|acknowledged|acknowledges|admitted|admits|insisted|insists|assessed|assesses|observed|observes|posted|published|believes|believed|estimated|estimates|warned|warns|contradicted|contradicts|rejected|rejects|refuted|dismissed|stressed|asserted|alleged|alleges|indicated|indicates|suggested|suggests|described|declared|explained|mapped|marked|showing|saying|claiming|reporting|announcing|denying|disputed|reads|read|emphasized|emphasised|emphasizes|emphasises|replied|replies|answered|responded|specified|clarified|informed|mentioned|pointed\s+out|recalled|underlined|highlighted|conceded|argued)";

    // The verb follows the claimant, past a possessive noun ("X's office said"), a bracketed acronym, a
    // date, a short apposition ("X, the head of Y, said"), a place it operates in, or "which".
    [GeneratedRegex(@"^(?:['’]s?(?:\s*\([^()]{1,40}\))?\s+\w+|\s+(?:map|maps|data|report|reports|statement|figures|assessment|footage|spokes(?:man|woman|person)|sources?|officials?)(?=\s))?(?:\s*\([^()]{1,40}\))?(?:\s+on\s+(?:\p{Lu}[\w.]*\s+\d{1,2}|\w+))?(?:\s*,[^,.;""“]{1,90},)?(?:\s+(?:operating|fighting|based|stationed|deployed|active)\s+(?:in|on|near|at|along|around)\s+[^,.;""“]{1,60}?)?(?:\s+(?:also|later|earlier|previously|separately|again|then|has|had|have|in\s+a\s+statement|on\s+\w+|on\s+Telegram|on\s+social\s+media))*,?\s+(?:(?:which|who)\s+)?(?<verb>" + Verbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex VerbAfter();

    // "X made no acknowledgement of …, but said …": the subject's second verb.
    [GeneratedRegex(@"^[^.;:""“”]{1,120}?,?\s+(?:but|and)\s+(?:also\s+)?(?<verb>said|says|added|reported|claimed|stated|noted|insisted|acknowledged|admitted|denied)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex CoordinatedVerb();

    // "according to X", "said X", "states Ukrainian Commander-in-Chief X", "announced by the head of … X": the verb may stand before a short title.
    [GeneratedRegex(@"(?:\b(?:according\s+to|cited|quoting|citing|told\s+by|(?:reported|announced|stated|said|claimed|confirmed|posted|published)\s+by|per)|(?:^|,|""|”)\s*(?:said|says|wrote|writes|added|adds|claimed|states|stated|noted|reported))\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"\b(?:that|which|who)\s+(?:borders?|bordering|attacked|attacks|accused|accuses|hit|hits|struck)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeObject();

    [GeneratedRegex(@"\b(?:of|in|for|from|with|against|at|into|on|near)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfPreposition();

    private const string PronounSpeakerPattern =
        @"\b(?:(?:the|its|their)\s+(?<adj>(?:defen[cs]e|foreign|interior|emergencies|regional|military|armed\s+forces')\s+)?(?:[a-z][\w-]*\s+)?(?<noun>ministry|general\s+staff|staff|group|agency|command|governor|institute|monitor|army|military|service|spokesman|spokeswoman|official|mayor|administration|president|department|office|analyst|analysts|force|forces|brigade|police|statement|chief|commander|spokesperson)(?:\s+of\s+\w+)?|(?<noun>he|she|it|they|analysts|experts))\s+(?:(?:also|later|further|had|has|have|then|again|nonetheless|however|previously|earlier|separately|subsequently|meanwhile|still|\w+ly)\s+){0,2}(?<verb>" + Verbs + @")\b";

    private static readonly PrefilteredRegex PronounSpeakerSearch = new(PronounSpeaker(), AnchoredPronounSpeaker());

    [GeneratedRegex(PronounSpeakerPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"\G(?:" + PronounSpeakerPattern + ")", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredPronounSpeaker();

    // ", added the chief.", "said he": the speech verb before its reference word.
    private const string InvertedSpeakerPattern =
        @"(?:^|[,”""—–-])\s*(?<verb>said|says|added|adds|wrote|noted|stressed|explained|continued|emphasized|emphasised)\s+(?:the\s+)?(?<adj>(?:defen[cs]e|foreign|interior|regional|military)\s+)?(?<noun>chief|commander|spokesperson|spokesman|spokeswoman|president|governor|mayor|ministry|agency|official|he|she)\b";

    // The characters InvertedSpeakerPattern may open with, besides the start of its input.
    private static readonly SearchValues<char> InvertedSpeakerOpeners = SearchValues.Create(",”\"—–-");

    [GeneratedRegex(InvertedSpeakerPattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex InvertedSpeaker();

    [GeneratedRegex(@"\G(?:" + InvertedSpeakerPattern + ")", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredInvertedSpeaker();

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+(?<noun>ministry|general\s+staff|staff|group|agency|command|governor|institute|monitor|army|military|service|spokesman|spokeswoman|spokesperson|official|mayor|administration|president|department|office|analyst|analysts|brigade|police|statement|chief|commander|report)|(?<noun>him|her|them))\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AccordingToThe();

    [GeneratedRegex(@"\b(?:though|although|but|while|whereas|as|when|after|before|because|and)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’.-]*\p{L}[\p{L}'’.-]*\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex ConjunctionBefore();

    [GeneratedRegex(@"^(?:This|That|It|These|Those)\b")]
    private static partial Regex ReferringBack();

    [GeneratedRegex(@"^(?:This|That|It|These|Those)\s+(?:was|were|is|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:announced|reported|stated|said|claimed|confirmed|written|posted|published)\s+by\b")]
    private static partial Regex PassiveSource();

    [GeneratedRegex(@"\s[-–—]\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:said|says|added|noted|stressed|emphasized|emphasised|explained|reported|stated)\b[^.]{0,40}\.?$")]
    private static partial Regex DashAttribution();

    [GeneratedRegex(@"^(?:Also|In\s+addition|Additionally|Besides|Moreover|Furthermore)\b")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:denied|denies|deny|denying|rejected|rejects|refuted|dismissed|contradicted|contradicts|disputed)$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialVerb();

    [GeneratedRegex(@"\b(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses|contradicted|contradicts|disputed|disputes)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialBefore();

    [GeneratedRegex(@"^['’]s?\s+(?:\w+\s+)?(?:claims?|statements?|reports?|assertions?|allegations?|account|words)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatementOf();

    [GeneratedRegex(@"^['’]s?\s+(?:\w+\s+)?(?:claims?|statements?|reports?|assertions?|allegations?|account|words)\s+(?:that|of|about|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatementWithContent();

    [GeneratedRegex(@"^['’]s?\s+(?:\w+\s+)?(?:claims?|statements?|reports?|assertions?|allegations?|words)\s+(?:[“""]\s*)?(?:is|are|was|were)\s+(?:[“""]\s*)?(?:not\s+true|untrue|false|a\s+lie|lies|fake|groundless|baseless|not\s+correct|incorrect)", RegexOptions.IgnoreCase)]
    private static partial Regex FalseStatement();
}
