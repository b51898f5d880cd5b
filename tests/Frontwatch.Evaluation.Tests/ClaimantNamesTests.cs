namespace Frontwatch.Evaluation.Tests;

public sealed class ClaimantNamesTests
{
    [Theory]
    [InlineData("The Kyiv Independent", "Kyiv Independent")]
    [InlineData("Volodymyr Zelenskiy", "Volodymyr Zelensky")]
    [InlineData("Oleksandr Syrskyi", "oleksandr syrsky")]
    [InlineData("RBC-Ukraine", "RBC Ukraine")]
    public void Spellings_that_fold_alike_are_the_same_name(string a, string b)
    {
        Assert.True(ClaimantNames.Same(a, b));
    }

    [Theory]
    [InlineData("Russian Ministry of Defence", "Russian Defence Ministry")]
    [InlineData("General Staff of the Armed Forces of Ukraine", "Armed Forces of Ukraine")]
    public void Reordered_or_shortened_names_are_different_names(string a, string b)
    {
        Assert.False(ClaimantNames.Same(a, b));
    }
}
