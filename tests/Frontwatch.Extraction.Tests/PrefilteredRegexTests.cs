using System.Reflection;
using System.Text.RegularExpressions;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

public sealed class PrefilteredRegexTests
{
    private static PrefilteredRegex Of(string pattern, RegexOptions options = RegexOptions.None) =>
        new(new Regex(pattern, options), new Regex(@"\G(?:" + pattern + ")", options));

    private static List<string> Found(IEnumerable<Match> matches) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join("|", m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-")))];

    private static void AssertSameAsPlain(PrefilteredRegex regex, string input)
    {
        Assert.Equal(Found(regex.Plain.Matches(input)), Found(regex.Matches(input)));
        int first = regex.Plain.Match(input) is { Success: true } m ? m.Index : -1;
        Assert.Equal(first, regex.IndexIn(input));
        Assert.Equal(first >= 0, regex.IsMatch(input));
    }

    // Constructions the samples lack, written for this test.
    private static readonly string[] Invented =
    [
        "The head of the Russian private army Wagner said his men held the northern districts.",
        "The founder of Rusich, a Russian volunteer unit, posted a video from the outskirts.",
        "The chief of the regional police, Ivan Hordiienko, said two people were hurt.",
    ];

    // Every PrefilteredRegex the extractor holds, read from its static fields, so that a new one is checked too.
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(PrefilteredRegex).Assembly.GetTypes())
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
                if (field.FieldType == typeof(PrefilteredRegex)) data.Add($"{type.Name}.{field.Name}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_prefiltered_regex_of_the_extractor_finds_what_its_plain_regex_finds_in_the_samples(string name)
    {
        string[] parts = name.Split('.');
        var field = typeof(PrefilteredRegex).Assembly.GetTypes().Single(t => t.Name == parts[0])
            .GetField(parts[1], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        var regex = (PrefilteredRegex)field.GetValue(null)!;
        Assert.True(regex.Prefiltered, $"{name} derives no prefixes and gains nothing from the prefilter");
        var lines = Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Concat(Invented).ToList();
        int matched = 0;
        foreach (var line in lines)
        {
            AssertSameAsPlain(regex, line);
            if (regex.IsMatch(line)) matched++;
        }
        // A check that only ever compares "no match" with "no match" proves little.
        Assert.True(matched > 0, $"{name} matches no sample line");
    }

    [Fact]
    public void A_hit_inside_a_word_is_skipped_when_the_pattern_starts_at_a_word_boundary()
    {
        var regex = Of(@"\b(?:cat|dog)");
        Assert.Equal([14], regex.Matches("bobcat hotdog cat").Select(m => m.Index));
        AssertSameAsPlain(regex, "bobcat hotdog cat");
    }

    [Fact]
    public void A_word_boundary_before_one_alternative_only_does_not_skip_hits_inside_words()
    {
        var regex = Of(@"\bcat|dog");
        AssertSameAsPlain(regex, "bobcat hotdog cat");
        Assert.Equal([10, 14], regex.Matches("bobcat hotdog cat").Select(m => m.Index));
    }

    [Fact]
    public void Lookarounds_see_the_whole_input_as_in_a_plain_scan()
    {
        var regex = Of(@"(?<!pre)fix(?!ed)", RegexOptions.IgnoreCase);
        Assert.True(regex.Prefiltered);
        AssertSameAsPlain(regex, "prefix FIX fixed suffix fix");
    }

    [Fact]
    public void Text_with_a_non_ASCII_case_variant_of_a_prefix_letter_is_scanned_as_the_plain_regex_does()
    {
        var regex = Of(@"\bkilled\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string kelvin = "\u212Ailled and killed";
        AssertSameAsPlain(regex, kelvin);
        Assert.Equal(regex.Plain.Matches(kelvin).Count, regex.Matches(kelvin).Count());
    }

    [Fact]
    public void A_pattern_with_no_literal_start_is_scanned_in_full()
    {
        var regex = Of(@"[a-z]+ed\b");
        Assert.False(regex.Prefiltered);
        AssertSameAsPlain(regex, "troops advanced and regrouped");
    }

    [Fact]
    public void An_anchored_regex_of_another_pattern_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PrefilteredRegex(new Regex("abc"), new Regex(@"\G(?:abd)")));
        Assert.Throws<ArgumentException>(() => new PrefilteredRegex(new Regex("abc"), new Regex(@"\G(?:abc)", RegexOptions.IgnoreCase)));
    }
}
