using System.Globalization;
using System.Text.Json;
using Frontwatch.Gazetteer;

namespace Frontwatch.Bench;

/// <summary>
/// <c>dump</c>: writes generated wire reports as a JSON Lines news dump (title, text, published, outlet, url), the
/// input of the ingest benchmark. Same generator and seed as <c>extract</c>, report length chosen by the caller.
/// </summary>
internal static class DumpCommand
{
    public const string Usage = "usage: frontwatch-bench dump --out FILE [--reports 10000] [--kb 5] [--seed 2022] [--gazetteer FILE]...";

    public static int Run(IReadOnlyList<string> args)
    {
        string? output = null;
        int count = 10_000, seed = 2022;
        double kb = 5;
        var files = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--out" when Value() is { } v: output = v; break;
                case "--reports" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int n) && n > 0: count = n; break;
                case "--kb" when Value() is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double k) && k >= 2: kb = k; break;
                case "--seed" when Value() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out int s): seed = s; break;
                case "--gazetteer" when Value() is { } v: files.Add(v); break;
                default:
                    Console.Error.WriteLine($"frontwatch-bench: bad or incomplete argument '{args[i]}'");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (output is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions
        {
            Cities500 = File.Exists(RepoPaths.Cities500) ? RepoPaths.Cities500 : null,
            DataDirectory = RepoPaths.DataDirectory,
            ExtraFiles = files,
            CacheDirectory = RepoPaths.GazetteerCache,
        });
        int chars = (int)(kb * 1000);
        var corpus = ReportCorpus.Generate(PlaceNamePool.From(gazetteer), long.MaxValue, seed, claimShare: 0.5,
            maxReports: count, minReportChars: chars - 1000, maxReportChars: chars + 1000);

        var random = new Random(seed ^ 0x5eed);
        using (var stream = new BufferedStream(File.Create(output), 1 << 16))
        using (var json = new Utf8JsonWriter(stream))
            for (int i = 0; i < corpus.Reports.Count; i++)
            {
                string text = corpus.Reports[i];
                int nl = text.IndexOf('\n', StringComparison.Ordinal);
                json.Reset();
                json.WriteStartObject();
                json.WriteString("title", nl < 0 ? text : text[..nl]);
                json.WriteString("text", nl < 0 ? text : text[(nl + 1)..]);
                json.WriteString("published", new DateOnly(2025, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("outlet", WireTemplates.Outlets[random.Next(WireTemplates.Outlets.Length)]);
                json.WriteString("url", $"https://bench.example/{i:D5}");
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
            }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Reports.Count:N0} reports, {corpus.Megabytes:F1} MB of text ({corpus.Utf8Bytes / corpus.Reports.Count / 1000.0:F1} KB a report) in {output}"));
        return 0;
    }
}
