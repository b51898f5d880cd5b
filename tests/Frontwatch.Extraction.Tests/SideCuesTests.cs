using Frontwatch.Core;

namespace Frontwatch.Extraction.Tests;

public sealed class SideCuesTests
{
    private static SideCue Only(string text, Side claimant) => Assert.Single(SideCues.Find(text, new TextSpan(0, text.Length), claimant));

    [Theory]
    [InlineData("RU")]
    [InlineData("UA")]
    public void Its_forces_take_the_claimants_side(string claimant)
    {
        const string text = "The ministry said its forces had entered the village.";
        var cue = Only(text, new Side(claimant));
        Assert.Equal(new Side(claimant), cue.Side);
        Assert.Equal("its forces", text[cue.Span.Start..cue.Span.End]);
    }

    [Fact]
    public void Its_forces_of_an_independent_claimant_name_no_side()
    {
        const string text = "The institute said its forces had entered the village.";
        Assert.Empty(SideCues.Find(text, new TextSpan(0, text.Length), Side.None));
    }

    [Theory]
    [InlineData("RU", "UA")]
    [InlineData("UA", "RU")]
    public void The_enemy_is_the_other_side_of_a_belligerent_claimant(string claimant, string enemy)
    {
        Assert.Equal(new Side(enemy), Only("The ministry said the enemy shelled the village.", new Side(claimant)).Side);
    }

    [Theory]
    [InlineData("Moscow's forces entered the village.", "RU")]
    [InlineData("Kyiv's troops entered the village.", "UA")]
    [InlineData("The Russian side shelled the village.", "RU")]
    [InlineData("The Ukrainian side shelled the village.", "UA")]
    [InlineData("North Korean troops entered the village.", "KP")]
    public void Forces_named_by_capital_adjective_or_side_carry_that_side_for_any_claimant(string text, string side)
    {
        Assert.Equal(new Side(side), Only(text, Side.None).Side);
        Assert.Equal(new Side(side), Only(text, Side.Russia).Side);
        Assert.Equal(new Side(side), Only(text, Side.Ukraine).Side);
    }
}
