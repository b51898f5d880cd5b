using System.Text.Json;
using Frontwatch.Core;
using Frontwatch.Tests;

namespace Frontwatch.Gazetteer.Tests;

/// <summary>
/// Measured on the shared evaluation reports (when ../shared/eval/dev is present): every gold place
/// with a GeoNames id is found with that id, and no report yields a place in a country it never mentions.
/// </summary>
public sealed class EvalPlacesTests
{
    private static readonly string Dev = Path.Combine(TestPaths.Shared, "eval", "dev");

    private static readonly Lazy<PlaceRecognizer> Recognizer = new(() => new PlaceRecognizer(PlaceGazetteer.Load(new GazetteerOptions
    {
        Cities500 = TestPaths.Cities500,
        DataDirectory = TestPaths.Data,
        ExtraFiles = TestPaths.FullUkraine is { } full ? [full] : [],
    })));

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(Dev))
            foreach (var f in Directory.GetFiles(Dev, "*.gold.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        else data.Add("");
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_gold_place_with_a_GeoNames_id_is_found_with_that_id(string gold)
    {
        if (gold.Length == 0 || TestPaths.FullUkraine is null) return;
        var (report, mentions) = Recognize(gold);
        var found = mentions.Where(m => m.GeoNameId is not null).Select(m => m.GeoNameId!.Value).ToHashSet();
        var missing = GoldIds(gold).Where(id => !found.Contains(id.Id)).Select(id => $"{id.Name} ({id.Id})").ToList();
        Assert.True(missing.Count == 0, $"{report.Source}: gold places not found: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void No_place_is_resolved_to_a_country_the_report_does_not_support(string gold)
    {
        if (gold.Length == 0) return;
        var (report, mentions) = Recognize(gold);
        var named = mentions.Where(m => m.Kind is MentionKind.Country or MentionKind.Region).Select(m => m.Country).ToHashSet();
        var wrong = mentions.Where(m => m.Kind == MentionKind.Settlement && !named.Contains(m.Country) && !AdjectiveNamed(report.Body, m.Country!))
            .Select(m => $"{m.Text} → {m.Name} ({m.Country})").ToList();
        Assert.True(wrong.Count == 0, $"{report.Source}: {string.Join(", ", wrong)}");
    }

    private static bool AdjectiveNamed(string body, string country) => country switch
    {
        "UA" => body.Contains("Ukrain", StringComparison.Ordinal) || body.Contains("Kyiv", StringComparison.Ordinal),
        "RU" => body.Contains("Russia", StringComparison.Ordinal) || body.Contains("Moscow", StringComparison.Ordinal),
        _ => false,
    };

    private static (Report Report, List<PlaceMention> Mentions) Recognize(string gold)
    {
        string txt = Path.Combine(Dev, gold.Replace(".gold.json", ".txt", StringComparison.Ordinal));
        var report = ReportParser.Parse(txt, File.ReadAllText(txt));
        return (report, Recognizer.Value.Recognize(report.Body));
    }

    private static IEnumerable<(int Id, string Name)> GoldIds(string gold)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dev, gold)));
        foreach (var claim in doc.RootElement.GetProperty("claims").EnumerateArray())
            if (claim.TryGetProperty("place", out var place) && place.TryGetProperty("geonameid", out var id) && id.ValueKind == JsonValueKind.Number)
                yield return (id.GetInt32(), place.GetProperty("name").GetString() ?? "");
    }
}
