using System.Text;

namespace Frontwatch.Ingest.Tests;

public sealed class FeedReaderTests
{
    [Fact]
    public void An_RSS_feed_gives_one_report_per_item_with_the_feed_title_as_outlet()
    {
        var reads = FeedReader.Read(Fixture.Path("feed.rss"));
        Assert.Equal(3, reads.Count);
        var first = reads[0].Report!;
        Assert.Equal("Ukraine says it repelled assault near Chasiv Yar", first.Title);
        Assert.Equal("Sample Wire - World", first.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 4), first.Published);
        Assert.Equal("https://wire.example.org/world/chasiv-yar-assault", first.Url);
        Assert.EndsWith("feed.rss#1", first.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_HTML_becomes_plain_text()
    {
        var body = FeedReader.Read(Fixture.Path("feed.rss"))[0].Report!.Body;
        Assert.Equal("Ukrainian forces said on Tuesday they had repelled an assault near Chasiv Yar.\n\nRussia did not comment.", body);
    }

    [Fact]
    public void An_RFC_822_zone_name_does_not_lose_the_date()
    {
        Assert.Equal(new DateOnly(2025, 3, 5), FeedReader.Read(Fixture.Path("feed.rss"))[1].Report!.Published);
    }

    [Fact]
    public void An_unreadable_pubDate_keeps_the_item_with_a_warning()
    {
        var read = FeedReader.Read(Fixture.Path("feed.rss"))[2];
        Assert.Null(read.Report!.Published);
        Assert.Contains("unknown date", Assert.Single(read.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void An_Atom_feed_prefers_content_to_summary_and_drops_scripts()
    {
        var reads = FeedReader.Read(Fixture.Path("feed.atom"));
        Assert.Equal(2, reads.Count);
        var first = reads[0].Report!;
        Assert.Equal("Sample Monitor", first.Outlet);
        Assert.Equal("Fighting continued in the centre of Toretsk, the monitor said.\n\nNeither side controls the town fully.", first.Body);
        Assert.Equal(new DateOnly(2025, 3, 6), first.Published);
        Assert.Equal("https://monitor.example.org/posts/toretsk", first.Url);
    }

    [Fact]
    public void An_Atom_entry_without_published_uses_updated()
    {
        var second = FeedReader.Read(Fixture.Path("feed.atom"))[1].Report!;
        Assert.Equal(new DateOnly(2025, 3, 5), second.Published);
        Assert.Equal("A missile strike on Odesa port wounded four workers, officials said.", second.Body);
    }

    [Fact]
    public void A_malformed_feed_is_one_error_naming_it()
    {
        var error = Assert.Single(FeedReader.Read(Fixture.Path("malformed.rss"))).Error!;
        Assert.EndsWith("malformed.rss", error.Input, StringComparison.Ordinal);
        Assert.Contains("malformed feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XML_that_is_not_a_feed_is_refused()
    {
        var error = Assert.Single(FeedReader.Parse("notes.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><notes><note>hi</note></notes>"))).Error!;
        Assert.Contains("neither an RSS 2.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DTD_is_refused_rather_than_expanded()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"xxxxxxxxxx\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        Assert.NotNull(Assert.Single(FeedReader.Parse("dtd.xml", Encoding.UTF8.GetBytes(xml))).Error);
    }
}
