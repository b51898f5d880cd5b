using System.Globalization;
using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Gazetteer;

namespace Frontwatch.Bench;

/// <summary>
/// <c>extract --stages</c>: the extractor's public stages timed one by one over the same reports,
/// each fed what <see cref="ClaimExtractor.Extract"/> feeds it, and the rest of Extract (its claim
/// loop: captions, datelines, office titles, side and modality rules, LINQ) as the difference.
/// Shares are of the extracting thread's CPU time.
/// </summary>
internal sealed class StageProfile
{
    private readonly List<(string Name, Timing Timing)> _stages;
    private readonly Timing _extract;

    private StageProfile(List<(string, Timing)> stages, Timing extract, long sentences, long triggerSentences, long placeTriggerSentences)
    {
        _stages = stages;
        _extract = extract;
        Sentences = sentences;
        TriggerSentences = triggerSentences;
        PlaceTriggerSentences = placeTriggerSentences;
    }

    public long Sentences { get; }

    /// <summary>Sentences with at least one trigger: the only ones that can give a claim.</summary>
    public long TriggerSentences { get; }

    /// <summary>Sentences with a trigger and a recognised place.</summary>
    public long PlaceTriggerSentences { get; }

    public static StageProfile Measure(PlaceGazetteer gazetteer, List<Report> reports, Timing extract, int runs)
    {
        string data = RepoPaths.DataDirectory;
        var lexicon = ClaimantLexicon.Load(Path.Combine(data, "claimants.tsv"));
        var triggers = TriggerLexicon.Load(Path.Combine(data, "event-triggers.tsv"));
        var places = new PlaceRecognizer(gazetteer);
        var claimantRecognizer = new ClaimantRecognizer(lexicon);

        // What each stage is given, computed once and untimed.
        var sentences = reports.Select(r => SentenceSplitter.Split(r.Body)).ToList();
        var claimants = reports.Select(r => claimantRecognizer.Recognize(r.Body)).ToList();
        var mentions = reports.Select(r => places.Recognize(r.Body)).ToList();
        var outlets = reports.Select(r => new Claimant(r.Outlet ?? "unknown outlet", Side.None, ClaimantType.Media)).ToList();
        var triggerSpans = new List<List<TextSpan>>(reports.Count);
        long sentenceCount = 0, withTrigger = 0, withPlace = 0;
        for (int r = 0; r < reports.Count; r++)
        {
            var spans = new List<TextSpan>();
            foreach (var s in sentences[r])
            {
                sentenceCount++;
                if (triggers.Find(reports[r].Body, s.Span).Count == 0) continue;
                spans.Add(s.Span);
                withTrigger++;
                if (mentions[r].Any(m => s.Span.Contains(m.Span))) withPlace++;
            }
            triggerSpans.Add(spans);
        }

        var stages = new List<(string, Timing)>();
        void Stage(string name, Action body) => stages.Add((name, Timing.Measure(1, runs, body, CpuClock.Thread)));

        Stage("sentences (SentenceSplitter.Split)", () =>
        {
            foreach (var r in reports) SentenceSplitter.Split(r.Body);
        });
        Stage("places (PlaceRecognizer.Recognize)", () =>
        {
            foreach (var r in reports) places.Recognize(r.Body);
        });
        Stage("claimants (ClaimantRecognizer.Recognize)", () =>
        {
            foreach (var r in reports) claimantRecognizer.Recognize(r.Body);
        });
        Stage("attribution (Attributor.Attribute)", () =>
        {
            for (int r = 0; r < reports.Count; r++) Attributor.Attribute(reports[r].Body, sentences[r], claimants[r], outlets[r]);
        });
        Stage("triggers (TriggerLexicon.Find, every sentence)", () =>
        {
            for (int r = 0; r < reports.Count; r++)
                foreach (var s in sentences[r]) triggers.Find(reports[r].Body, s.Span);
        });
        Stage("side cues (SideCues.Find, trigger sentences)", () =>
        {
            for (int r = 0; r < reports.Count; r++)
                foreach (var s in triggerSpans[r]) SideCues.Find(reports[r].Body, s, Side.Russia);
        });
        Stage("counts (CountParser.Find, trigger sentences)", () =>
        {
            for (int r = 0; r < reports.Count; r++)
                foreach (var s in triggerSpans[r]) CountParser.Find(reports[r].Body.Substring(s.Start, s.Length));
        });
        Stage("dates (DateResolver.Resolve, trigger sentences)", () =>
        {
            for (int r = 0; r < reports.Count; r++)
                foreach (var s in triggerSpans[r]) DateResolver.Resolve(reports[r].Body.Substring(s.Start, s.Length), reports[r].Published!.Value);
        });
        return new StageProfile(stages, extract, sentenceCount, withTrigger, withPlace);
    }

    public void Print(double mb)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"stages (--stages; thread CPU, median of {_stages[0].Timing.Runs}): {Sentences:N0} sentences, {TriggerSentences:N0} with a trigger ({100.0 * TriggerSentences / Sentences:F0} %), {PlaceTriggerSentences:N0} with a trigger and a place"));
        Console.WriteLine(string.Create(inv, $"  {"stage",-64} {"CPU s",7} {"MB/CPU-s",9} {"share",6}"));
        foreach (var f in Figures())
            Console.WriteLine(string.Create(inv, $"  {f.Name,-64} {f.CpuSeconds,7:F3} {(f.CpuSeconds > 0 ? mb / f.CpuSeconds : double.NaN),9:F1} {f.Share * 100,5:F0} %"));
    }

    public List<StageFigures> Figures()
    {
        double total = _extract.CpuMedian;
        var figures = _stages.Select(s => new StageFigures(s.Name, Math.Round(s.Timing.Median, 4), Math.Round(s.Timing.CpuMedian, 4), Math.Round(s.Timing.CpuMedian / total, 3))).ToList();
        double rest = total - _stages.Sum(s => s.Timing.CpuMedian);
        figures.Add(new StageFigures("rest of Extract (claim loop: per-sentence regexes, rules, LINQ)", -1, Math.Round(rest, 4), Math.Round(rest / total, 3)));
        figures.Add(new StageFigures("Extract, whole", Math.Round(_extract.Median, 4), Math.Round(total, 4), 1));
        return figures;
    }
}

/// <summary>One stage's median wall and thread-CPU seconds over the corpus and its share of Extract's thread CPU.</summary>
internal sealed record StageFigures(string Name, double Seconds, double CpuSeconds, double Share);
