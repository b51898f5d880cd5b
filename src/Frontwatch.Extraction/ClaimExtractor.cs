using System.Text.RegularExpressions;
using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Extraction;

/// <summary>
/// The rule- and lexicon-based claim extractor. Stages: sentences → places (gazetteer) →
/// claimants (lexicon + patterns) → attribution → event triggers → per place: kind, side,
/// extent/outcome, count, date, modality. Dates and numbers are read only in sentences that
/// hold a trigger. Every side's claims go through the same rules.
/// </summary>
public sealed partial class ClaimExtractor : IClaimExtractor
{
    private readonly PlaceRecognizer _places;
    private readonly ClaimantLexicon _claimants;
    private readonly ClaimantRecognizer _claimantRecognizer;
    private readonly TriggerLexicon _triggers;

    private ClaimExtractor(PlaceGazetteer gazetteer, ClaimantLexicon claimants, TriggerLexicon triggers)
    {
        _places = new PlaceRecognizer(gazetteer);
        _claimants = claimants;
        _claimantRecognizer = new ClaimantRecognizer(claimants);
        _triggers = triggers;
    }

    /// <summary>An extractor over <paramref name="gazetteer"/> with the lexicons in <paramref name="dataDirectory"/>.</summary>
    public static ClaimExtractor Create(PlaceGazetteer gazetteer, string dataDirectory) =>
        new(gazetteer, ClaimantLexicon.Load(Path.Combine(dataDirectory, "claimants.tsv")), TriggerLexicon.Load(Path.Combine(dataDirectory, "event-triggers.tsv")));

    public IReadOnlyList<Claim> Extract(Report report)
    {
        string text = report.Body;
        var sentences = SentenceSplitter.Split(text);
        var recognized = _places.Recognize(text);
        var places = ClaimPlaces(recognized, text);
        // Strikes hit cities: a bare "Kursk" read as the region for fighting stays the city for a strike.
        var cityOf = recognized.Where(m => m.Kind == MentionKind.Settlement).ToDictionary(m => m.Span.Start);
        var claimants = _claimantRecognizer.Recognize(text);
        var outlet = OutletClaimant(report.Outlet);
        var attributions = Attributor.Attribute(text, sentences, claimants, outlet, (phrase, span) => BareInstitution(text, phrase, span, recognized));
        // Without a publication date "on Monday" cannot be placed in time: such claims get no date rather than a guessed one.
        DateOnly? published = report.Published;
        // "Kyiv said" names a claimant; "drones over Kyiv" a place: only a speaker's name is not a place.
        var speakers = attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!.Value).ToHashSet();

        var claims = new List<Claim>();
        var seen = new HashSet<(string, ClaimKind, string, string)>();
        PlaceMention? lastPlace = null;
        int lastPlaceSentence = -2;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Span;
            if (Caption().IsMatch(text.AsSpan(s.Start, s.Length))) continue;
            int dateline = Dateline().Match(text, s.Start, s.Length) is { Success: true, Index: var di } dm && di == s.Start ? s.Start + dm.Length : s.Start;
            var inSentence = places.Where(p => s.Contains(p.Span) && p.Span.Start >= dateline && !speakers.Any(sp => sp.Overlaps(p.Span)) && !InTitle(text, p)
                && !claimants.Any(c => c.Span.Overlaps(p.Span) && (c.Span.Length > p.Span.Length || c.IsPerson || !Locative(text, p))) && !PartOfForces(text, p)).ToList();
            // A sentence with no place of its own can only take one carried over from just before: without that, its triggers change nothing.
            if (inSentence.Count == 0 && (lastPlace is null || (i - lastPlaceSentence > 3 && !CarriesPlaceOver().IsMatch(text.AsSpan(s.Start, s.Length))))) continue;
            var triggers = Reinterpret(_triggers.Find(text, s), text, s);
            if (triggers.Count == 0)
            {
                if (inSentence.Count > 0) { lastPlace = inSentence[^1]; lastPlaceSentence = i; }
                continue;
            }
            // A place carries over to the next sentence of its paragraph ("fighting continued there"); counts of
            // troops or losses ("1,000 North Korean troops were killed") carry it a little further.
            bool counted = triggers.Any(t => t.Kind is ClaimKind.Casualties or ClaimKind.Deployment) && i - lastPlaceSentence <= 3;
            if (inSentence.Count == 0 && lastPlace is not null && (CarriesPlaceOver().IsMatch(text.AsSpan(s.Start, s.Length)) || counted || (lastPlaceSentence == i - 1 && sentences[i - 1].Paragraph == sentences[i].Paragraph)))
                inSentence = [lastPlace with { Span = s }];
            if (inSentence.Count == 0) continue;

