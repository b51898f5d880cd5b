using System.Diagnostics;
using System.Globalization;
using Frontwatch.Assessment;
using Frontwatch.Core;

namespace Frontwatch.Bench;

/// <summary>
/// The assessment over a generated claim set: grading every claim and building every place's timeline (a full
/// recompute), then answering one date from the timelines. Claims are spread over places, claimants (with
/// sides, types and reliabilities like the lexicon's), kinds, sides, modalities, syndication clusters and three years.
/// </summary>
internal static class AssessBenchmark
{
    public const string Usage = "usage: frontwatch-bench assess [--claims 1000000] [--places 10000] [--runs 3] [--seed 2022]";

    public static int Run(string[] args)
    {
        int claims = 1_000_000, places = 10_000, runs = 3, seed = 2022;
        for (int i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            bool ok = args[i] switch
            {
                "--claims" => int.TryParse(Value(), CultureInfo.InvariantCulture, out claims),
                "--places" => int.TryParse(Value(), CultureInfo.InvariantCulture, out places),
                "--runs" => int.TryParse(Value(), CultureInfo.InvariantCulture, out runs),
                "--seed" => int.TryParse(Value(), CultureInfo.InvariantCulture, out seed),
                _ => false,
            };
            if (!ok || claims < 1 || places < 1 || runs < 1)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
        }
        var evidence = Generate(claims, places, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {claims:N0} claims on {places:N0} places"));
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var recompute = new List<double>();
        var gradeTimes = new List<double>();
        List<PlaceTimeline> timelines = [];
        long peak = 0;
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var grades = ClaimGrader.GradeAll(evidence);
            double graded = watch.Elapsed.TotalSeconds;
            timelines = ControlAssessor.Timelines(evidence, grades);
            recompute.Add(watch.Elapsed.TotalSeconds);
            gradeTimes.Add(graded);
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var day = new DateOnly(2024, 6, 1);
        var answer = new List<double>();
        int assessed = 0;
        for (int r = 0; r < Math.Max(5, runs); r++)
        {
            var watch = Stopwatch.StartNew();
            assessed = 0;
            foreach (var t in timelines)
                if (t.At(day) is not null) assessed++;
            answer.Add(watch.Elapsed.TotalMilliseconds);
        }
        // The control areas and line on that day: Voronoi cells of the assessed places clipped to the bundled land.
        var boundaries = Path.Combine(RepoPaths.Root, "artifacts", "boundaries", "countries.geojson");
        string mapLine = "control map: skipped (no artifacts/boundaries/countries.geojson; run ./setup)";
        if (File.Exists(boundaries))
        {
            var land = Land.Load(boundaries);
            var mapTimes = new List<double>();
            ControlMap? map = null;
            for (int r = 0; r < runs; r++)
            {
                var watch = Stopwatch.StartNew();
                map = ControlMap.Build(day, timelines, land);
                mapTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
            mapLine = string.Create(CultureInfo.InvariantCulture,
                $"control map ({day:yyyy-MM-dd}): median {Median(mapTimes):F0} ms for {map!.Places.Count:N0} places, {map.Areas.Count} areas, line of {map.Line.NumPoints:N0} points");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full recompute (grade every claim, every timeline): median {Median(recompute):F2} s of {runs} runs ({string.Join(", ", recompute.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}); grading alone {Median(gradeTimes):F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one date ({day:yyyy-MM-dd}) from the timelines: median {Median(answer):F2} ms, {assessed:N0} places assessed"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: timelines and grades hold {held / 1e6:F0} MB after a full collection; managed heap peak seen {peak / 1e6:F0} MB; {timelines.Sum(t => t.States.Count):N0} states"));
        Console.WriteLine(mapLine);
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static List<Evidence> Generate(int count, int places, int seed)
    {
        var random = new Random(seed);
        var claimants = new List<(Claimant, char)>();
        string[] reliabilities = ["B", "C", "C", "D", "E", "F"];
        for (int i = 0; i < 200; i++)
        {
            var side = (i % 3) switch { 0 => Side.Russia, 1 => Side.Ukraine, _ => Side.None };
            var type = (ClaimantType)(i % 6);
            claimants.Add((new Claimant($"Claimant {i}", side, type), reliabilities[i % reliabilities.Length][0]));
        }
        ClaimKind[] kinds = [ClaimKind.Control, ClaimKind.Control, ClaimKind.Fighting, ClaimKind.Fighting, ClaimKind.Strike, ClaimKind.Advance, ClaimKind.Casualties, ClaimKind.Deployment];
        var start = new DateOnly(2022, 3, 1);
        var evidence = new List<Evidence>(count);
        var placeList = Enumerable.Range(0, places).Select(p => new ClaimPlace($"Place {p}", 100_000 + p, "Donetsk", new GeoPoint(47 + p % 100 * 0.03, 36 + p / 100 * 0.03))).ToArray();
        for (int i = 0; i < count; i++)
        {
            var (claimant, reliability) = claimants[random.Next(claimants.Count)];
            var kind = kinds[random.Next(kinds.Length)];
            var side = random.Next(2) == 0 ? Side.Russia : Side.Ukraine;
            var modality = random.Next(10) switch { 0 => Modality.Hedged, 1 => Modality.Denied, 2 => Modality.Unverified, _ => Modality.Asserted };
            var claim = new Claim(kind, claimant, placeList[random.Next(places)], side, modality, "generated")
            {
                Extent = kind == ClaimKind.Control ? (Extent)random.Next(3) : null,
                Outcome = kind == ClaimKind.Fighting ? (Outcome)random.Next(3) : null,
            };
            // About three reports per syndication cluster.
            evidence.Add(new Evidence(i, claim, i / 3, start.AddDays(random.Next(1000)), reliability));
        }
        return evidence;
    }
}
