namespace Frontwatch.Gazetteer.Tests;

public sealed class CueGateTests
{
    private static readonly CueGate Gate = new("cl", "7", "a ");

    [Theory]
    [InlineData("close to")]
    [InlineData("CLOSE to")]
    [InlineData("cLoud")]
    [InlineData("7km")]
    [InlineData("7")]
    [InlineData("a few")]
    [InlineData("A\tfew")]
    public void Admits_words_that_begin_with_a_listed_beginning_in_either_case(string text) =>
        Assert.True(Gate.Admits(text, 0));

    [Theory]
    [InlineData("cat")]
    [InlineData("and")]
    [InlineData("a1")]
    [InlineData("8 km")]
    public void Rules_out_words_that_begin_otherwise(string text) =>
        Assert.False(Gate.Admits(text, 0));

    [Theory]
    [InlineData("c")]
    [InlineData("cé")]
    [InlineData("xЖ")]
    public void Admits_a_start_it_cannot_judge_by_ascii_pairs(string text) =>
        Assert.True(Gate.Admits(text, 0));

    [Fact]
    public void Reads_the_pair_at_the_start_it_is_given() =>
        Assert.True(Gate.Admits("we drove close to it", "we drove ".Length));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(" a")]
    public void A_beginning_is_one_or_two_characters_starting_with_a_letter_or_digit(string beginning) =>
        Assert.Throws<ArgumentException>(() => new CueGate(beginning));

    [Theory]
    [InlineData("close", true)]
    [InlineData("near", true)]
    [InlineData("7 km", false)]
    [InlineData("now", false)]
    public void Either_of_two_gates_admits_what_one_of_them_does(string text, bool admitted) =>
        Assert.Equal(admitted, new CueGate("cl").Or(new CueGate("ne")).Admits(text, 0));
}