            var attribution = attributions[i];
            var sentenceText = text.Substring(s.Start, s.Length);
            // "…, a claim Ukraine's military rejected": the denial is a second claimant's, not the speaker's.
            var denier = OtherDenier(text, s, claimants, attribution);
            var modality = ModalityOf(text, sentences, i, attribution, denialCounts: denier is null);
            var dates = published is { } day ? DateResolver.Find(sentenceText, day) : [];
            DateOnly? date = published is { } d1 ? DateResolver.Resolve(dates, d1) : null;
            // Narrative with no day named has no statement day either: the outlet tells, nobody "said on Monday".
            DateOnly? outletDate = dates.Any(d => d.Date is not null) ? date : null;
            // The speaker's own name ("the Ukrainian air force said") says who speaks, not who acts.
            var phrases = SideCues.Phrases(text, s);
            var cues = phrases.For(attribution.Claimant.Side).Where(c => attribution.Speaker is not { } sp || !sp.Overlaps(c.Span)).ToList();
            var outletCues = attribution.ContentStart is null ? cues : phrases.For(outlet.Side).Where(c => attribution.Speaker is not { } sp || !sp.Overlaps(c.Span)).ToList();
            var counts = CountParser.Find(sentenceText);

            foreach (var place in inSentence)
            {
                foreach (var trigger in GoverningTriggers(text, place, inSentence, triggers))
                {
                    if (trigger.Kind is ClaimKind.Control or ClaimKind.Advance && Hypothetical().IsMatch(sentenceText)) continue;
                    var by = attribution.ContentStart is { } cs && trigger.Span.Start < cs ? outlet : attribution.Claimant;
                    int clause = attribution.Speaker is { } spk && spk.End <= trigger.Span.Start ? spk.End : s.Start;
                    var side = SideOf(trigger, place, by == attribution.Claimant ? cues : outletCues, by.Side, text, clause);
                    if (side is null) continue;
                    var where = trigger.Kind is ClaimKind.Strike or ClaimKind.Casualties && place.Place?.Kind == PlaceKind.Region && place.Kind == MentionKind.Region && place.Text != place.Name && !place.Text.Contains(' ', StringComparison.Ordinal)
                        ? cityOf.GetValueOrDefault(place.Span.Start, place) : place;
                    var claim = new Claim(trigger.Kind, by, ToClaimPlace(where), side.Value, by == attribution.Claimant ? modality : Modality.Asserted, sentenceText)
                    {
                        EvidenceSpan = s,
                        Date = by == outlet ? outletDate : date,
                        Extent = trigger.Kind == ClaimKind.Control ? ExtentOf(text, s, place, trigger) : null,
                        Outcome = OutcomeOf(trigger, triggers),
                        Count = trigger.Kind is ClaimKind.Casualties or ClaimKind.Deployment ? CountOf(counts, trigger.Kind) : null,
                    };
                    if (seen.Add((claim.Claimant.Name, claim.Kind, claim.Side.Code, claim.Place.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? claim.Place.Name)))
                        claims.Add(claim);
                    if (denier is not null && claim.Kind == ClaimKind.Control && claim.Claimant != denier
                        && seen.Add((denier.Name, claim.Kind, claim.Side.Code, claim.Place.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? claim.Place.Name)))
                        claims.Add(claim with { Claimant = denier, Modality = Modality.Denied });
                }
            }
            if (inSentence[^1].Span != s) { lastPlace = inSentence[^1]; lastPlaceSentence = i; }
        }
        return DropRegionsCoveredByTowns(claims);
    }

    // "attacked X, killing two" and "drones attacked X" are strikes, not ground fighting; when a
    // sentence has a strike trigger, weapon words or a death toll, its attacks are strikes.
    private static List<EventTrigger> Reinterpret(List<EventTrigger> triggers, string text, TextSpan s)
    {
        // "repelled the attacks of X": the attacks are what was repelled, so the repel trigger governs.
        int repel = triggers.FindIndex(t => t.Effect == TriggerEffect.Repel);
        if (repel >= 0) triggers = [.. triggers.Where((t, i) => !(i > repel && t.Effect == TriggerEffect.Attack && t.Span.Start - triggers[repel].Span.End < 40))];
        bool strike = triggers.Any(t => t.Kind == ClaimKind.Strike) || Weapons().IsMatch(text.AsSpan(s.Start, s.Length))
            || (triggers.Any(t => t.Kind == ClaimKind.Casualties) && CivilianVictims().IsMatch(text.AsSpan(s.Start, s.Length)));
        if (!strike) return triggers;
        return [.. triggers.Select(t => t.Effect == TriggerEffect.Attack ? t with { Kind = ClaimKind.Strike, Effect = TriggerEffect.Strike } : t)];
    }

    // "the defence ministry said" with no earlier mention: whose ministry is told by the forces the
    // sentence names first ("Russian troops have captured …, the defence ministry said").
    private Claimant? BareInstitution(string text, string phrase, TextSpan sentence, List<PlaceMention> places)
    {
        // "the regional governor said": an official of the place the sentence is about.
        if (phrase.Contains("governor", StringComparison.OrdinalIgnoreCase) || phrase.Contains("mayor", StringComparison.OrdinalIgnoreCase) || phrase.Contains("administration", StringComparison.OrdinalIgnoreCase))
        {
            // A region named in the sentence, else its first place; never the all-caps dateline ("MOSCOW, Feb 8").
            var named = places.Where(p => sentence.Contains(p.Span) && p.Country is not null && p.Kind != MentionKind.Country && !p.Text.All(c => !char.IsLower(c))).ToList();
            var where = named.FirstOrDefault(p => p.Kind == MentionKind.Region) ?? named.FirstOrDefault();
            if (where is null || Side.TryParse(where.Country) is not { } country) return null;
            string region = where.Kind == MentionKind.Region ? where.Name : where.Admin1 ?? where.Name;
            return new Claimant($"Governor of {region}", country, ClaimantType.Official);
        }
        var first = SideCues.Find(text, sentence, Side.None).FirstOrDefault();
        if (first.Span.Length == 0) return null;
        string adjective = first.Side == Side.Russia ? "Russian" : first.Side == Side.Ukraine ? "Ukrainian" : "";
        return adjective.Length == 0 ? null : _claimants.Find($"{adjective} {phrase}")?.Claimant;
    }

    // The outlet header may read "Reuters (via Jagran English)" or "Aggregator (Ukrinform)": the lexicon decides which part is the outlet.
    // "Strikes hit Kupiansk, Kharkiv region": the region is where the town is, not a second claim.
    private static List<Claim> DropRegionsCoveredByTowns(List<Claim> claims) =>
        [.. claims.Where(c => !(c.Place.GeoNameId is null && c.Place.Admin1 == c.Place.Name && claims.Any(o =>
            o.Place.GeoNameId is not null && o.Place.Admin1 == c.Place.Name && o.Kind == c.Kind && o.EvidenceSpan == c.EvidenceSpan && o.Claimant == c.Claimant)))];

    private Claimant OutletClaimant(string? outlet)
    {
        if (outlet is null) return new Claimant("unknown outlet", Side.None, ClaimantType.Media);
        if (_claimants.Find(outlet) is { } whole) return whole.Claimant;
        int paren = outlet.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            string head = outlet[..paren].Trim(), inner = outlet[(paren + 2)..].TrimEnd(')').Trim();
            if (inner.StartsWith("via ", StringComparison.OrdinalIgnoreCase)) inner = inner[4..];
            return _claimants.Find(head)?.Claimant ?? _claimants.Find(inner)?.Claimant ?? new Claimant(head, Side.None, ClaimantType.Media);
        }
        return new Claimant(outlet, Side.None, ClaimantType.Media);
    }

    // The places a claim can be about: settlements, regions and places named by context; not
    // countries, and not the anchor of "20 miles south of X" (the claim is about the place described).
    private static List<PlaceMention> ClaimPlaces(List<PlaceMention> mentions, string text)
    {
        var anchorsOfDistance = mentions.Where(m => m.Kind == MentionKind.Relative && m.Offset?.Direction is not null).Select(m => m.Anchor!.Span).ToHashSet();
        var regions = mentions.Where(m => m.Kind == MentionKind.Region).ToList();
        var result = new List<PlaceMention>();
        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Country or MentionKind.Relative || anchorsOfDistance.Contains(m.Span)) continue;
            // "in Kursk" in a report about "the Kursk region" is the region, unless it says "the city of Kursk".
            if (m.Kind == MentionKind.Settlement && regions.FirstOrDefault(r => r.Name.StartsWith(m.Name + " ", StringComparison.OrdinalIgnoreCase) && r.Country == m.Country) is { } region
                && !CityCue().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 12), Math.Min(12, m.Span.Start))))
            {
                result.Add(region with { Span = m.Span, Text = m.Text });
                continue;
            }
            result.Add(m);
        }
        return result;
    }

    private static ClaimPlace ToClaimPlace(PlaceMention m) =>
        new(m.Name, m.GeoNameId, m.Admin1, m.Point) { Country = m.Country };

    // A trigger governs the first place after it and the places listed with that one ("near X, Y and Z
    // in the Donetsk region"); a place before any trigger is governed by the next one ("Kurakhove
    // fell"). Casualties attach to the places of the sentence's other claims.
    private static IEnumerable<EventTrigger> GoverningTriggers(string text, PlaceMention place, List<PlaceMention> inSentence, List<EventTrigger> triggers)
    {
        // A place carried over from an earlier sentence stands for the whole sentence: each kind's first trigger governs it.
        if (place.Kind != MentionKind.Relative && inSentence.Count == 1 && !text.AsSpan(place.Span.Start, place.Span.Length).SequenceEqual(place.Text))
        {
            var counted = triggers.Where(t => t.Kind is ClaimKind.Casualties or ClaimKind.Deployment).DistinctBy(t => t.Kind).ToList();
            foreach (var t in counted.Count > 0 ? counted : triggers.Take(1)) yield return t;
            yield break;
        }
        EventTrigger? best = null;
        int index = inSentence.IndexOf(place);
        int chainStart = index;
        while (chainStart > 0 && Listed(text, inSentence[chainStart - 1], inSentence[chainStart])) chainStart--;
        int from = chainStart > 0 ? inSentence[chainStart - 1].Span.End : 0;
        foreach (var t in triggers)
            if (t.Kind != ClaimKind.Casualties && t.Span.End <= inSentence[chainStart].Span.Start && t.Span.Start >= from) best = t;
        if (best is null)
        {
            int chainEnd = index;
            while (chainEnd + 1 < inSentence.Count && Listed(text, inSentence[chainEnd], inSentence[chainEnd + 1])) chainEnd++;
            foreach (var t in triggers)
                if (t.Kind != ClaimKind.Casualties && t.Span.Start >= inSentence[chainEnd].Span.End && (chainEnd + 1 >= inSentence.Count || inSentence[chainEnd + 1].Span.Start > t.Span.Start))
                { best = t; break; }
        }
        if (best is { } b) yield return b;
        foreach (var t in triggers)
            if (t.Kind == ClaimKind.Casualties) { yield return t; break; }
    }

    private static bool Listed(string text, PlaceMention a, PlaceMention b) =>
        b.Span.Start - a.Span.End is >= 0 and <= 40 && ListGap().IsMatch(text.AsSpan(a.Span.End, b.Span.Start - a.Span.End));

    [GeneratedRegex(@"^(?:[\s,;]|\b(?:and|or|in|the|of|near|as\s+well\s+as|eastern|western|northern|southern|central|north|south|east|west|Ukraine's|Russia's|Ukraine’s|Russia’s|region|oblast|Oblast|Region|over|\d+)\b)+$")]
    private static partial Regex ListGap();

    private static Side? SideOf(EventTrigger trigger, PlaceMention place, List<SideCue> cues, Side claimant, string text, int clause)
    {
        // The subject of the clause ("Ukrainian troops have driven Russian forces out of X") is the first force named after the speaker.
        SideCue? subject = cues.FirstOrDefault(c => !c.Weak && c.Span.Start >= clause && c.Span.End <= trigger.Span.Start) is { Span.Length: > 0 } sc ? sc : null;
        // A force named as such ("Russian troops") outranks a bare name ("Kyiv", "Ukrainian") on the same side of the trigger.
        SideCue? before = Pick(cues.Where(c => c.Span.End <= trigger.Span.Start).Reverse());
        SideCue? after = Pick(cues.Where(c => c.Span.Start >= trigger.Span.End && c.Span.Start - trigger.Span.End < 60));
        SideCue? inside = cues.FirstOrDefault(c => c.Span.Overlaps(trigger.Span)) is { Span.Length: > 0 } i ? i : null;
        Side? belligerent = claimant == Side.Russia || claimant == Side.Ukraine ? claimant : null;
        Side? placeCountry = Side.TryParse(place.Country);
        Side? attackerByGeography = placeCountry is { } pc ? SideCues.Opposite(pc) : null;
        return trigger.Effect switch
        {
            // "deployed 12,000 North Korean troops" names the force after the verb; "North Korean troops
            // were stationed at Russian units" names it before.
            TriggerEffect.Deploy => (!Passive(text, trigger) && after is { } f && f.Span.Start - trigger.Span.End < 25 && IsTroopCue(text, f) ? f.Side : (Side?)null)
                ?? (before is { } p && IsTroopCue(text, p) ? p.Side : (Side?)null) ?? inside?.Side ?? before?.Side ?? after?.Side ?? belligerent,
            TriggerEffect.Capture or TriggerEffect.Liberate or TriggerEffect.Hold or TriggerEffect.Enter or TriggerEffect.Advance
                => inside?.Side ?? subject?.Side ?? before?.Side ?? ByAgent(text, trigger, cues) ?? after?.Side ?? belligerent,
            TriggerEffect.Withdraw => (subject?.Side ?? before?.Side ?? belligerent) is { } w ? SideCues.Opposite(w) : null,
            TriggerEffect.Attack => inside?.Side ?? before?.Side ?? after?.Side ?? (belligerent is { } bs ? SideCues.Opposite(bs) : attackerByGeography),
            TriggerEffect.Repel => after?.Side ?? (before?.Side is { } rs ? SideCues.Opposite(rs) : null) ?? (belligerent is { } bb ? SideCues.Opposite(bb) : attackerByGeography),
            TriggerEffect.Strike or TriggerEffect.Intercept => inside?.Side ?? before?.Side ?? after?.Side ?? attackerByGeography,
            TriggerEffect.Casualty => VictimSide(text, trigger, cues) ?? placeCountry,
            _ => null,
        };
    }

    // The side whose people were hit: a force named next to the casualty word ("North Korean troops
    // were killed", "killed 30 Ukrainian soldiers", "Russian losses"); civilians belong to the place's country.
    private static Side? VictimSide(string text, EventTrigger trigger, List<SideCue> cues)
    {
        int from = Math.Max(0, trigger.Span.Start - 40);
        if (CivilianVictims().IsMatch(text.AsSpan(from, Math.Min(text.Length, trigger.Span.End + 30) - from))) return null;
        // "had killed 40 Russian soldiers": the victims follow an active verb; "North Korean troops were killed": they precede a passive one.
        var near = cues.Where(c => (c.Span.End <= trigger.Span.Start ? trigger.Span.Start - c.Span.End : c.Span.Start - trigger.Span.End) <= 45 && IsTroopCue(text, c)).ToList();
        var following = near.FirstOrDefault(c => c.Span.Start >= trigger.Span.End);
        var preceding = near.LastOrDefault(c => c.Span.Start < trigger.Span.End);
        bool active = !Passive(text, trigger) && following.Span.Length > 0;
        if (active) return following.Side;
        if (preceding.Span.Length > 0) return preceding.Side;
        return following.Span.Length > 0 ? following.Side : null;
    }

    private static SideCue? Pick(IEnumerable<SideCue> nearestFirst)
    {
        SideCue? weak = null;
        foreach (var c in nearestFirst)
        {
            if (!c.Weak) return c;
            weak ??= c;
        }
        return weak;
    }

    // "captured by Russian forces"
    private static Side? ByAgent(string text, EventTrigger trigger, List<SideCue> cues)
    {
        int by = text.IndexOf(" by ", trigger.Span.End, Math.Min(60, text.Length - trigger.Span.End), StringComparison.Ordinal);
        return by < 0 ? null : cues.FirstOrDefault(c => c.Span.Start > by && c.Span.Start - by < 12).Side is { Code: not null } s ? s : null;
    }

    private static Extent ExtentOf(string text, TextSpan sentence, PlaceMention place, EventTrigger trigger)
    {
        if (trigger.Effect == TriggerEffect.Enter) return Extent.Part;
        int from = Math.Max(sentence.Start, Math.Min(trigger.Span.Start, place.Span.Start) - 40);
        var window = text.AsSpan(from, Math.Max(place.Span.End, trigger.Span.End) - from);
        var percent = Percent().Match(window.ToString());
        if (percent.Success && int.TryParse(percent.Groups[1].Value, out int p)) return p >= 50 ? Extent.Most : Extent.Part;
        if (MostOf().IsMatch(window)) return Extent.Most;
        if (PartOf().IsMatch(window)) return Extent.Part;
        return Extent.Full;
    }

    private static Outcome? OutcomeOf(EventTrigger trigger, List<EventTrigger> all) => trigger.Kind switch
    {
        ClaimKind.Fighting => all.Any(t => t.Effect == TriggerEffect.Repel) ? Outcome.Repelled
            : all.Any(t => t.Effect is TriggerEffect.Capture or TriggerEffect.Advance) ? Outcome.Gained : Outcome.Ongoing,
        ClaimKind.Strike => all.Any(t => t.Effect == TriggerEffect.Intercept) ? Outcome.Repelled : null,
        _ => null,
    };

    private static CountRange? CountOf(List<CountPhrase> counts, ClaimKind kind)
    {
        CountRange? total = null;
        foreach (var c in counts)
        {
            if (kind == ClaimKind.Deployment && c.Noun is not null && !TroopNoun().IsMatch(c.Noun)) continue;
            total = total is { } t && kind == ClaimKind.Casualties ? t.Plus(c.Count) : total ?? c.Count;
        }
        return total;
    }

    private static Claimant? OtherDenier(string text, TextSpan s, List<ClaimantMention> claimants, Attribution attribution)
    {
        var denial = Denial().Match(text, s.Start, s.Length);
        if (!denial.Success) return null;
        var near = claimants.LastOrDefault(c => s.Contains(c.Span) && c.Span.End <= denial.Index && denial.Index - c.Span.End <= 40);
        return near is not null && near.Claimant != attribution.Claimant && attribution.Speaker is { } sp && sp.End <= near.Span.Start ? near.Claimant : null;
    }

    private static Modality ModalityOf(string text, List<Sentence> sentences, int i, Attribution attribution, bool denialCounts)
    {
        var s = sentences[i].Span;
        var sentence = text.AsSpan(s.Start, s.Length);
        if (Unverified().IsMatch(sentence)) return Modality.Unverified;
        if (attribution.Denies || (denialCounts && Denial().IsMatch(sentence))) return Modality.Denied;
        if (i + 1 < sentences.Count && sentences[i + 1].Paragraph == sentences[i].Paragraph
            && Unverified().IsMatch(text.AsSpan(sentences[i + 1].Span.Start, sentences[i + 1].Span.Length))) return Modality.Unverified;
        if (Hedge().IsMatch(sentence)) return Modality.Hedged;
        return Modality.Asserted;
    }

    private static bool Passive(string text, EventTrigger trigger) =>
        PassiveBefore().IsMatch(text.AsSpan(Math.Max(0, trigger.Span.Start - 12), Math.Min(12, trigger.Span.Start)));

    [GeneratedRegex(@"\b(?:been|were|was|are|is|being|be)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBefore();

    // "the governor of the Lugansk region", "Kursk's acting deputy governor": a place in a title names an office, not an event.
    private static bool InTitle(string text, PlaceMention p) =>
        OfficeBefore().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - 40), Math.Min(40, p.Span.Start)))
        || OfficeAfter().IsMatch(text.AsSpan(p.Span.End, Math.Min(40, text.Length - p.Span.End)));

    [GeneratedRegex(@"\b(?:governor|head|mayor|chief|administration|spokes(?:man|woman|person)|commander|council|prosecutor|police|authorities)\s+(?:of|for|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeBefore();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:acting|deputy|regional|military|city|oblast|region(?:al)?|state)\s+)*(?:governor|mayor|head|administration|governor's|council|police|prosecutor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeAfter();

    // A capital that also names its government ("Kyiv launched", "support for Kyiv") is a place only
    // after a locative word ("drones over Kyiv", "north of Kyiv").
    private static bool Locative(string text, PlaceMention p) =>
        LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - 16), Math.Min(16, p.Span.Start)));

    [GeneratedRegex(@"\b(?:in|inside|over|near|on|at|into|toward|towards|outside|around|of|from|to|across|hit|struck|attacked|shelled)\s+(?:the\s+(?:city|capital|town)\s+(?:of\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocativeBefore();

    // "Kyiv's troops", "Moscow's forces" name a side, not a place.
    private static bool PartOfForces(string text, PlaceMention p) =>
        ForcesAfter().IsMatch(text.AsSpan(p.Span.End, Math.Min(30, text.Length - p.Span.End)));

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:\w+\s+)?(?:forces|troops|army|military|soldiers|units|government|authorities|officials|side)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForcesAfter();

    private static bool IsTroopCue(string text, SideCue cue) =>
        TroopCue().IsMatch(text.AsSpan(cue.Span.Start, Math.Min(cue.Span.Length + 30, text.Length - cue.Span.Start)));

    // "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -", "UKRAINE, KHARKIV REGION, Jul 23 —": where the story was filed, not where things happened.
    [GeneratedRegex(@"\G\p{Lu}[\p{Lu}\s,.'’-]{1,60}?(?:,\s*[\p{L}\s.]{1,30}?)?(?:\s*\([^()]{1,40}\))?\s*(?:[-—–]{1,2}|:)\s")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:FILE\s+PHOTO|PHOTO|Photo|Image|Video)\b")]
    private static partial Regex Caption();

    [GeneratedRegex(@"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|shell(?:s|ing|ed)?|artillery|airstrikes?|air\s+strikes?|Shaheds?|Iskanders?|MLRS|Grad|howitzers?|mortars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weapons();

    [GeneratedRegex(@"\b(?:would|could|might)\s+(?:be|mean|allow|enable|give|open|deal|hand|mark)\b|\bif\s+\w+(?:\s+\w+)?\s+(?:falls?|fell|(?:is|was|were)\s+(?:captured|taken|lost))|\b(?:aim|aims|aiming|seek|seeks|seeking|trying|tries|attempt|attempts|attempting|plans?|planning|intends?|goal)\s+(?:to\s+)?(?:capture|seize|take|encircle|cut\s+off|reach|break\s+through)", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:civilians?|residents?|people|persons?|man|men|woman|women|child|children|boy|girl|driver|pensioner|family|families)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianVictims();

    [GeneratedRegex(@"^[\w\s'’-]*?\b(?:troops|soldiers|servicemen|forces?|fighters|personnel|army|military|units?|losses|casualties|men|marines|mercenaries|officers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroopCue();

    [GeneratedRegex(@"\b(?:there|the\s+(?:town|city|village|settlement|area|region|oblast|front|district|locality))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriesPlaceOver();

    [GeneratedRegex(@"(?:city|town)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CityCue();

    [GeneratedRegex(@"(\d{1,3})\s*(?:%|per\s*cent|percent)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:most|much|majority|bulk|nearly\s+(?:all|the\s+entire)|almost\s+(?:all|the\s+entire)|large\s+parts?)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex MostOf();

    [GeneratedRegex(@"\b(?:parts?\s+of|a\s+slice\s+of|outskirts|edge\s+of|sections?\s+of|areas?\s+of|districts?\s+of|pocket|foothold|bridgehead|positions\s+(?:around|in|near)|some\s+of|neighbou?rhoods?\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^(?:troops|soldiers|servicemen|personnel|fighters|men|special\s+forces|forces|marines|paratroopers|mercenaries)", RegexOptions.IgnoreCase)]
    private static partial Regex TroopNoun();

    [GeneratedRegex(@"\b(?:denied|denies|deny|denying|rejected|refuted|dismissed\s+(?:the\s+)?(?:claims?|reports?)|not\s+true|untrue|fake|false\s+(?:claims?|reports?)|disinformation|(?:do|does|did)\s+not\s+correspond\s+to\s+reality|so-called|baseless|groundless|fabricat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:could\s+not|cannot|can\s*not|couldn't|can't|was\s+unable\s+to|were\s+unable\s+to|unable\s+to|did\s+not)\s+(?:immediately\s+|independently\s+)*(?:verify|confirm)|(?:could\s+not|cannot)\s+be\s+(?:independently\s+)?(?:verified|confirmed)|neither\s+confirmed\s+nor\s+denied|remains?\s+unclear|(?:was|is)\s+not\s+(?:immediately\s+)?clear|unverified|not\s+(?:been\s+)?independently\s+verified", RegexOptions.IgnoreCase)]
    private static partial Regex Unverified();

    [GeneratedRegex(@"\b(?:suggests?|suggested|suggesting|reportedly|likely|believed|believes|appears?|apparently|allegedly|alleged|possibly|probably|may\s+have|might\s+have|it\s+is\s+thought|purportedly|unconfirmed\s+reports?|conflicting\s+(?:reports|accounts))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();
}
