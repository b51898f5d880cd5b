using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Web.Tests;

/// <summary>A SQLite store in a temporary folder, filled with reports written for the tests through the real extractor.</summary>
internal static class WebStore
{
    public static PlaceGazetteer Gazetteer => WrittenReports.Gazetteer;

    public const string Html = "<img src=x onerror=alert(1)>";

    /// <summary>
    /// Reports by both sides: Toretsk captured by Russia in February (the ministry, corroborated by ISW) and liberated by
    /// Ukraine in March (the General Staff, corroborated by ISW); Kotlyne liberated by Ukraine; a strike on Kharkiv; one
    /// report with HTML in its title and text.
    /// </summary>
    public static IReadOnlyList<(string Title, string Outlet, string Published, string Body)> Reports { get; } =
    [
        ("Toretsk captured, ministry says", "Sample Wire", "2025-02-11",
            "MOSCOW, Feb 11 (Sample Wire) - The war went on along the whole front.\n\n" +
            "Russian forces have captured the town of Toretsk in the Donetsk region, the Russian Ministry of Defence said on Tuesday. Ukraine did not comment.\n\n" +
            "The ministry gave no other details."),
        ("ISW on Toretsk", "Other Wire", "2025-02-13",
            "Russian troops have taken control of Toretsk, the Institute for the Study of War said on Thursday."),
        ("Kotlyne liberated " + Html, "Other Wire", "2025-02-13",
            "Ukrainian forces have liberated the village of Kotlyne, Ukraine's General Staff said on Thursday.\n\nA reader wrote " + Html + " in the comments."),
        ("Toretsk liberated", "Sample Wire", "2025-03-20",
            "Ukrainian forces have liberated Toretsk, Ukraine's General Staff said on Thursday."),
        ("ISW confirms Toretsk", "Other Wire", "2025-03-22",
            "Ukrainian troops have retaken control of Toretsk, the Institute for the Study of War said on Saturday."),
    ];

    /// <summary>A new store holding <see cref="Reports"/>, saved one at a time in order.</summary>
    public static Task<string> CreateAsync(string dir) => WrittenReports.CreateStoreAsync(Path.Combine(dir, "web.db"), Reports);
}
