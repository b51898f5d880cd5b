using System.Text.RegularExpressions;
using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// Decides who makes the claims of each sentence: "X said (that) …", "according to X", "X told
/// Reuters", "X showed …", "…, X said.", quoted speech whose speaker comes up to two sentences
/// later, and "he"/"the ministry"/"the group" back to the last matching claimant. Unattributed
/// narrative belongs to the outlet.
/// </summary>
public sealed partial class Attributor
{
    /// <summary>Attributions per sentence index.</summary>
    // bareInstitution names "the defence ministry" when no earlier mention says whose (given the phrase and its sentence).
    public static Attribution[] Attribute(string text, List<Sentence> sentences, List<ClaimantMention> claimants, Claimant outlet, Func<string, TextSpan, Claimant?>? bareInstitution = null)
    {
        var result = new Attribution?[sentences.Count];
        ClaimantMention? last = null;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Span;
            var inSentence = claimants.Where(c => s.Contains(c.Span)).ToList();
            var found = Direct(text, s, inSentence) ?? Anaphoric(text, s, claimants, last, bareInstitution);
            if (found is not null)
            {
                result[i] = found;
                if (found.Speaker is { } sp && claimants.FirstOrDefault(c => c.Span == sp) is { } m) last = m;
                else if (claimants.LastOrDefault(c => c.Claimant == found.Claimant && c.Span.End <= s.End) is { } prev) last = prev;
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
                    if (result[j] is { } later && sentences[j].Paragraph == sentences[i].Paragraph) { result[i] = later with { Denies = false }; break; }
                // A quotation read out of a statement belongs to whoever issued it, not to the outlet passing it on.
                result[i] ??= Recent(result, sentences, i, outlet, skipMedia: true);
            }
            else if (Continuation().IsMatch(text.AsSpan(s.Start, s.Length)))
                result[i] = Recent(result, sentences, i, outlet, skipMedia: false);
            else if (i + 1 < sentences.Count && sentences[i + 1].Paragraph == sentences[i].Paragraph && result[i + 1] is { } next
                && next.ContentStart is null && ReferringBack().IsMatch(text.AsSpan(sentences[i + 1].Span.Start, sentences[i + 1].Span.Length)))
                result[i] = next with { Denies = false };
            result[i] ??= new Attribution(outlet, false, null);
        }
        return [.. result.Select(r => r!)];
    }

    private static Attribution? Recent(Attribution?[] result, List<Sentence> sentences, int i, Claimant outlet, bool skipMedia)
    {
        for (int j = i - 1; j >= 0 && sentences[j].Paragraph >= sentences[i].Paragraph - 1; j--)
        {
            if (result[j] is not { } a || a.Claimant == outlet) continue;
            if (skipMedia && a.Claimant.Type == ClaimantType.Media) continue;
            return a with { Denies = false };
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

    // A claimant tied to a speech verb in the same sentence.
    private static Attribution? Direct(string text, TextSpan s, List<ClaimantMention> inSentence)
    {
        foreach (var c in inSentence)
        {
            string after = text.Substring(c.Span.End, Math.Min(140, s.End - c.Span.End));
            string before = text.Substring(Math.Max(s.Start, c.Span.Start - 40), c.Span.Start - Math.Max(s.Start, c.Span.Start - 40));
            var verb = VerbAfter().Match(after);
            if (verb.Success)
            {
                // "…, X said on Monday." speaks for the whole sentence; "A, though X has said B" only for B.
                bool opensClause = ConjunctionBefore().IsMatch(text.AsSpan(s.Start, c.Span.Start - s.Start));
                return new Attribution(c.Claimant, IsDenial(verb.Groups["verb"].Value), c.Span) { ContentStart = opensClause ? c.Span.Start : null };
            }
            var pre = VerbBefore().Match(before);
            if (pre.Success) return new Attribution(c.Claimant, false, c.Span);
        }
        return null;
    }

    // "he said", "the ministry said", "the group added": the last claimant with that reference word.
    private static Attribution? Anaphoric(string text, TextSpan s, List<ClaimantMention> all, ClaimantMention? last, Func<string, TextSpan, Claimant?>? bare)
    {
        var m = PronounSpeaker().Match(text, s.Start, s.Length);
        if (!m.Success) m = AccordingToThe().Match(text, s.Start, s.Length);
        if (!m.Success) return null;
        string noun = m.Groups["noun"].Value.ToLowerInvariant();
        bool title = noun is "chief" or "commander" or "spokesperson" or "spokesman" or "spokeswoman" or "president" or "governor" or "mayor";
        var target = all.LastOrDefault(c => c.Span.End <= m.Index && c.Nouns.Contains(noun, StringComparer.OrdinalIgnoreCase))
            ?? (noun is "he" or "she" ? all.LastOrDefault(c => c.Span.End <= m.Index && c.IsPerson) ?? last : noun is "it" or "they" ? last : null);
        // "the regional governor said" with no governor named before: an official of the place the sentence names.
        if (target is null && bare?.Invoke(m.Groups["adj"].Value + noun, s) is { } institution)
            return new Attribution(institution, IsDenial(m.Groups["verb"].Value), null);
        if (target is null && title) target = all.LastOrDefault(c => c.Span.End <= m.Index && c.IsPerson);
        return target is null ? null : new Attribution(target.Claimant, IsDenial(m.Groups["verb"].Value), null);
    }

    private static bool IsDenial(string verb) => DenialVerb().IsMatch(verb);

    private const string Verbs = @"(?:shared|revealed|disclosed|tweeted|indicating|suggest|believe|show|report|estimate|assess|claim|confirm|state|said|says|say|told|tells|claimed|claims|claim|reported|reports|announced|announces|stated|states|added|adds|wrote|writes|noted|notes|showed|shows|denied|denies|deny|confirmed|confirms|acknowledged|acknowledges|admitted|admits|insisted|insists|assessed|assesses|observed|observes|posted|published|believes|believed|estimated|estimates|warned|warns|contradicted|contradicts|rejected|rejects|refuted|dismissed|stressed|asserted|alleged|alleges|indicated|indicates|suggested|suggests|described|declared|explained|mapped|marked|showing|saying|claiming|reporting|announcing|denying|disputed|reads|read)";

    // The verb follows the claimant, past a short apposition ("X, the head of Y, said").
    [GeneratedRegex(@"^(?:'s?\s+\w+\s+|\s+(?:map|maps|data|report|reports|statement|figures|assessment|footage)(?=\s))?(?:\s*\([^()]{1,40}\))?(?:\s*,[^,.;""“]{1,90},)?(?:\s+(?:also|later|earlier|previously|separately|again|then|has|had|have|in\s+a\s+statement|on\s+\w+|on\s+Telegram|on\s+social\s+media))*,?\s+(?<verb>" + Verbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex VerbAfter();

    // "according to X", "said X", "states Ukrainian Commander-in-Chief X": the verb may stand before a short title.
    [GeneratedRegex(@"(?:\b(?:according\s+to|cited|quoting|citing|told\s+by|reported\s+by|per)|(?:^|,|""|”)\s*(?:said|says|wrote|writes|added|adds|claimed|states|stated|noted|reported))\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"\b(?:(?:the|its|their)\s+(?<adj>(?:defen[cs]e|foreign|interior|emergencies|regional|military|armed\s+forces')\s+)?(?<noun>ministry|general\s+staff|staff|group|agency|command|governor|institute|monitor|army|military|service|spokesman|spokeswoman|official|mayor|administration|president|department|office|analyst|force|forces|brigade|police|statement|chief|commander|spokesperson)(?:\s+of\s+\w+)?|(?<noun>he|she|it|they))\s+(?:also\s+|later\s+|further\s+|had\s+|has\s+)?(?<verb>" + Verbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"\baccording\s+to\s+the\s+(?<noun>ministry|general\s+staff|staff|group|agency|command|governor|institute|monitor|army|military|service|spokesman|spokeswoman|spokesperson|official|mayor|administration|president|department|office|analyst|brigade|police|statement|chief|commander|report)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AccordingToThe();

    [GeneratedRegex(@"\b(?:though|although|but|while|whereas|as|when|after|before|because|and)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’.-]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex ConjunctionBefore();

    [GeneratedRegex(@"^(?:This|That|It|These|Those)\b")]
    private static partial Regex ReferringBack();

    [GeneratedRegex(@"^(?:Also|In\s+addition|Additionally|Besides|Moreover|Furthermore)\b")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:denied|denies|deny|denying|rejected|rejects|refuted|dismissed|contradicted|contradicts|disputed)$", RegexOptions.IgnoreCase)]
    private static partial Regex DenialVerb();
}
