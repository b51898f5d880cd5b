using System.Text;

namespace Frontwatch.Ingest.Tests;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-expand-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_directory_expands_recursively_to_its_files_of_known_kinds_in_order()
    {
        Write("b.txt", "x");
        Write("a/page.html", "x");
        Write("a/deep/dump.jsonl", "x");
        Write("notes.docx", "x");
        Write(".hidden.txt", "x");
        var files = InputExpander.ExpandPaths(_dir, out var error);
        Assert.Null(error);
        Assert.Equal(["a/deep/dump.jsonl", "a/page.html", "b.txt"], files.Select(Relative));
    }

    [Fact]
    public void A_glob_matches_within_its_directory_and_below_with_double_star()
    {
        Write("samples/one.txt", "x");
        Write("samples/two.txt", "x");
        Write("samples/sub/three.txt", "x");
        Write("dumps/2025/jan.jsonl", "x");
        Write("dumps/feb.jsonl", "x");
        Write("dumps/feb.csv", "x");
        Assert.Equal(["samples/one.txt", "samples/two.txt"], InputExpander.ExpandPaths(Path.Combine(_dir, "samples/*.txt"), out _).Select(Relative));
        Assert.Equal(["dumps/2025/jan.jsonl", "dumps/feb.jsonl"], InputExpander.ExpandPaths(Path.Combine(_dir, "dumps/**/*.jsonl"), out _).Select(Relative));
    }

    [Fact]
    public void A_glob_that_matches_nothing_and_a_missing_path_are_errors_naming_them()
    {
        string glob = Path.Combine(_dir, "nowhere/*.txt");
        InputExpander.ExpandPaths(glob, out var error);
        Assert.Equal(new IngestError(glob, "no files match"), error);
        string missing = Path.Combine(_dir, "gone.txt");
        InputExpander.ExpandPaths(missing, out error);
        Assert.Equal(missing, error!.Input);
    }

    [Fact]
    public async Task Each_file_goes_to_the_reader_of_its_kind()
    {
        File.Copy(Fixture.Path("article.html"), Path.Combine(_dir, "article.html"));
        File.Copy(Fixture.Path("feed.rss"), Path.Combine(_dir, "feed.rss"));
        File.Copy(Fixture.Path("dump.csv"), Path.Combine(_dir, "dump.csv"));
        Write("report.txt", "title: Town falls\npublished: 2025-03-04\n---\nRussia said it took the town.\n");
        using var expander = new InputExpander();
        var reads = await ReadAll(expander, _dir);
        Assert.Equal(1 + 3 + 4 + 1, reads.Count);
        Assert.Equal(3 + 3 + 1, reads.Count(r => r.Report is not null));
    }

    [Fact]
    public async Task A_file_without_a_known_extension_is_sniffed()
    {
        Write("story", "<html><body><p>Shelling of Kherson wounded three people.</p></body></html>");
        Write("feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>i</title><description>Drones hit Sumy.</description></item></channel></rss>");
        using var expander = new InputExpander();
        Assert.Equal("Shelling of Kherson wounded three people.", (await ReadAll(expander, Path.Combine(_dir, "story")))[0].Report!.Body);
        Assert.Equal("Drones hit Sumy.", (await ReadAll(expander, Path.Combine(_dir, "feed")))[0].Report!.Body);
    }

    [Fact]
    public async Task A_large_dump_streams_one_row_at_a_time()
    {
        string path = Path.Combine(_dir, "big.jsonl");
        using (var writer = new StreamWriter(path))
            for (int i = 0; i < 10_000; i++)
                writer.WriteLine($"{{\"title\": \"Report {i}\", \"text\": \"Fighting went on near Siversk, report {i} said.\", \"published\": \"2025-03-04\"}}");
        using var expander = new InputExpander();
        int count = 0;
        await foreach (var read in expander.ReadAsync(path))
        {
            Assert.NotNull(read.Report);
            count++;
        }
        Assert.Equal(10_000, count);
    }

    [Fact]
    public async Task A_URL_is_fetched_and_read_by_its_media_type()
    {
        using var server = new LoopbackServer();
        using var expander = new InputExpander(new IngestOptions { Fetch = new UrlFetcherOptions { AllowPrivate = true } });
        var item = Assert.Single(await ReadAll(expander, server.Url("/feed"))).Report!;
        Assert.Equal("Loopback Wire", item.Outlet);
        Assert.Equal("Short summary.", item.Body);
    }

    [Fact]
    public async Task Following_feed_links_reads_each_item_page_and_keeps_the_feed_date()
    {
        using var server = new LoopbackServer();
        using var expander = new InputExpander(new IngestOptions { FollowFeedLinks = true, Fetch = new UrlFetcherOptions { AllowPrivate = true } });
        var read = Assert.Single(await ReadAll(expander, server.Url("/feed")));
        Assert.Equal("Shelling of Nikopol wounded two people, the governor said.", read.Report!.Body);
        Assert.Equal("Fetched page", read.Report.Title);
        Assert.Equal(new DateOnly(2025, 3, 3), read.Report.Published);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public async Task A_link_that_cannot_be_followed_keeps_the_feed_item_with_a_warning()
    {
        Write("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>i</title><link>http://127.0.0.1:1/gone</link><description>Drones hit Sumy.</description><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>");
        using var expander = new InputExpander(new IngestOptions { FollowFeedLinks = true });
        var read = Assert.Single(await ReadAll(expander, Path.Combine(_dir, "feed.rss")));
        Assert.Equal("Drones hit Sumy.", read.Report!.Body);
        Assert.Contains("link not followed: refused", Assert.Single(read.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_URL_is_an_error_naming_it_and_the_batch_goes_on()
    {
        Write("report.txt", "Fighting went on near Siversk.\n");
        using var expander = new InputExpander(new IngestOptions { Fetch = new UrlFetcherOptions { AllowPrivate = true } });
        var reads = new List<ReportRead>();
        await foreach (var read in expander.ReadAsync(["http://127.0.0.1:1/feed.xml", Path.Combine(_dir, "report.txt")]))
            reads.Add(read);
        Assert.Equal("http://127.0.0.1:1/feed.xml", reads[0].Error!.Input);
        Assert.Contains("unreachable", reads[0].Error!.Message, StringComparison.Ordinal);
        Assert.NotNull(reads[1].Report);
    }

    private static async Task<List<ReportRead>> ReadAll(InputExpander expander, string input)
    {
        var reads = new List<ReportRead>();
        await foreach (var read in expander.ReadAsync(input)) reads.Add(read);
        return reads;
    }

    private string Relative(string path) => Path.GetRelativePath(_dir, path).Replace('\\', '/');

    private void Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
    }
}
