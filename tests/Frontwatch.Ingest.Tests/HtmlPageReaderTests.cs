using System.Text;

namespace Frontwatch.Ingest.Tests;

public sealed class HtmlPageReaderTests
{
    [Fact]
    public void Keeps_the_article_text_and_drops_navigation_ads_and_comments()
    {
        var report = HtmlPageReader.Read(Fixture.Path("article.html")).Report!;
        Assert.StartsWith("KYIV, March 4 (Sample Wire) - Russia's defence ministry said", report.Body, StringComparison.Ordinal);
        Assert.Contains("repelled 31 Russian assaults", report.Body, StringComparison.Ordinal);
        Assert.Contains("shortages of infantry.", report.Body, StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "Markets rally", "ADVERTISEMENT", "First! Great article", "All rights reserved", "window.ads", "Sport" })
            Assert.DoesNotContain(boilerplate, report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_date_outlet_and_canonical_url_from_the_metadata()
    {
        var read = HtmlPageReader.Read(Fixture.Path("article.html"));
        var report = read.Report!;
        Assert.Equal("Russia claims capture of village near Pokrovsk", report.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), report.Published);
        Assert.Equal("Sample Wire", report.Outlet);
        Assert.Equal("https://wire.example.org/world/village-near-pokrovsk", report.Url);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public void Paragraphs_stay_separate()
    {
        var body = HtmlPageReader.Read(Fixture.Path("article.html")).Report!.Body;
        Assert.Contains("Donetsk region.\n\nUkraine's General Staff", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_date_in_JSON_LD_and_the_outlet_in_the_host_when_meta_tags_are_missing()
    {
        const string html = """
            <html><head><title>Strike on Kharkiv</title>
            <link rel="canonical" href="https://www.news.example.net/strike">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Strike on Kharkiv kills two","datePublished":"2025-02-11T06:00:00Z"}]}</script>
            </head><body><p>A missile strike on Kharkiv killed two people, the regional governor said on Tuesday.</p></body></html>
            """;
        var report = Parse(html).Report!;
        Assert.Equal("Strike on Kharkiv kills two", report.Title);
        Assert.Equal(new DateOnly(2025, 2, 11), report.Published);
        Assert.Equal("news.example.net", report.Outlet);
        Assert.Equal("https://www.news.example.net/strike", report.Url);
    }

    [Fact]
    public void Falls_back_to_a_time_element_for_the_date()
    {
        var report = Parse("<html><body><article><time datetime=\"2025-01-20\">Monday</time><p>Fighting went on near Siversk, officials said.</p></article></body></html>").Report!;
        Assert.Equal(new DateOnly(2025, 1, 20), report.Published);
    }

    [Fact]
    public void An_unreadable_date_leaves_published_empty_with_a_warning()
    {
        var read = Parse("<html><head><meta property=\"article:published_time\" content=\"sometime last week\"></head><body><p>Fighting went on near Siversk.</p></body></html>");
        Assert.Null(read.Report!.Published);
        Assert.Contains("sometime last week", Assert.Single(read.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_HTML_still_yields_its_text()
    {
        var read = Parse("<html><head><title>Half a page</title></head><body><div><p>Russian forces attacked Toretsk, officials said<p>Ukraine said the assault was repelled<table><tr><td>unclosed");
        var body = read.Report!.Body;
        Assert.Contains("Russian forces attacked Toretsk, officials said", body, StringComparison.Ordinal);
        Assert.Contains("Ukraine said the assault was repelled", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_swallowed_by_an_unclosed_title_is_read_from_the_title_text()
    {
        var read = Parse("<html><head><title>Clashes near Siversk<body><div><p>Ukraine's army said it repelled attacks near Siversk.<p>Shelling went on.<script>alert(1)</script>");

        Assert.Equal("Clashes near Siversk", read.Report!.Title);
        Assert.Equal("Ukraine's army said it repelled attacks near Siversk.\n\nShelling went on.", read.Report.Body);
    }

    [Fact]
    public void A_title_with_a_less_than_sign_but_no_tag_is_no_page()
    {
        var read = Parse("<html><head><title>Losses < 10 %</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        Assert.Contains("no article text", read.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_text_is_refused_by_name()
    {
        var read = Parse("<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Equal("page.html", read.Error!.Input);
        Assert.Contains("no article text", read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_in_the_page_is_not_text()
    {
        var body = Parse("<html><body><p>The ministry said its forces had captured Vovchansk.</p><script>alert('x')</script></body></html>").Report!.Body;
        Assert.DoesNotContain("alert", body, StringComparison.Ordinal);
    }

    private static ReportRead Parse(string html) => HtmlPageReader.Parse("page.html", Encoding.UTF8.GetBytes(html));
}
