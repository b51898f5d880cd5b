using Frontwatch.Gazetteer;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class LowerCaseAliasStartsTests(ExtractionFixture fixture)
{
    private static readonly LowerCaseAliasStarts Starts = new(["head of the Security Service", "governor of the Kursk region", "spokesman for the Tavria group"]);

    [Theory]
    [InlineData("the head of the service", 4)]
    [InlineData("Kursk governor said", 6)]
    [InlineData("a HEAD count", 2)]
    [InlineData("governors met", 0)]
    public void A_word_that_folds_like_an_alias_start_may_start_one(string text, int at)
    {
        Assert.True(Starts.MayStartAt(text, at));
    }

    [Theory]
    [InlineData("the head of the service", 0)]
    [InlineData("forces said", 0)]
    [InlineData("forces said", 7)]
    [InlineData("he", 0)]
    public void A_common_word_that_folds_like_no_alias_start_is_ruled_out(string text, int at)
    {
        Assert.False(Starts.MayStartAt(text, at));
    }

    [Theory]
    [InlineData("yakiv")] // y before a vowel folds to i
    [InlineData("jeep")] // j folds to y
    [InlineData("hhead")] // a doubled letter folds to one
    [InlineData("zhzhuk")]
    [InlineData("gii")] // a short word's "-ii" ending changes its third letter
    [InlineData("h'ead")] // an inner apostrophe is dropped
    [InlineData("hèad")]
    public void A_word_whose_first_letters_the_fold_may_change_is_let_through(string word)
    {
        Assert.True(Starts.MayStartAt(word, 0));
    }

    // The property the scan relies on: every word whose fold begins a lower-case alias is let through.
    [Fact]
    public void Every_word_of_the_samples_and_the_lexicon_that_folds_to_an_alias_start_is_let_through()
    {
        var aliases = fixture.Claimants.Profiles.SelectMany(p => p.Aliases).Where(a => char.IsLower(a[0])).ToList();
        var firstWords = aliases.Select(a => NameFolding.Words(a)[0]).Zip(aliases, (w, a) => NameFolding.Fold(a.Substring(w.Start, w.Length))).ToHashSet();
        var texts = Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").Select(File.ReadAllText).Concat(aliases).ToList();
        var starts = fixture.Claimants.LowerCaseStarts;
        int checkedWords = 0;
        foreach (var text in texts)
            foreach (var (start, length) in NameFolding.Words(text))
            {
                if (start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
                if (!firstWords.Contains(NameFolding.Fold(text.Substring(start, length)))) continue;
                checkedWords++;
                Assert.True(starts.MayStartAt(text, start), $"'{text.Substring(start, length)}' was ruled out");
            }
        Assert.True(checkedWords > 100);
    }

    [Theory]
    [InlineData("The head of the Governor's desk", "the Head of the Governor's desk")]
    [InlineData("  Vice-head, (head) 2head Żhead", "  vice-Head, (Head) 2head Żhead")]
    [InlineData("", "")]
    public void The_capitalised_copy_raises_the_words_that_may_begin_an_alias_and_lowers_other_capitals(string text, string expected)
    {
        Assert.Equal(expected, Starts.Capitalised(text));
    }

    [Fact]
    public void The_capitalised_copy_of_each_sample_tests_every_word_start_as_a_letter_by_letter_pass_does()
    {
        var starts = fixture.Claimants.LowerCaseStarts;
        foreach (var text in Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt").Select(File.ReadAllText).Append("Ğ a\u00e9b cAb ĞHead head"))
        {
            var expected = text.ToCharArray();
            for (int i = 0; i < text.Length; i++)
            {
                if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
                if (char.IsLower(text[i])) { if (starts.MayStartAt(text, i)) expected[i] = char.ToUpperInvariant(text[i]); }
                else if (char.IsAsciiLetterUpper(text[i]) && !starts.MayStartAt(text, i)) expected[i] = (char)(text[i] | 0x20);
            }
            Assert.Equal(new string(expected), starts.Capitalised(text));
        }
    }
}
