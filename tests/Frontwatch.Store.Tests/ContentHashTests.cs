namespace Frontwatch.Store.Tests;

public sealed class ContentHashTests
{
    [Fact]
    public void Is_the_sha256_hex_of_the_body() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of("abc"));

    [Fact]
    public void Ignores_runs_of_whitespace_and_the_ends() =>
        Assert.Equal(ContentHash.Of("Berdin fell. Kyiv denied it."), ContentHash.Of("  Berdin fell.\r\n\r\n Kyiv\tdenied it.\n"));

    [Fact]
    public void Tells_different_words_apart() =>
        Assert.NotEqual(ContentHash.Of("Berdin fell."), ContentHash.Of("Berdin held."));
}
