using System.Text;

namespace Frontwatch.Ingest.Tests;

public sealed class ReportFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reads_the_header_and_the_body()
    {
        var read = ReportFileReader.Read(Write("r.txt", "title: Town falls\noutlet: Sample Wire\npublished: 2025-03-04\n---\nRussia said it took the town.\n"));
        var report = Assert.IsType<Core.Report>(read.Report);
        Assert.Equal("Town falls", report.Title);
        Assert.Equal("Sample Wire", report.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 4), report.Published);
        Assert.Equal("Russia said it took the town.\n", report.Body);
    }

    [Fact]
    public void Plain_text_without_a_header_is_all_body()
    {
        var report = ReportFileReader.Read(Write("r.txt", "Fighting went on near Siversk: both sides said so.\n")).Report!;
        Assert.Null(report.Published);
        Assert.StartsWith("Fighting went on near Siversk", report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused_by_name() => AssertRefused(Write("empty.txt", ""), "empty.txt", "empty");

    [Fact]
    public void A_binary_file_is_refused_by_name()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        AssertRefused(WriteBytes("blob.txt", bytes), "blob.txt", "binary");
    }

    [Fact]
    public void Invalid_UTF8_is_refused_with_the_offset_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("published: 2025-03-04\n---\nFighting near Pokrovsk ").Concat(new byte[] { 0xff, 0xfe }).ToArray();
        var error = AssertRefused(WriteBytes("bad.txt", bytes), "bad.txt", "not valid UTF-8");
        Assert.Contains($"offset {bytes.Length - 2}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        string path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(ReportFileReader.DefaultMaxBytes + 1);
        AssertRefused(path, "huge.txt", "too large");
    }

    [Fact]
    public void A_header_with_no_body_is_refused() =>
        AssertRefused(Write("nobody.txt", "title: x\n---\n\n"), "nobody.txt", "no report text");

    [Fact]
    public void A_missing_file_is_refused_by_name() =>
        AssertRefused(Path.Combine(_dir, "gone.txt"), "gone.txt", "not found");

    private static IngestError AssertRefused(string path, string name, string message)
    {
        var read = ReportFileReader.Read(path);
        Assert.Null(read.Report);
        var error = Assert.IsType<IngestError>(read.Error);
        Assert.EndsWith(name, error.Input, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        return error;
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
