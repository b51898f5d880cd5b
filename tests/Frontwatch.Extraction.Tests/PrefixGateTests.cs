using System.Text.RegularExpressions;

namespace Frontwatch.Extraction.Tests;

public sealed class PrefixGateTests
{
    private static readonly Regex Hedge = new(@"\b(?:reportedly|may\s+have|it\s+is\s+thought)\b", RegexOptions.IgnoreCase);
    private static readonly Regex Doubt = new(@"\b(?:falsely|wrongly)\s+claimed\b", RegexOptions.IgnoreCase);
    private static readonly Regex Unclear = new(@"\bcould\s+not\s+verify|remains?\s+unclear", RegexOptions.IgnoreCase);
    private static readonly PrefixGate Gate = new(Hedge, Doubt, Unclear);

    [Fact]
    public void A_sentence_holding_no_prefix_of_any_pattern_is_closed()
    {
        Assert.False(Gate.MayMatchIn("Russian troops shelled the village on Monday, officials said."));
    }

    [Fact]
    public void A_first_word_without_the_rest_of_its_prefix_is_closed()
    {
        Assert.False(Gate.MayMatchIn("It may not be over; it is late and the crews could rest."));
    }

    [Fact]
    public void A_prefix_across_other_white_space_opens_the_gate()
    {
        Assert.True(Gate.MayMatchIn("The strike MAY\u00a0HAVE hit the depot."));
    }

    [Fact]
    public void Text_with_a_non_ASCII_case_variant_of_an_ASCII_letter_is_always_open()
    {
        Assert.True(Gate.MayMatchIn("The \u212Ayiv office said nothing."));
    }

    [Fact]
    public void Random_text_that_closes_the_gate_holds_no_match_of_any_pattern()
    {
        string[] words = ["reportedly", "REPORTEDLY", "may", "have", "it", "is", "thought", "falsely", "wrongly", "claimed", "could", "not", "verify",
            "remain", "remains", "unclear", "xunclear", "the", "troops", "said", "(may", "it's", "mayhave", "thoughtful"];
        string[] gaps = [" ", " ", " ", "  ", "\n", ", ", "", "\u00a0"];
        var random = new Random(2026);
        int closed = 0;
        for (int n = 0; n < 5000; n++)
        {
            var text = new System.Text.StringBuilder();
            for (int w = random.Next(1, 8); w > 0; w--) text.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            string s = text.ToString();
            bool matches = Hedge.IsMatch(s) || Doubt.IsMatch(s) || Unclear.IsMatch(s);
            if (matches) Assert.True(Gate.MayMatchIn(s), s);
            if (!Gate.MayMatchIn(s)) closed++;
        }
        Assert.InRange(closed, 500, 5000);
    }
}
