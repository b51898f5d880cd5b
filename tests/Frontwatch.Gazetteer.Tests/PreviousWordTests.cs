using System.Text.RegularExpressions;

namespace Frontwatch.Gazetteer.Tests;

public sealed class PreviousWordTests
{
    [Theory]
    [InlineData("General Kyiv", "General")]
    [InlineData("said Gen. Kyiv", "Gen.")]
    [InlineData("the O’Neill-Smith   Kyiv", "O’Neill-Smith")]
    [InlineData("near .-Kyiv Kyiv", "Kyiv")]
    [InlineData("3 ..- Kyiv", null)]
    [InlineData("Kyiv", null)]
    [InlineData("fighting, Kyiv", null)]
    [InlineData("troops in\t\tKyiv", "in")]
    [InlineData("troops in  \nKyiv", "in")]
    [InlineData("troops in\n\nKyiv", null)]
    [InlineData("a word longer than the window abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij Kyiv", "bcdefghijabcdefghijabcdefghijabcdefghij")]
    public void The_previous_word_is_the_one_the_regex_over_the_last_forty_characters_finds(string text, string? expected)
    {
        int index = text.LastIndexOf("Kyiv", StringComparison.Ordinal);
        var found = PlaceRecognizer.PreviousWord(text, index);
        var regex = Regex.Match(text[Math.Max(0, index - 40)..index], @"([\p{L}][\p{L}.'’-]*)[ \t]+$");
        Assert.Equal(regex.Success ? regex.Groups[1].Value : null, found is var (at, length) ? text.Substring(at, length) : null);
        Assert.Equal(expected, found is var (a, l) ? text.Substring(a, l) : null);
    }
}
