using System.Diagnostics;
using Frontwatch.Tests;

namespace Frontwatch.Ingest.Tests;

/// <summary>The shared bad-input catalogue (../shared/badinput/make.sh): each bad file is one clear error naming it, the rest is read.</summary>
public sealed class BadInputCatalogueTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-badinput-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Every_bad_input_is_an_error_naming_it_and_every_good_one_is_read()
    {
        string script = Path.Combine(TestPaths.Shared, "badinput", "make.sh");
        if (!File.Exists(script)) return; // the catalogue ships beside the repository, not in it
        using (var make = Process.Start(new ProcessStartInfo("bash", [script, _dir]) { RedirectStandardOutput = true })!)
        {
            await make.StandardOutput.ReadToEndAsync();
            await make.WaitForExitAsync();
            Assert.Equal(0, make.ExitCode);
        }

        using var expander = new InputExpander();
        var reads = new Dictionary<string, ReportRead>();
        await foreach (var read in expander.ReadAsync(_dir))
            reads.Add(Path.GetFileName(read.Report?.Source ?? read.Error!.Input), read);

        AssertRefused(reads["empty.txt"], "empty");
        AssertRefused(reads["binary.txt"], "binary");
        AssertRefused(reads["invalid-utf8.txt"], "not valid UTF-8");
        AssertRefused(reads["huge-line.txt"], "too large");
        AssertRefused(reads["malformed-feed.xml"], "malformed feed");
        Assert.Empty(reads["good-1.txt"].Warnings);
        Assert.Empty(reads["good-2.txt"].Warnings);
        Assert.Contains("no published date", Assert.Single(reads["no-date.txt"].Warnings), StringComparison.Ordinal);
        // Untrusted markup and formulas are kept verbatim as text; escaping is the job of whatever shows them.
        Assert.Contains("<script>alert('x')</script>", reads["xss.txt"].Report!.Body, StringComparison.Ordinal);
        Assert.StartsWith("=HYPERLINK(", reads["csv-injection.txt"].Report!.Title, StringComparison.Ordinal);
        // Its <title> is never closed, so by the HTML5 rules the whole page is title text; the page is read from it.
        Assert.Equal("Broken page", reads["broken.html"].Report!.Title);
        Assert.Contains("Russian forces attacked Toretsk", reads["broken.html"].Report!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", reads["broken.html"].Report!.Body, StringComparison.Ordinal);
    }

    private static void AssertRefused(ReportRead read, string message)
    {
        Assert.Null(read.Report);
        Assert.Contains(message, read.Error!.Message, StringComparison.Ordinal);
    }
}
