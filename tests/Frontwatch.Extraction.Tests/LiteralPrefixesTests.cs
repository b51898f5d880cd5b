using System.Text.RegularExpressions;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

public sealed class LiteralPrefixesTests
{
    [Theory]
    [InlineData(@"captur(?:e|ed|es|ing)", "capture|capturin")]
    [InlineData(@"(?:took|taken|takes)\s+control", "taken  |taken co|takes  |takes co|took  |took con")]
    [InlineData(@"killed|Dead|(?:taken|captured) prisoners?", "captured|dead|killed|taken pr")]
    [InlineData(@"overr?an|overrun", "overan|overran|overrun")]
    [InlineData(@"de-?occupation", "de-occup|deoccupa")]
    [InlineData(@"\bfell\b", "fell")]
    [InlineData(@"(?:missile|air)-?strikes?|airstrikes?", "air-stri|airstrik|missile-|missiles")]
    [InlineData(@"x{0,2}y", "xx|xy|y")]
    [InlineData(@"(?i:under)\s+(?:the\s+)?control", "under  |under co|under th")]
    [InlineData(@"(?<!pre)fix(?!ed)|(?=war)wa(?<=w)r", "fix|war")]
    public void The_prefixes_are_the_literal_starts_of_every_match(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|'), LiteralPrefixes.Of(pattern));
    }

    [Theory]
    [InlineData(@"(?:\S+\s+){0,3}out\s+of")]
    [InlineData(@"[a-z]+ed")]
    [InlineData(@"(?:hold|held)?\S+positions")]
    [InlineData(@"(?=killed)\w+")]
    [InlineData(@"(\w)\1")]
    [InlineData(@"руйнування")]
    public void A_match_that_may_start_with_no_known_literal_has_no_prefixes(string pattern)
    {
        Assert.Null(LiteralPrefixes.Of(pattern));
    }

    [Theory]
    [InlineData("under th", "Under the", true)]
    [InlineData("under th", "under\u00A0THE", true)]
    [InlineData("under th", "under\tthe", true)]
    [InlineData("under th", "underthe", false)]
    [InlineData("under th", "under t", false)]
    [InlineData("killed", "\u212Ailled", false)]
    public void A_space_in_a_prefix_is_any_white_space_and_letters_match_in_either_case(string prefix, string text, bool expected)
    {
        Assert.Equal(expected, LiteralPrefixes.IsPrefixOf(prefix, Regex.Unescape(text)));
    }

    [Fact]
    public void Every_trigger_row_has_prefixes_and_its_matches_start_with_one()
    {
        var sentences = Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").SelectMany(File.ReadAllLines).ToList();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Data, "event-triggers.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            string pattern = line.Split('\t')[2];
            var prefixes = LiteralPrefixes.Of(pattern);
            Assert.NotNull(prefixes);
            var regex = new Regex(@"\b(?:" + pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            foreach (var sentence in sentences)
                foreach (Match m in regex.Matches(sentence))
                    Assert.Contains(prefixes, p => m.Value.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        }
    }
}
