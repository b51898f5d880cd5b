using System.Reflection;
using System.Text.RegularExpressions;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

public sealed class LeadWordRegexTests
{
    private const string Titled = @"(?i:\b(?<adj>Russian|North\s+Korean)\s+)?(?<title>(?i:(?:senior\s+|foreign\s+policy\s+)*(?:analyst|Prime\s+Minister|Minister)))\s+(?<name>\p{Lu}\w+(?:\s+\p{Lu}\w+)?)";

    private static LeadWordRegex Of(string pattern, string[] keys, string[] leadWords) =>
        new(new Regex(pattern, RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking), new Regex(@"\G(?:" + pattern + ")", RegexOptions.ExplicitCapture), keys, leadWords);

    private static readonly LeadWordRegex TitledSearch = Of(Titled, ["analyst", "Minister"], ["Russian", "North", "Korean", "senior", "foreign", "policy", "Prime"]);

    private static List<string> Found(IEnumerable<Match> matches) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join("|", m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-")))];

    private static void AssertSameAsPlain(LeadWordRegex regex, string input) =>
        Assert.Equal(Found(regex.Plain.Matches(input)), Found(regex.Matches(input)));

    // Constructions the samples lack, written for this test.
    private static readonly string[] Invented =
    [
        "Senior Russian military analyst Ivan Petrov said so, and independent defence analyst Maria Koval agreed.",
        "The North Korean Defence Minister Kim Il said, as did pro-Russian military blogger Semen Pegov.",
        "U.S. Secretary of State Antony Blinken met Ukraine's Foreign Minister Dmytro Kuleba and Lieutenant General Kyrylo Budanov.",
        "Brigadier General Oleksii Hromov, Colonel General Gennady Anashkin and the commander Pavel Orlov spoke.",
    ];

    [Theory]
    [InlineData("senior senior senior foreign policy analyst Ivan Petrov said")]
    [InlineData("Russian senior analyst Ivan Petrov and North  Korean\nPrime Minister Kim Jong said")]
    [InlineData("xsenior analyst Ivan Petrov, (Russian analyst Oleh Koval")]
    [InlineData("Russian, senior analyst Ivan Petrov; Prime  analyst Ivan")]
    [InlineData("the Minister Minister Ivan Petrov said")]
    public void Finds_what_its_plain_regex_finds_however_many_lead_words_stand_before_the_key(string input)
    {
        Assert.NotEmpty(TitledSearch.Matches(input));
        AssertSameAsPlain(TitledSearch, input);
    }

    [Fact]
    public void A_lead_word_ending_a_longer_word_starts_the_match_inside_it()
    {
        Assert.Equal([1], TitledSearch.Matches("xsenior analyst Ivan Petrov").Select(m => m.Index));
    }

    [Fact]
    public void Random_runs_of_lead_words_keys_and_names_match_as_the_plain_regex_does()
    {
        string[] words = ["Russian", "russian", "North", "Korean", "senior", "SENIOR", "foreign", "policy", "Prime", "Minister", "analyst", "analysts",
            "Ivan", "Petrov", "said", "the", "xsenior", "(Russian", "Russian,", "-", "Minister-elect"];
        string[] gaps = [" ", " ", " ", "  ", "\n", ", ", ""];
        var random = new Random(2022);
        for (int n = 0; n < 2000; n++)
        {
            var text = new System.Text.StringBuilder();
            for (int w = random.Next(1, 14); w > 0; w--) text.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            AssertSameAsPlain(TitledSearch, text.ToString());
        }
    }

    [Fact]
    public void Text_with_a_non_ASCII_case_variant_of_a_letter_is_scanned_as_the_plain_regex_does()
    {
        var regex = Of(@"(?i:(?:senior\s+)*ma\w+)\s+(?<name>\p{Lu}\w+)", ["ma"], ["senior"]);
        string kelvin = "senior \u212Aarl and senior mayor Kyiv";
        AssertSameAsPlain(regex, kelvin);
    }

    [Fact]
    public void An_anchored_regex_of_another_pattern_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LeadWordRegex(new Regex("abc"), new Regex(@"\G(?:abd)"), ["abc"], []));
        Assert.Throws<ArgumentException>(() => new LeadWordRegex(new Regex("abc"), new Regex(@"\G(?:abc)"), ["a b"], []));
    }

    [Fact]
    public void A_lead_word_the_walk_back_cannot_compare_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LeadWordRegex(new Regex("abc"), new Regex(@"\G(?:abc)"), ["abc"], ["@home"]));
        Assert.Throws<ArgumentException>(() => new LeadWordRegex(new Regex("abc"), new Regex(@"\G(?:abc)"), ["abc"], ["café"]));
    }

    // Every LeadWordRegex the extractor holds, read from its static fields, so that a new one is checked too.
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(LeadWordRegex).Assembly.GetTypes())
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
                if (field.FieldType == typeof(LeadWordRegex)) data.Add($"{type.Name}.{field.Name}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_lead_word_regex_of_the_extractor_finds_what_its_plain_regex_finds_in_the_samples(string name)
    {
        string[] parts = name.Split('.');
        var field = typeof(LeadWordRegex).Assembly.GetTypes().Single(t => t.Name == parts[0])
            .GetField(parts[1], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        var regex = (LeadWordRegex)field.GetValue(null)!;
        var texts = Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").Select(File.ReadAllText).Concat(Invented).ToList();
        int matched = 0;
        foreach (var text in texts)
        {
            AssertSameAsPlain(regex, text);
            matched += regex.Matches(text).Count;
        }
        // A check that only ever compares "no match" with "no match" proves little.
        Assert.True(matched > 0, $"{name} matches nothing in the samples");
    }
}
