using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Browser.Tests;

/// <summary>A SQLite store of reports written for the map tests, extracted by the real extractor.</summary>
internal static class MapStore
{
    public static PlaceGazetteer Gazetteer => WrittenReports.Gazetteer;

    /// <summary>Markup a report carries in its text; the page must show it as text.</summary>
    public const string Img = "<img src=x onerror=alert(1)>";

    /// <summary>Markup in a report's title and outlet.</summary>
    public const string ScriptTitle = "Strikes on Kramatorsk <script>alert(\"title\")</script>";

    /// <summary>The evidence of the ministry's capture claim, followed in its paragraph by another sentence.</summary>
    public const string CaptureSentence = "Russian forces have captured the town of Kupiansk in the Kharkiv region, the Russian Ministry of Defence said on Monday.";

    /// <summary>
    /// Kupiansk captured by Russia in February (the ministry, with DeepState showing it against its side's interest)
    /// and liberated by Ukraine in March (the General Staff, confirmed by ISW); a strike on Kramatorsk told in a report
    /// whose title, outlet and text hold markup.
    /// </summary>
    public static IReadOnlyList<(string Title, string Outlet, string Published, string Body)> Reports { get; } =
    [
        ("Russia says it has captured Kupiansk", "Test Wire", "2025-02-03",
            "MOSCOW, Feb 3 (Test Wire) - Fighting continued along the front in eastern Ukraine on Monday.\n\n" +
            CaptureSentence + " Kyiv did not immediately comment.\n\n" +
            "The ministry said its troops had also repelled attacks near Lyman."),
        ("DeepState shows Kupiansk under Russian control", "Other Wire", "2025-02-05",
            "KYIV, Feb 5 (Other Wire) - Ukrainian monitoring group DeepState on Wednesday showed the town of Kupiansk under Russian control."),
        (ScriptTitle, "<b>Bold Outlet</b>", "2025-02-20",
            "KRAMATORSK, Feb 20 (Bold Outlet) - A Russian missile struck Kramatorsk overnight, the regional governor said on Thursday.\n\n" +
            "A resident posted " + Img + " on social media after the strike, he said."),
        ("Ukraine says its troops liberated Kupiansk", "Test Wire", "2025-03-10",
            "KYIV, March 10 (Test Wire) - Ukrainian forces have liberated Kupiansk in the Kharkiv region, Ukraine's General Staff said on Monday.\n\n" +
            "Russian troops withdrew from the town after weeks of fighting, the General Staff said."),
        ("ISW confirms Ukrainian control of Kupiansk", "Other Wire", "2025-03-12",
            "Ukrainian troops have retaken control of Kupiansk, the Institute for the Study of War said on Wednesday."),
    ];

    /// <summary>A new store in <paramref name="dir"/> holding <see cref="Reports"/>, saved in order.</summary>
    public static Task<string> CreateAsync(string dir) => WrittenReports.CreateStoreAsync(Path.Combine(dir, "map.db"), Reports);
}
