using System.Text.RegularExpressions;
using Frontwatch.Tests;

namespace Frontwatch.Gazetteer.Tests;

public sealed class CueScanTests
{
    public static TheoryData<string> Texts => new(
        "Fighting raged 20 km south of Pokrovsk and 10 km (6 miles) east of Bakhmut.",
        "Forces advanced 5km north-east of Kupiansk, near Lyman and just outside Siversk.",
        "Shelling in the vicinity of Vuhledar, on the outskirts of Kurakhove and on the edge of Chasiv Yar.",
        "a few miles west of Izium; A Few Kilometres Northward of Balakliia; several km southwest of the town of Orikhiv.",
        "Twelve kilometers southeastward of the small village of Robotyne, the outskirts of Tokmak, 3.5 mi. north of Huliaipole.",
        "near near near Avdiivka outside outside the outskirts of the outskirts of Donetsk",
        "10 km 20 km south of 30 km north of X Y, close to the city of Marinka and close\tto Krasnohorivka.",
        "The villages of Klishchiivka, Andriivka and Kurdiumivka, the towns of Toretsk or New York, towards Zaporizhzhia.",
        "in the direction of Kramatorsk, on the outskirts of Sloviansk, near the Donetsk airport, outside of town, toward Kherson's port.",
        "Settlements of Krynky. HAMLETS OF X. city of Kyiv, cities of Kharkiv and Sumy; localities of Ivanivske; suburbs of Odesa.",
        "inthe vicinity of X; on  the\nedge of Y; the\u00A0outskirts of Z; a\u2003few km east of W; tenkm north of V.",
        "١٠ km south of Pokrovsk and 20 km south of Bakhmut",
        "20 \u212Am south of Pokrovsk and 20 km south of Bakhmut",
        "ſeveral km south of Pokrovsk, \u0130n the vicinity of Bakhmut",
        "café2 km south of X, _5 km east of Y, x7 km west of Z, (4 km) north of W, 4-km-north of V",
        "");

    [Theory]
    [MemberData(nameof(Texts))]
    public void Relative_locations_are_the_regex_matches_of_the_whole_text(string text) =>
        AssertSame(PlaceRecognizer.RelativeLocation(), PlaceRecognizer.RelativeLocationMatches(text), text);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Names_after_a_cue_are_the_regex_matches_of_the_whole_text(string text) =>
        AssertSame(PlaceRecognizer.NamedByCue(), PlaceRecognizer.NamedByCueMatches(text), text);

    [Fact]
    public void Every_sample_and_evaluation_report_gives_the_whole_text_matches()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").ToList();
        string dev = Path.Combine(TestPaths.Shared, "eval", "dev");
        if (Directory.Exists(dev)) files.AddRange(Directory.GetFiles(dev, "*.txt"));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            AssertSame(PlaceRecognizer.RelativeLocation(), PlaceRecognizer.RelativeLocationMatches(text), text);
            AssertSame(PlaceRecognizer.NamedByCue(), PlaceRecognizer.NamedByCueMatches(text), text);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Texts_spliced_from_cue_fragments_give_the_whole_text_matches(int seed)
    {
        string[] parts =
        [
            "near", "Near", "NEAR", "close", "to", "outside", "just", "in", "the", "The", "vicinity", "on", "outskirts", "edge", "of", "a", "few",
            "several", "one", "ten", "twelve", "3", "4.5", "10,5", "km", "kilometres", "miles", "mi", "mi.", "(6 miles)", "north", "south-east",
            "westward", "village", "villages", "towns", "city", "towards", "direction", "Pokrovsk", "Chasiv", "Yar", "Kurakhove's", "and", "or",
            ",", ".", "-", "\n", "\t", "\u00A0", "’", "é", "_", "x",
        ];
        var random = new Random(seed);
        for (int round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 30)).Select(_ => parts[random.Next(parts.Length)]);
            string text = string.Concat(words.Select(w => w + (random.Next(4) == 0 ? "" : random.Next(6) == 0 ? "  " : " ")));
            AssertSame(PlaceRecognizer.RelativeLocation(), PlaceRecognizer.RelativeLocationMatches(text), text);
            AssertSame(PlaceRecognizer.NamedByCue(), PlaceRecognizer.NamedByCueMatches(text), text);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Word_starts_are_found_as_a_character_by_character_scan_finds_them(int seed)
    {
        const string alphabet = "aZ09 -.,’éЖ\n_`{@[/:";
        var random = new Random(seed);
        for (int round = 0; round < 500; round++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            // Every start, and every start whose first character is a given letter or digit.
            foreach (char only in new[] { '\0', 'a', 'Z', '0' })
            {
                bool Admit(string t, int i) => only == '\0' || t[i] == only;
                var expected = Enumerable.Range(0, text.Length)
                    .Where(i => char.IsAsciiLetterOrDigit(text[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && Admit(text, i)).ToList();
                for (int from = 0; from <= text.Length; from += 1 + random.Next(7))
                    Assert.Equal(expected.Where(i => i >= from).DefaultIfEmpty(-1).First(), CueScan.NextStart(text, from, Admit));
            }
        }
    }

    private static void AssertSame(Regex regex, IEnumerable<Match> found, string text)
    {
        var expected = regex.Matches(text).Select(Describe).ToList();
        Assert.Equal(expected, found.Select(Describe).ToList());
    }

    private static string Describe(Match m) =>
        string.Join("|", m.Groups.Values.Select(g => g.Success ? $"{g.Name}@{g.Index}:{g.Value}" : $"{g.Name}-"));
}
