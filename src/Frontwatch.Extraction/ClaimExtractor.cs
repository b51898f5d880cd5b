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
        var countries = recognized.FindAll(m => m.Kind == MentionKind.Country);
        var claimants = _claimantRecognizer.Recognize(text);
        var outlet = _claimants.Outlet(report.Outlet);
        var attributions = Attributor.Attribute(text, sentences, claimants, outlet, (phrase, span) => BareInstitution(text, phrase, span, recognized));
        // Without a publication date "on Monday" cannot be placed in time: such claims get no date rather than a guessed one.
        DateOnly? published = report.Published;
        // "Kyiv said" names a claimant; "drones over Kyiv" a place: only a speaker's name is not a place.
        var speakers = attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!.Value).ToHashSet();

        var claims = new List<Claim>();
        var seen = new HashSet<(string, ClaimKind, string, string)>();
        PlaceMention? lastPlace = null, lastSettlement = null, lastClaimPlace = null;
        List<PlaceMention> lastNamed = [];
        int lastPlaceSentence = -2, lastSettlementSentence = -2, placeCursor = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i].Span;
            if (Caption().IsMatch(text.AsSpan(s.Start, s.Length))) continue;
            int dateline = Dateline().Match(text, s.Start, s.Length) is { Success: true, Index: var di } dm && di == s.Start ? s.Start + dm.Length : s.Start;
            // Places come in text order (PlaceRecognizer sorts them): the sentence's own are a run from the cursor on.
            while (placeCursor < places.Count && places[placeCursor].Span.Start < s.Start) placeCursor++;
            var inSentence = new List<PlaceMention>();
            for (int k = placeCursor; k < places.Count && places[k].Span.Start < s.End; k++)
            {
                var p = places[k];
                if (s.Contains(p.Span) && p.Span.Start >= dateline && !SpokenBy(speakers, p) && !InTitle(text, p)
                    && !NamesClaimant(text, claimants, p) && !PartOfForces(text, p) && !Waypoint(text, p))
                    inSentence.Add(p);
            }
            // "In the Kupiansk direction, Russians occupied Pishchane": an axis names where to look, the village what happened.
            if (inSentence.Count > 1) inSentence.RemoveAll(p => Axis().IsMatch(text.AsSpan(p.Span.End, Math.Min(12, text.Length - p.Span.End))) && inSentence.Any(o => o != p && !Axis().IsMatch(text.AsSpan(o.Span.End, Math.Min(12, text.Length - o.Span.End)))));
            // A sentence with no place of its own and none to take over from before: its triggers would change nothing.
            if (inSentence.Count == 0 && !MayTakePlaceOver(i, text.AsSpan(s.Start, s.Length))) continue;
            var triggers = Reinterpret(_triggers.Find(text, s), text, s, i > 0 && sentences[i - 1].Paragraph == sentences[i].Paragraph ? sentences[i - 1].Span : null);
            // "…, said Apti Alaudinov, commander of a unit fighting in Kursk": who the speaker is, not what he claims.
            if (Descriptor(text, attributions[i].Speaker, s) is { } about)
            {
                triggers.RemoveAll(t => about.Contains(t.Span));
                inSentence.RemoveAll(p => about.Contains(p.Span));
            }
            if (triggers.Count == 0)
            {
                Remember(inSentence, i);
                continue;
            }
            // A place carries over to the next sentence of its paragraph ("fighting continued there"); counts of
            // troops or losses ("1,000 North Korean troops were killed") carry it a little further.
            var sentenceText = text.Substring(s.Start, s.Length);
            List<CountPhrase>? counts = null;
            bool counted = triggers.Any(t => t.Kind is ClaimKind.Casualties or ClaimKind.Deployment) && i - lastPlaceSentence <= 3 && (counts ??= CountParser.Find(sentenceText)).Count > 0;
            // "As a result of this attack" is where the last claim was; "the city" the last town named.
            var sentenceSpan = text.AsSpan(s.Start, s.Length);
            // "missiles across Ukraine" is about the whole country, not the town of the sentence before.
            bool countryWide = countries.Exists(m => s.Contains(m.Span) && m.Span.Start >= s.Start + 7 && CountryWide().IsMatch(text.AsSpan(m.Span.Start - 7, 7)));
            if (inSentence.Count == 0 && !countryWide)
            {
                if (i - lastPlaceSentence <= 2 && BothPlaces().IsMatch(sentenceSpan) && lastNamed.Where(p => p.Kind == MentionKind.Settlement).ToList() is { Count: > 1 } towns)
                    inSentence = [.. towns.Select(t => t with { Span = s })];
                else if (lastClaimPlace is not null && EventAnaphor().IsMatch(sentenceSpan))
                    inSentence = [lastClaimPlace with { Span = s }];
                else if (lastSettlement is not null && i - lastSettlementSentence <= 3 && SettlementAnaphor().IsMatch(sentenceSpan))
                    inSentence = [lastSettlement with { Span = s }];
                else if (lastPlace is not null && (CarriesPlaceOver().IsMatch(sentenceSpan) || counted || (lastPlaceSentence == i - 1 && sentences[i - 1].Paragraph == sentences[i].Paragraph)))
                    inSentence = [lastPlace with { Span = s }];
            }
            if (inSentence.Count == 0) continue;

            var attribution = attributions[i];
            // What every claim of the sentence shares, read once and only when the sentence yields a claim.
            Claimant? denier = null;
            var modality = Modality.Asserted;
            DateOnly? date = null;
            bool sharedRead = false;
            void ReadShared()
            {
                if (sharedRead) return;
                sharedRead = true;
                // "…, a claim Ukraine's military rejected": the denial is a second claimant's, not the speaker's.
                int denial = DenialSearch.IndexIn(text.AsSpan(s.Start, s.Length));
                denier = OtherDenier(text, s, denial, claimants, attribution);
                modality = ModalityOf(text, sentences, i, attribution, speakerDenies: denial >= 0 && denier is null);
                // The day the text gives ("on Monday", "Jan. 20"); a sentence that names none has no date, whoever
                // speaks: "X said" alone does not say when, and the publication day is the report's, not the event's.
                date = published is { } day ? DateResolver.DayOf(sentenceText, day) : null;
            }
            // The speaker's own name ("the Ukrainian air force said") says who speaks, not who acts.
            // Nor does a place ("north of Kyiv") say who acts there.
            var speakerAside = SpeakerAside(text, attribution.Speaker, s);
            bool Acts(SideCue c) => (attribution.Speaker is not { } sp || !sp.Overlaps(c.Span)) && speakerAside?.Contains(c.Span) != true
                && !inSentence.Any(p => p.Span != s && p.Span.Overlaps(c.Span));
            var phrases = SideCues.Phrases(text, s);
            var cues = phrases.For(attribution.Claimant.Side);
            cues.RemoveAll(c => !Acts(c));
            var outletCues = cues;
            if (attribution.ContentStart is not null)
            {
                outletCues = phrases.For(outlet.Side);
                outletCues.RemoveAll(c => !Acts(c));
            }
            bool? conditional = null; // "its fall would …": read once, and only for a sentence with a control or advance trigger

            // "…, 20 miles south of Pokrovsk, a hub toward which Russian forces have been advancing": the relative
            // clause is about the place it follows, and is the reporter's background, not the speaker's claim.
            List<(PlaceMention Place, (TextSpan Clause, bool Described) Relative)>? relatives = null;
            foreach (var p in inSentence)
                if (p.Span != s && RelativeClause(text, p) is { } c && triggers.Exists(t => c.Clause.Contains(t.Span))) (relatives ??= []).Add((p, c));
            var mainTriggers = relatives is null ? triggers : triggers.FindAll(t => !relatives.Exists(r => r.Relative.Clause.Contains(t.Span)));
            var governing = new List<EventTrigger>();

            foreach (var place in inSentence)
            {
                (TextSpan Clause, bool Described)? relative = null;
                foreach (var r in relatives ?? [])
                    if (r.Place == place) { relative = r.Relative; break; }
                governing.Clear();
                GoverningTriggers(text, place, inSentence, mainTriggers, governing);
                if (relative is { } rc && triggers.FindIndex(t => rc.Clause.Contains(t.Span)) is >= 0 and var first) governing.Add(triggers[first]);
                foreach (var trigger in governing)
                {
                    bool inClause = relative is { } c && c.Clause.Contains(trigger.Span);
                    if (trigger.Kind is ClaimKind.Control or ClaimKind.Advance && ((conditional ??= Conditional().IsMatch(sentenceText)) || Intended(text, trigger, s))) continue;
                    // "despite the lack of progress", "has never deployed": nothing happened.
                    if ((trigger.Kind is ClaimKind.Advance or ClaimKind.Deployment || trigger.Effect == TriggerEffect.Hold) && NoAdvanceBefore().IsMatch(text.AsSpan(Math.Max(s.Start, trigger.Span.Start - 30), trigger.Span.Start - Math.Max(s.Start, trigger.Span.Start - 30)))) continue;
                    // A clause about a place is the reporter's aside when the speaker's words came before it ("X said …, Y,
                    // a hub toward which …"); "…, Y, which Russian troops have stormed, according to X" is still X's.
                    bool aside = inClause && (relative!.Value.Described || (attribution.Speaker is { } who && who.End <= place.Span.Start));
                    var by = aside || (attribution.ContentStart is { } cs && trigger.Span.Start < cs) ? outlet : attribution.Claimant;
                    int clause = inClause ? relative!.Value.Clause.Start : attribution.Speaker is { } spk && spk.End <= trigger.Span.Start ? spk.End : s.Start;
                    // "Russian forces have shelled Kherson since the city was liberated": a subordinate clause has its own actors.
                    int? subordinateStart = SubordinateStart(text, clause, trigger.Span.Start);
                    bool subordinate = subordinateStart is not null;
                    clause = subordinateStart ?? clause;
                    var side = SideOf(trigger, place, by == attribution.Claimant ? cues : outletCues, by.Side, text, clause, subordinate);
                    if (side is null) continue;
                    var where = trigger.Kind is ClaimKind.Strike or ClaimKind.Casualties && place.Place?.Kind == PlaceKind.Region && place.Kind == MentionKind.Region && place.Text != place.Name && !place.Text.Contains(' ', StringComparison.Ordinal)
                        ? cityOf.GetValueOrDefault(place.Span.Start, place) : place;
                    ReadShared();
                    var claim = new Claim(trigger.Kind, by, ToClaimPlace(where), side.Value, by == attribution.Claimant ? modality : Modality.Asserted, sentenceText)
                    {
                        EvidenceSpan = s,
                        Date = date,
                        Extent = trigger.Kind == ClaimKind.Control ? ExtentOf(text, s, place, trigger) : null,
                        Outcome = OutcomeOf(trigger, triggers),
                        // Numbers are read only for the kinds that have a count.
                        Count = trigger.Kind is ClaimKind.Casualties or ClaimKind.Deployment ? CountOf(counts ??= CountParser.Find(sentenceText), trigger.Kind) : null,
                    };
                    if (seen.Add((claim.Claimant.Name, claim.Kind, claim.Side.Code, claim.Place.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? claim.Place.Name)))
                        claims.Add(claim);
                    lastClaimPlace = where;
                    if (denier is not null && claim.Kind == ClaimKind.Control && claim.Claimant != denier
                        && seen.Add((denier.Name, claim.Kind, claim.Side.Code, claim.Place.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? claim.Place.Name)))
                        claims.Add(claim with { Claimant = denier, Modality = Modality.Denied });
                }
            }
            // A place carried into a claim stays in play for the next sentence of the paragraph too.
            if (inSentence[^1].Span != s) Remember(inSentence, i);
            else lastPlaceSentence = i;
        }
        AddContradictions(claims, seen, sentences, attributions, text);
        return DropRegionsCoveredByTowns(DropCountryEchoes(claims));

        // The carry-over rules below, loosely: is there any place a sentence without one could take over?
        bool MayTakePlaceOver(int sentence, ReadOnlySpan<char> words) =>
            (lastPlace is not null && (sentence - lastPlaceSentence <= 3 || CarriesPlaceOver().IsMatch(words)))
            || (lastSettlement is not null && sentence - lastSettlementSentence <= 3)
            || (lastClaimPlace is not null && EventAnaphor().IsMatch(words));

        void Remember(List<PlaceMention> named, int sentence)
        {
            if (named.Count == 0) return;
            lastPlace = named[^1];
            lastPlaceSentence = sentence;
            lastNamed = named;
            for (int k = named.Count - 1; k >= 0; k--)
            {
                var town = named[k];
                if (town.Kind != MentionKind.Settlement && !cityOf.ContainsKey(town.Span.Start)) continue;
                (lastSettlement, lastSettlementSentence) = (cityOf.GetValueOrDefault(town.Span.Start, town), sentence);
                break;
            }
        }
    }

    // "X contradicted Y's statement": X denies each claim Y made earlier in the report.
    private static void AddContradictions(List<Claim> claims, HashSet<(string, ClaimKind, string, string)> seen, List<Sentence> sentences, Attribution[] attributions, string text)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            if (attributions[i].Contradicts is not { } other) continue;
            var s = sentences[i].Span;
            foreach (var claim in claims.Where(c => c.Claimant == other && c.EvidenceSpan is { } e && e.End <= s.Start).ToList())
                if (seen.Add((attributions[i].Claimant.Name, claim.Kind, claim.Side.Code, claim.Place.GeoNameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? claim.Place.Name)))
                    claims.Add(claim with { Claimant = attributions[i].Claimant, Modality = Modality.Denied, Evidence = text.Substring(s.Start, s.Length), EvidenceSpan = s });
        }
    }

    // "attacked X, killing two" and "drones attacked X" are strikes, not ground fighting; when a
    // sentence has a strike trigger, weapon words or a death toll, its attacks are strikes.
    private static List<EventTrigger> Reinterpret(List<EventTrigger> triggers, string text, TextSpan s, TextSpan? previous)
    {
        // The list is the trigger lexicon's fresh one for this sentence: it is rewritten in place.
        var sentence = text.AsSpan(s.Start, s.Length);
        // "the de-occupation of the region" is a liberation; "withdrew from the grain deal" leaves no place.
        int kept = 0;
        for (int k = 0; k < triggers.Count; k++)
        {
            var t = triggers[k];
            if (t.Effect == TriggerEffect.Withdraw && LeftAgreement().IsMatch(text.AsSpan(t.Span.End, Math.Min(40, s.End - t.Span.End)))) continue;
            triggers[kept++] = t.Effect == TriggerEffect.Capture && t.Span.Start >= s.Start + 3 && text.AsSpan(t.Span.Start - 3, 3).Equals("de-", StringComparison.OrdinalIgnoreCase)
                ? t with { Effect = TriggerEffect.Liberate } : t;
        }
        triggers.RemoveRange(kept, triggers.Count - kept);
        // "Russians have been regularly shelling the region": a habit told as background, not an event.
        if (triggers.Exists(t => t.Kind is ClaimKind.Strike or ClaimKind.Fighting) && Habitual().IsMatch(sentence))
            triggers.RemoveAll(t => t.Kind is ClaimKind.Strike or ClaimKind.Fighting);
        // "repelled the attacks of X": the attacks are what was repelled, so the repel trigger governs.
        int repel = triggers.FindIndex(t => t.Effect == TriggerEffect.Repel);
        if (repel >= 0)
        {
            int repelEnd = triggers[repel].Span.End;
            kept = 0;
            for (int k = 0; k < triggers.Count; k++)
            {
                var t = triggers[k];
                if (k > repel && t.Effect is TriggerEffect.Attack or TriggerEffect.Clash && t.Span.Start - repelEnd < 40) continue;
                triggers[kept++] = t;
            }
            triggers.RemoveRange(kept, triggers.Count - kept);
        }
        // Only attacks are read again, so the sentence is searched for weapons only when it has one.
        bool? strike = null;
        for (int k = 0; k < triggers.Count; k++)
        {
            var t = triggers[k];
            if (t.Effect != TriggerEffect.Attack) continue;
            strike ??= triggers.Exists(t => t.Kind == ClaimKind.Strike) || Weapons().IsMatch(sentence) || CivilianTargets().IsMatch(sentence)
                || (triggers.Exists(t => t.Kind == ClaimKind.Casualties) && CivilianVictims().IsMatch(sentence));
            // "Drones hit the port overnight. This is the fourth attack on the district": the attack is the drones'.
            if (strike.Value || (previous is { } p && AttackOn().IsMatch(text.AsSpan(t.Span.Start, Math.Min(12, s.End - t.Span.Start)))
                && Weapons().IsMatch(text.AsSpan(p.Start, p.Length))))
                triggers[k] = t with { Kind = ClaimKind.Strike, Effect = TriggerEffect.Strike };
        }
        return triggers;
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
        // "the police reported": the police of the place the report is about, whoever the sentence says attacked it.
        Side? side;
        if (CivilService().IsMatch(phrase))
            side = Side.TryParse(places.LastOrDefault(p => p.Span.Start < sentence.End && p.Kind is MentionKind.Settlement or MentionKind.Region && p.Country is not null)?.Country);
        else
            side = SideCues.Find(text, sentence, Side.None).FirstOrDefault() is { Span.Length: > 0 } first ? first.Side : null;
        string adjective = side == Side.Russia ? "Russian" : side == Side.Ukraine ? "Ukrainian" : "";
        return adjective.Length == 0 ? null : _claimants.Find($"{adjective} {phrase}")?.Claimant;
    }

    // "Russia said its troops withdrew from Lyman" beside the defence ministry's own statement of it: one claim,
    // by the body that made it, not a second one by the country at large.
    private static List<Claim> DropCountryEchoes(List<Claim> claims) =>
        [.. claims.Where(c => !(IsCountryItself(c.Claimant) && claims.Any(o => o.Claimant != c.Claimant && o.Claimant.Side == c.Claimant.Side
            && o.Kind == c.Kind && o.Side == c.Side && o.Place.Name == c.Place.Name)))];

    private static bool IsCountryItself(Claimant claimant) =>
        claimant.Type == ClaimantType.Government && claimant.Name == (claimant.Side.Code switch
        {
            "RU" => "Russia",
            "UA" => "Ukraine",
            "KP" => "North Korea",
            "BY" => "Belarus",
            _ => null,
        });

    // "Strikes hit Kupiansk, Kharkiv region": the region is where the town is, not a second claim.
    private static List<Claim> DropRegionsCoveredByTowns(List<Claim> claims) =>
        [.. claims.Where(c => !(c.Place.GeoNameId is null && c.Place.Admin1 == c.Place.Name && claims.Any(o =>
            o.Place.GeoNameId is not null && o.Place.Admin1 == c.Place.Name && o.Kind == c.Kind && o.EvidenceSpan == c.EvidenceSpan && o.Claimant == c.Claimant)))];

    // The places a claim can be about: settlements, regions and places named by context; not
    // countries, and not the anchor of "20 miles south of X" (the claim is about the place described).
    private static List<PlaceMention> ClaimPlaces(List<PlaceMention> mentions, string text)
    {
        var anchorsOfDistance = mentions.Where(m => m.Kind == MentionKind.Relative && m.Offset?.Direction is not null).Select(m => m.Anchor!.Span).ToHashSet();
        var regions = mentions.Where(m => m.Kind == MentionKind.Region).ToList();
        var result = new List<PlaceMention>();
        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Country or MentionKind.Relative || (anchorsOfDistance.Contains(m.Span) && RelativeClause(text, m) is null)) continue;
            // "in Kursk" in a report about "the Kursk region" is the region, unless it says "the city of Kursk".
            if (m.Kind == MentionKind.Settlement && regions.Find(r => r.Name.Length > m.Name.Length && r.Name[m.Name.Length] == ' ' && r.Name.StartsWith(m.Name, StringComparison.OrdinalIgnoreCase) && r.Country == m.Country) is { } region
                && !CityCue().IsMatch(text.AsSpan(Math.Max(0, m.Span.Start - 12), Math.Min(12, m.Span.Start))))
            {
                result.Add(region with { Span = m.Span, Text = m.Text });
                continue;
            }
            result.Add(m);
        }
        return result;
    }

    // "Kyiv said": the place is the speaker's name.
    private static bool SpokenBy(HashSet<TextSpan> speakers, PlaceMention p)
    {
        foreach (var sp in speakers)
            if (sp.Overlaps(p.Span)) return true;
        return false;
    }

    // "the Kursk governor", "Kyiv launched": the place is part of a claimant's name, or stands for its government.
    private static bool NamesClaimant(string text, List<ClaimantMention> claimants, PlaceMention p)
    {
        foreach (var c in claimants)
            if (c.Span.Overlaps(p.Span) && (c.Span.Length > p.Span.Length || c.IsPerson || !Locative(text, p))) return true;
        return false;
    }

    private static ClaimPlace ToClaimPlace(PlaceMention m) =>
        new(m.Name, m.GeoNameId, m.Admin1, m.Point) { Country = m.Country };

    // A trigger governs the first place after it and the places listed with that one ("near X, Y and Z
    // in the Donetsk region"); a place before any trigger is governed by the next one ("Kurakhove
    // fell"). Casualties attach to the places of the sentence's other claims.
    private static void GoverningTriggers(string text, PlaceMention place, List<PlaceMention> inSentence, List<EventTrigger> triggers, List<EventTrigger> governing)
    {
        // A place carried over from an earlier sentence stands for the whole sentence: each kind's first trigger governs it.
        if (place.Kind != MentionKind.Relative && !text.AsSpan(place.Span.Start, place.Span.Length).SequenceEqual(place.Text))
        {
            bool casualty = false, deployment = false;
            foreach (var t in triggers)
            {
                if (t.Kind == ClaimKind.Casualties && !casualty) casualty = true;
                else if (t.Kind == ClaimKind.Deployment && !deployment) deployment = true;
                else continue;
                governing.Add(t);
            }
            if (governing.Count == 0 && triggers.Count > 0) governing.Add(triggers[0]);
            return;
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
        if (best is { } b) governing.Add(b);
        foreach (var t in triggers)
            if (t.Kind == ClaimKind.Casualties) { governing.Add(t); break; }
    }

    // The clause of "X, a logistics hub toward which …" or "X, where …" up to the next comma or the sentence's end.
    // Described: the clause hangs on a noun ("X, a hub toward which", "X, the scene of"), the reporter's way
    // of telling who X is; a bare "X, which Russian troops stormed" belongs to whoever the sentence quotes.
    private static (TextSpan Clause, bool Described)? RelativeClause(string text, PlaceMention place)
    {
        var m = RelativeAfter().Match(text, place.Span.End, Math.Min(120, text.Length - place.Span.End));
        if (!m.Success) return null;
        int start = m.Index + m.Length, end = start;
        while (end < text.Length && text[end] is not (',' or ';' or '.' or '\n')) end++;
        return (new TextSpan(start, end), m.Groups["noun"].Success);
    }

    [GeneratedRegex(@"\G,\s+(?:(?<noun>a|an|the)\s+(?:scene|site|focus|centre|center|epicent(?:re|er)|target)\s+of|(?:(?<noun>a|an|the)\s+[^,;.()]{1,60}?\s+)?(?:(?:toward|towards|to|on|at|near|around|in|into|for|from)\s+)?(?:which|where))\b")]
    private static partial Regex RelativeAfter();

    private static bool Listed(string text, PlaceMention a, PlaceMention b) =>
        b.Span.Start - a.Span.End is >= 0 and <= 40 && ListGap().IsMatch(text.AsSpan(a.Span.End, b.Span.Start - a.Span.End));

    [GeneratedRegex(@"^(?:[\s,;]|\b(?:and|or|in|the|of|near|as\s+well\s+as|eastern|western|northern|southern|central|north|south|east|west|Ukraine's|Russia's|Ukraine’s|Russia’s|region|oblast|Oblast|Region|over|\d+)\b)+$")]
    private static partial Regex ListGap();

    private static Side? SideOf(EventTrigger trigger, PlaceMention place, List<SideCue> cues, Side claimant, string text, int clause, bool ownClause)
    {
        if (ownClause) cues = [.. cues.Where(c => c.Span.Start >= clause || c.Span.Start >= trigger.Span.End)];
        // The subject of the clause ("Ukrainian troops have driven Russian forces out of X") is the first force named after the speaker.
        // A force named as such ("Russian troops") outranks a bare name ("Kyiv", "Ukrainian") on the same side of the
        // trigger: the nearest strong cue before it and after it, else the nearest weak one.
        SideCue? subject = null, inside = null, strongBefore = null, weakBefore = null, strongAfter = null, weakAfter = null;
        foreach (var c in cues)
        {
            if (c.Span.End <= trigger.Span.Start)
            {
                if (!c.Weak && c.Span.Start >= clause) subject ??= c;
                if (c.Weak) weakBefore = c;
                else strongBefore = c;
            }
            else if (c.Span.Start >= trigger.Span.End)
            {
                if (c.Span.Start - trigger.Span.End >= 60) continue;
                if (c.Weak) weakAfter ??= c;
                else strongAfter ??= c;
            }
            if (c.Span.Overlaps(trigger.Span)) inside ??= c;
        }
        SideCue? before = strongBefore ?? weakBefore, after = strongAfter ?? weakAfter;
        Side? belligerent = claimant == Side.Russia || claimant == Side.Ukraine ? claimant : null;
        Side? placeCountry = Side.TryParse(place.Country);
        Side? attackerByGeography = placeCountry is { } pc ? SideCues.Opposite(pc) : null;
        return trigger.Effect switch
        {
            // "deployed 12,000 North Korean troops" names the force after the verb; "North Korean troops
            // were stationed at Russian units" names it before.
            TriggerEffect.Deploy => (!Passive(text, trigger) && after is { } f && f.Span.Start - trigger.Span.End < 25 && IsTroopCue(text, f) ? f.Side : (Side?)null)
                ?? (before is { } p && IsTroopCue(text, p) ? p.Side : (Side?)null) ?? inside?.Side ?? before?.Side ?? after?.Side ?? belligerent,
            // "DeepState reported the occupation of X": a capture with nobody named is by the side that does not hold
            // the country; "liberated", "holds" and "advancing" unnamed are the claimant's own side's.
            TriggerEffect.Capture => inside?.Side ?? subject?.Side ?? before?.Side ?? ByAgent(text, trigger, cues) ?? after?.Side ?? attackerByGeography ?? belligerent,
            // "the liberation of X from Russian occupiers" names the side driven out after the word.
            TriggerEffect.Liberate => inside?.Side ?? subject?.Side ?? before?.Side ?? ByAgent(text, trigger, cues) ?? belligerent,
            TriggerEffect.Hold or TriggerEffect.Enter or TriggerEffect.Advance
                => inside?.Side ?? subject?.Side ?? before?.Side ?? ByAgent(text, trigger, cues) ?? after?.Side ?? belligerent,
            TriggerEffect.Withdraw => (subject?.Side ?? before?.Side ?? belligerent) is { } w ? SideCues.Opposite(w) : null,
            // "Heavy fighting near X", "Russian troops are fighting near X": who fights is named, who attacks is not;
            // the side that does not hold the place's country is taken to attack.
            TriggerEffect.Clash => attackerByGeography ?? inside?.Side ?? before?.Side ?? after?.Side ?? (belligerent is { } cb ? SideCues.Opposite(cb) : null),
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

    // Denial: where DenialSearch finds its first match in the sentence, -1 for none.
    private static Claimant? OtherDenier(string text, TextSpan s, int denial, List<ClaimantMention> claimants, Attribution attribution)
    {
        if (denial < 0) return null;
        denial += s.Start;
        var near = claimants.LastOrDefault(c => s.Contains(c.Span) && c.Span.End <= denial && denial - c.Span.End <= 40);
        return near is not null && near.Claimant != attribution.Claimant && attribution.Speaker is { } sp && sp.End <= near.Span.Start ? near.Claimant : null;
    }

    // SpeakerDenies: DenialSearch matches in the sentence (OtherDenier's search, not repeated) and no other claimant denies.
    private static Modality ModalityOf(string text, List<Sentence> sentences, int i, Attribution attribution, bool speakerDenies)
    {
        var s = sentences[i].Span;
        var sentence = text.AsSpan(s.Start, s.Length);
        if (UnverifiedSearch.IsMatch(sentence)) return Modality.Unverified;
        if (attribution.Denies || speakerDenies || Doubted().IsMatch(sentence)) return Modality.Denied;
        if (i + 1 < sentences.Count && sentences[i + 1].Paragraph == sentences[i].Paragraph
            && UnverifiedSearch.IsMatch(text.AsSpan(sentences[i + 1].Span.Start, sentences[i + 1].Span.Length))) return Modality.Unverified;
        if (HedgeSearch.IsMatch(sentence)) return Modality.Hedged;
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

    // "a road running towards the city of Kursk", "attacks originating from the Kursk region": a place that
    // gives a direction or an origin is not where the event happened.
    private static bool Waypoint(string text, PlaceMention p) =>
        WaypointBefore().IsMatch(text.AsSpan(Math.Max(0, p.Span.Start - 60), Math.Min(60, p.Span.Start)));

    [GeneratedRegex(@"(?:\b(?:road|highway|motorway|route|railway|rail\s+line|supply\s+line)s?\b[^.,;]{0,30}?\b(?:to|towards?|from|between|linking|connecting|leading|running)|\b(?:originat\w+|launched|fired|coming|flying)\s+from)\s+(?:the\s+)?(?:(?:city|town|village|direction|region)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WaypointBefore();

    // ", commander of a Chechen unit fighting for Russia in Kursk" right after the speaker's name, up to the next comma or the sentence's end.
    private static TextSpan? Descriptor(string text, TextSpan? speaker, TextSpan sentence)
    {
        if (speaker is not { } sp || !sentence.Contains(sp)) return null;
        var m = DescriptorAfter().Match(text, sp.End, sentence.End - sp.End);
        if (!m.Success) return null;
        int end = m.Index + m.Length;
        while (end < sentence.End && text[end] is not (',' or ';')) end++;
        return new TextSpan(sp.End, end);
    }

    // "DeepState, the Ukrainian monitoring project, reported …": the aside between a speaker and the verb says who
    // speaks, not who acts.
    private static TextSpan? SpeakerAside(string text, TextSpan? speaker, TextSpan sentence)
    {
        if (speaker is not { } sp || !sentence.Contains(sp)) return null;
        var m = AsideAfter().Match(text, sp.End, sentence.End - sp.End);
        return m.Success ? new TextSpan(sp.End, m.Index + m.Length) : null;
    }

    [GeneratedRegex(@"\G,\s+(?:the|a|an)\s+[^,;.]{1,60},")]
    private static partial Regex AsideAfter();

    [GeneratedRegex(@"\G,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:commander|spokes(?:man|woman|person)|head|chief|governor|minister|officer|leader|member|analyst|adviser|advisor|director|deputy|representative)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptorAfter();

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

    [GeneratedRegex(@"^\s+(?:direction|axis|sector)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Axis();

    [GeneratedRegex(@"\b(?:lack\s+of|no|not|failed\s+to|fail\s+to|without|little|never|stalled)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex NoAdvanceBefore();

    // "its fall would open the road", "if Pokrovsk falls": nothing has happened anywhere in the sentence.
    [GeneratedRegex(@"\b(?:would|could|might)\s+(?:be|mean|allow|enable|give|open|deal|hand|mark)\b|\bif\s+\w+(?:\s+\w+)?\s+(?:falls?|fell|(?:is|was|were)\s+(?:captured|taken|lost))", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    // "as the Russian army tries to seize it", "in their goal of seizing": an aim, not an event, for the verb it governs only.
    private static bool Intended(string text, EventTrigger trigger, TextSpan sentence)
    {
        int from = Math.Max(sentence.Start, trigger.Span.Start - 40);
        return IntentBefore().IsMatch(text.AsSpan(from, trigger.Span.Start - from));
    }

    [GeneratedRegex(@"\b(?:aim|aims|aiming|aimed|seek|seeks|seeking|sought|try|trying|tries|tried|attempt|attempts|attempting|attempted|plans?|planning|planned|intends?|intended|goal|bid|effort|efforts|push|pushing|hopes?|hoping)\s+(?:(?:is|was)\s+)?(?:to|of|at)?\s*(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex IntentBefore();

    private static int? SubordinateStart(string text, int from, int to)
    {
        int? start = null;
        foreach (var m in Subordinator().EnumerateMatches(text.AsSpan(from, to - from))) start = from + m.Index + m.Length;
        return start;
    }

    [GeneratedRegex(@"\b(?:since|until|when|while|because|although|though|whereas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"\b(?:across|throughout|all\s+over)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryWide();

    // "both villages", "both areas of the front", "the two towns": the settlements of the sentence before.
    [GeneratedRegex(@"\b(?:both|the\s+two)\s+(?:(?:frontline|front-line|embattled)\s+)?(?:villages|towns|cities|settlements|areas|places|localities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BothPlaces();

    [GeneratedRegex(@"^attacks?\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttackOn();

    [GeneratedRegex(@"^\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|treaty|initiative|talks|accord|pact|corridor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftAgreement();

    [GeneratedRegex(@"\b(?:regularly|frequent|frequently|constantly|routinely|often|habitually|daily\s+(?:attacks|shelling|strikes))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Habitual();

    // Ground assaults take positions; attacks on homes, ports and "15 communities" are shelling and strikes.
    [GeneratedRegex(@"\b(?:communities|residential|apartment\s+(?:block|building)s?|houses|homes|hospitals?|schools?|ports?|infrastructure|power\s+(?:plants?|stations?|grid)|energy\s+facilit(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianTargets();

    [GeneratedRegex(@"\b(?:civilians?|residents?|people|persons?|man|men|woman|women|child|children|boy|girl|driver|pensioner|family|families)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CivilianVictims();

    [GeneratedRegex(@"^[\w\s'’-]*?\b(?:troops|soldiers|servicemen|forces?|fighters|personnel|army|military|units?|losses|casualties|men|marines|mercenaries|officers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TroopCue();

    [GeneratedRegex(@"\b(?:there|(?:the|this|that)\s+(?:town|city|village|settlement|area|region|oblast|front|district|locality))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriesPlaceOver();

    [GeneratedRegex(@"\b(?:this|the|that)\s+(?:(?:latest|overnight|morning|night|drone|missile|air)\s+)?(?:attack|strike|shelling|bombardment|raid|assault)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventAnaphor();

    [GeneratedRegex(@"\bthe\s+(?:(?:key|strategic|embattled|besieged|devastated|ruined|eastern|frontline|front-line|industrial|small|nearby|coastal|port|border)\s+)?(?:city|town|village|settlement)\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SettlementAnaphor();

    [GeneratedRegex(@"\b(?:police|emergenc\w*|rescuers|prosecutor\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex CivilService();

    [GeneratedRegex(@"(?:city|town)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CityCue();

    [GeneratedRegex(@"(\d{1,3})\s*(?:%|per\s*cent|percent)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:most|much|majority|half|bulk|nearly\s+(?:all|the\s+entire)|almost\s+(?:all|the\s+entire)|large\s+parts?)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex MostOf();

    [GeneratedRegex(@"\b(?:(?:a|one|two)\s+(?:third|quarter)s?\s+of|parts?\s+of|a\s+slice\s+of|outskirts|edge\s+of|sections?\s+of|areas?\s+of|districts?\s+of|pocket|foothold|bridgehead|positions\s+(?:around|in|near)|some\s+of|neighbou?rhoods?\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^(?:troops|soldiers|servicemen|personnel|fighters|men|special\s+forces|forces|marines|paratroopers|mercenaries)", RegexOptions.IgnoreCase)]
    private static partial Regex TroopNoun();

    private const string DenialPattern =
        @"\b(?:denied|denies|deny|denying|rejected|refuted|dismissed\s+(?:the\s+)?(?:claims?|reports?)|not\s+true|untrue|fake|false\s+(?:claims?|reports?)|disinformation|(?:do|does|did)\s+not\s+correspond\s+to\s+reality|so-called|baseless|groundless|fabricat\w*)\b";

    private static readonly PrefilteredRegex DenialSearch = new(Denial(), AnchoredDenial());

    [GeneratedRegex(DenialPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\G(?:" + DenialPattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredDenial();

    // "Moscow prematurely claimed that X had fallen": the speaker casts doubt on someone else's claim.
    [GeneratedRegex(@"\b(?:prematurely|falsely|wrongly)\s+(?:claimed|claims|announced|declared|reported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubted();

    private const string UnverifiedPattern =
        @"\b(?:could\s+not|cannot|can\s*not|couldn't|can't|was\s+unable\s+to|were\s+unable\s+to|unable\s+to|did\s+not)\s+(?:immediately\s+|independently\s+)*(?:verify|confirm)|(?:could\s+not|cannot)\s+be\s+(?:independently\s+)?(?:verified|confirmed)|neither\s+confirmed\s+nor\s+denied|remains?\s+unclear|(?:was|is)\s+not\s+(?:immediately\s+)?clear|unverified|not\s+(?:been\s+)?independently\s+verified";

    private static readonly PrefilteredRegex UnverifiedSearch = new(Unverified(), AnchoredUnverified());

    [GeneratedRegex(UnverifiedPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Unverified();

    [GeneratedRegex(@"\G(?:" + UnverifiedPattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredUnverified();

    private const string HedgePattern =
        @"\b(?:suggests?|suggested|suggesting|reportedly|likely|believed|believes|appears?|apparently|allegedly|alleged|possibly|probably|may\s+have|might\s+have|it\s+is\s+thought|purportedly|unconfirmed\s+reports?|conflicting\s+(?:reports|accounts))\b";

    private static readonly PrefilteredRegex HedgeSearch = new(Hedge(), AnchoredHedge());

    [GeneratedRegex(HedgePattern, RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\G(?:" + HedgePattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredHedge();
}
