using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Frontwatch.Tests;

namespace Frontwatch.Gazetteer.Tests;

public sealed class GeoNamesSourcesTests : IDisposable
{
    // Invented rows in the GeoNames geoname-table layout (19 columns); ids far above real ones.
    private const string Zorianivka = "990000001\tZorianivka Druha\tZorianivka Druha\tZoryanovka Vtoraya,Зорянівка Друга\t48.1\t37.5\tP\tPPL\tUA\t\t05\t\t\t\t120\t\t150\tEurope/Kyiv\t2024-01-01";
    private const string Hill = "990000002\tSome Hill\tSome Hill\t\t48.2\t37.6\tT\tHLL\tUA\t\t05\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01";
    private const string Polish = "990000003\tWieś Testowa\tWies Testowa\t\t52.0\t21.0\tP\tPPL\tPL\t\t78\t\t\t\t50\t\t100\tEurope/Warsaw\t2024-01-01";

    private readonly string _dir = Directory.CreateTempSubdirectory("fw-geonames-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reads_populated_places_of_the_wanted_countries_only()
    {
        string tsv = Write("extra.txt", Zorianivka, Hill, Polish, "# a comment", "broken\trow");
        var places = GeoNamesReader.Read(tsv, new HashSet<string> { "UA" });
        var p = Assert.Single(places);
        Assert.Equal(990000001, p.GeoNameId);
        Assert.Contains("Зорянівка Друга", p.Names);
        Assert.Equal(2, GeoNamesReader.Read(tsv, new HashSet<string> { "UA", "PL" }).Count);
    }

    [Fact]
    public void Reads_a_zipped_country_dump()
    {
        string zip = Zip("UA.zip", ("UA.txt", Zorianivka + "\n" + Hill), ("readme.txt", "GeoNames readme"));
        Assert.Single(GeoNamesReader.Read(zip, new HashSet<string> { "UA" }));
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var e = Assert.Throws<GazetteerError>(() => GeoNamesReader.Read(Path.Combine(_dir, "nope.txt"), GazetteerOptions.DefaultCountries));
        Assert.Contains("nope.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_adds_villages_the_recognizer_then_finds()
    {
        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions { DataDirectory = TestPaths.Data, ExtraFiles = [Write("mine.txt", Zorianivka)] });
        var m = Assert.Single(new PlaceRecognizer(gazetteer).Recognize("Shelling hit Zoryanovka Vtoraya on Friday."));
        Assert.Equal(990000001, m.GeoNameId);
        Assert.Equal("Donetsk Oblast", m.Admin1);
    }

    [Fact]
    public void The_curated_supplement_has_front_line_villages_that_cities500_lacks()
    {
        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data });
        var recognizer = new PlaceRecognizer(gazetteer);
        Assert.Equal(690823, Settlement(recognizer, "Russia said it had taken Vuhledar."));
        Assert.Equal(695586, Settlement(recognizer, "Ukrainian troops liberated Robotyne."));
        Assert.Equal(703861, Settlement(recognizer, "Marines held a foothold in Krynky."));
    }

    [Fact]
    public void A_full_country_dump_drops_cities500_rows_GeoNames_has_deleted()
    {
        // cities500 still has 703646 Kurakhovo, a duplicate GeoNames deleted; the full dump lacks it.
        string? full = TestPaths.FullUkraine;
        if (full is null) return;
        var gazetteer = PlaceGazetteer.Load(new GazetteerOptions { Cities500 = TestPaths.Cities500, DataDirectory = TestPaths.Data, ExtraFiles = [full] });
        Assert.DoesNotContain(gazetteer.Places, p => p.GeoNameId == 703646);
        Assert.Equal(695357, Settlement(new PlaceRecognizer(gazetteer), "Russia said it took Kurakhovo."));
    }

    [Fact]
    public void The_cache_gives_back_the_same_places()
    {
        var options = new GazetteerOptions { DataDirectory = TestPaths.Data, ExtraFiles = [Write("mine.txt", Zorianivka, Polish)], CacheDirectory = Path.Combine(_dir, "cache"), Countries = new HashSet<string> { "UA", "PL" } };
        var first = PlaceGazetteer.Load(options);
        Assert.Single(Directory.GetFiles(options.CacheDirectory!));
        var second = PlaceGazetteer.Load(options);
        Assert.Equal(first.Places.Select(p => (p.GeoNameId, p.Name, p.Point, p.Names.Count)), second.Places.Select(p => (p.GeoNameId, p.Name, p.Point, p.Names.Count)));
    }

    [Fact]
    public async Task Download_fetches_a_country_dump_from_a_server_and_checks_it()
    {
        string zip = Zip("UA.zip", ("UA.txt", Zorianivka + "\n" + Hill), ("readme.txt", "readme"));
        using var server = new LoopbackServer(new Dictionary<string, byte[]> { ["/dump/UA.zip"] = File.ReadAllBytes(zip), ["/dump/RU.zip"] = "not a zip"u8.ToArray() });
        using var http = new HttpClient();
        var downloader = new GeoNamesDownloader(http, new Uri(server.Url + "dump/"));
        string target = Path.Combine(_dir, "imported");

        var (path, places) = await downloader.DownloadAsync("ua", target);
        Assert.Equal(Path.Combine(target, "UA.zip"), path);
        Assert.Equal(1, places);

        var notZip = await Assert.ThrowsAsync<GazetteerError>(() => downloader.DownloadAsync("RU", target));
        Assert.Contains("not a zip", notZip.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<GazetteerError>(() => downloader.DownloadAsync("BY", target));
        Assert.Contains("404", missing.Message, StringComparison.Ordinal);
        Assert.Equal(["UA.zip"], Directory.GetFiles(target).Select(Path.GetFileName));
    }

    private static int? Settlement(PlaceRecognizer recognizer, string text) =>
        recognizer.Recognize(text).Single(m => m.Kind == MentionKind.Settlement).GeoNameId;

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private string Zip(string name, params (string Entry, string Text)[] entries)
    {
        string path = Path.Combine(_dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write(text);
        }
        return path;
    }

    /// <summary>A real HTTP server on 127.0.0.1 serving fixed files; 404 for anything else.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Dictionary<string, byte[]> _files;

        public LoopbackServer(Dictionary<string, byte[]> files)
        {
            _files = files;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                if (_files.TryGetValue(context.Request.Url!.AbsolutePath, out var body))
                {
                    context.Response.ContentLength64 = body.Length;
                    await context.Response.OutputStream.WriteAsync(body);
                }
                else context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
