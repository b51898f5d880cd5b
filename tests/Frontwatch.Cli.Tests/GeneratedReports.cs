using System.Globalization;
using System.Text.Json;

namespace Frontwatch.Cli.Tests;

/// <summary>
/// Short invented reports for the process tests, written as a JSON Lines news dump. Report n is fixed by n alone, so
/// two dumps over overlapping ranges hold the same reports. Every 40th report republishes the one 17 before it under
/// a new headline with a byline (a syndicated copy) and every 50th repeats the one 23 before it word for word (an
/// exact duplicate), so deduplication and clustering take part.
/// </summary>
internal static class GeneratedReports
{
    private static readonly string[] Towns =
        ["Pokrovsk", "Kurakhove", "Bakhmut", "Kupiansk", "Toretsk", "Chasiv Yar", "Avdiivka", "Lyman", "Siversk", "Vuhledar",
         "Kostiantynivka", "Huliaipole", "Orikhiv", "Kherson", "Kharkiv", "Sumy", "Vovchansk", "Selydove", "Myrnohrad", "Zaporizhzhia"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Sentences =
    [
        "Russia's defence ministry said on {day} its forces had captured {town}.",
        "Ukraine's General Staff said its troops repelled {n} Russian attacks near {town} on {day}.",
        "A Russian drone strike on {town} killed {n} civilians, the regional governor said.",
        "Heavy fighting continued near {town}, the Institute for the Study of War said.",
        "Russia's defence ministry said its troops had repelled a Ukrainian counterattack near {town}.",
        "The mayor of {town} said {n} apartment blocks were damaged overnight.",
        "Ukraine's military said it had pushed Russian forces back from the outskirts of {town}.",
        "Kyiv denied that {town} had fallen, saying its soldiers still held the centre.",
    ];

    /// <summary>Writes reports <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, in reverse when asked.</summary>
    public static string WriteDump(string path, int first, int count, bool reverse = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path);
        var numbers = Enumerable.Range(first, count);
        foreach (int n in reverse ? numbers.Reverse() : numbers)
        {
            var (title, body, story) = Report(n);
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["title"] = title,
                ["text"] = body,
                // A copy has its story's date, so its claims ("on Sunday") are the story's whichever copy is stored.
                ["published"] = new DateOnly(2025, 1, 1).AddDays(story % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["outlet"] = "Test Wire",
                ["url"] = $"https://test.example/report/{n}",
            }));
        }
        return path;
    }

    private static (string Title, string Body, int Story) Report(int n)
    {
        if (n >= 50 && n % 50 == 0) return ($"Report {n}", Story(n - 23), n - 23);
        if (n >= 40 && n % 40 == 0) return ($"Republished: report {n - 17}", $"By a staff correspondent.\n\n{Story(n - 17)}", n - 17);
        return ($"Report {n}", Story(n), n);
    }

    private static string Story(int n)
    {
        var random = new Random(n);
        var sentences = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentences[random.Next(Sentences.Length)]
            .Replace("{town}", Towns[random.Next(Towns.Length)], StringComparison.Ordinal)
            .Replace("{day}", Days[random.Next(Days.Length)], StringComparison.Ordinal)
            .Replace("{n}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return $"Field bulletin {n} (fictional test report).\n\n{string.Join(' ', sentences)}";
    }
}
