using System.Globalization;
using System.Text;

namespace Frontwatch.Bench;

/// <summary>
/// A deterministic corpus of invented wire reports (3–5 KB each, paragraphs of two to four
/// sentences) with about one place mention per <see cref="CharsPerPlace"/> characters.
/// </summary>
internal sealed class ReportCorpus
{
    public const int CharsPerPlace = 150;

    private ReportCorpus(List<string> reports, long utf8Bytes, int placesWritten)
    {
        Reports = reports;
        Utf8Bytes = utf8Bytes;
        PlacesWritten = placesWritten;
    }

    public IReadOnlyList<string> Reports { get; }

    /// <summary>Size of all reports in UTF-8, the encoding grep reads; MB/s figures divide this.</summary>
    public long Utf8Bytes { get; }

    /// <summary>Place names the generator wrote into the text.</summary>
    public int PlacesWritten { get; }

    public double Megabytes => Utf8Bytes / 1e6;

    /// <summary>
    /// Generates at least <paramref name="minBytes"/> of reports. With <paramref name="claimShare"/>
    /// above 0, that share of the sentences that name a place are drawn from
    /// <see cref="WireTemplates.Claims"/> (the <c>extract</c> corpus); at 0 the text is the
    /// <c>places</c> corpus, unchanged for a given seed. <paramref name="maxReports"/> stops it earlier, after that
    /// many reports; each report's length is drawn from [<paramref name="minReportChars"/>, <paramref name="maxReportChars"/>].
    /// </summary>
    public static ReportCorpus Generate(
        PlaceNamePool names, long minBytes, int seed, double claimShare = 0, int maxReports = int.MaxValue, int minReportChars = 3000, int maxReportChars = 5000)
    {
        var random = new Random(seed);
        var reports = new List<string>();
        long bytes = 0;
        int places = 0;
        var report = new StringBuilder(6000);
        var paragraph = new StringBuilder(1000);
        while (bytes < minBytes && reports.Count < maxReports)
        {
            report.Clear();
            int target = random.Next(minReportChars, maxReportChars + 1);
            places += Expand(Pick(random, WireTemplates.Headlines), names, random, report);
            report.Append('\n');
            int placesInBody = 0, bodyStart = report.Length;
            bool first = true;
            while (report.Length < target)
            {
                paragraph.Clear();
                if (first) Expand(Pick(random, WireTemplates.Datelines), names, random, paragraph);
                int sentences = random.Next(2, 5);
                for (int s = 0; s < sentences; s++)
                {
                    if (s > 0) paragraph.Append(' ');
                    // Keep the running density near one place per CharsPerPlace, with some randomness either way.
                    double expected = (report.Length - bodyStart + paragraph.Length) / (double)CharsPerPlace;
                    bool withPlace = placesInBody < expected - 1 || (placesInBody <= expected + 1 && random.Next(2) == 0);
                    var templates = !withPlace ? WireTemplates.WithoutPlaces
                        : claimShare > 0 && random.NextDouble() < claimShare ? WireTemplates.Claims : WireTemplates.WithPlaces;
                    placesInBody += Expand(Pick(random, templates), names, random, paragraph);
                }
                report.Append('\n').Append(paragraph).Append('\n');
                first = false;
            }
            places += placesInBody;
            string text = report.ToString();
            reports.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return new ReportCorpus(reports, bytes, places);
    }

    /// <summary>Writes the reports one after another, a blank line between them, as grep will read them; stops after the report that passes <paramref name="maxBytes"/>.</summary>
    public void WriteTo(string path, long maxBytes = long.MaxValue)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var writer = new StreamWriter(path, append: false, utf8);
        long written = 0;
        foreach (var report in Reports)
        {
            if (written >= maxBytes) break;
            writer.Write(report);
            writer.Write('\n');
            written += utf8.GetByteCount(report) + 1;
        }
    }

    /// <summary>Writes each report as one JSON string per line (the reports hold line breaks), for the node peer of <c>extract</c>.</summary>
    public void WriteJsonLines(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var report in Reports)
        {
            // Non-ASCII characters are written as \uXXXX escapes, which JSON.parse turns back into the same text.
            writer.Write(System.Text.Json.JsonSerializer.Serialize(report, BenchJsonContext.Default.String));
            writer.Write('\n');
        }
    }

    // Fills a template's slots; returns how many place names it wrote.
    private static int Expand(string template, PlaceNamePool names, Random random, StringBuilder into)
    {
        int places = 0, i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { into.Append(template, i, template.Length - i); break; }
            into.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            string slot = template[(open + 1)..close];
            switch (slot)
            {
                case "place":
                    into.Append(random.Next(4) == 0 ? names.Region(random) : names.Settlement(random));
                    places++;
                    break;
                case "town": into.Append(names.Settlement(random)); places++; break;
                case "region": into.Append(names.Region(random)); places++; break;
                case "who": into.Append(Pick(random, WireTemplates.Claimants)); break;
                case "person": into.Append(Pick(random, WireTemplates.Officials)); break;
                case "unit": into.Append(Pick(random, WireTemplates.Units)); break;
                case "weapon": into.Append(Pick(random, WireTemplates.Weapons)); break;
                case "day": into.Append(Pick(random, WireTemplates.Days)); break;
                case "dir": into.Append(Pick(random, WireTemplates.Directions)); break;
                case "n": into.Append(random.Next(2, 41).ToString(CultureInfo.InvariantCulture)); break;
                case "date":
                    into.Append(Pick(random, WireTemplates.Months)).Append(' ').Append(random.Next(1, 29).ToString(CultureInfo.InvariantCulture));
                    break;
                case "km":
                    into.Append(random.Next(2, 31).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Pick(random, WireTemplates.DistanceUnits));
                    break;
                default: throw new InvalidOperationException($"template slot {{{slot}}} is unknown: {template}");
            }
            i = close + 1;
        }
        return places;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
