using Frontwatch.Core;
using Frontwatch.Tests;

namespace Frontwatch.Evaluation.Tests;

/// <summary>The shared gold files (when ../shared/eval is present) read, and score perfectly against themselves.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class GoldFilesTests(GazetteerFixture fixture)
{
    private static readonly string[] Folders = ["dev", "dev-ukru"];

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders.Select(f => Path.Combine(TestPaths.Shared, "eval", f)).Where(Directory.Exists))
            foreach (var file in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(TestPaths.Shared, file));
        if (data.Count == 0) data.Add("");
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_shared_gold_file_reads(string file)
    {
        if (file.Length == 0) return;

        var doc = ClaimJson.Read(File.ReadAllText(Path.Combine(TestPaths.Shared, file)));

        Assert.NotEmpty(doc.Claims);
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_shared_gold_file_matches_itself_perfectly(string file)
    {
        if (file.Length == 0) return;
        var doc = ClaimJson.Read(File.ReadAllText(Path.Combine(TestPaths.Shared, file)));
        var asSystem = doc.Claims.Select(c => c with { Optional = false }).ToList();

        var result = fixture.Matcher.Match(file, doc.Claims, asSystem);

        Assert.Empty(result.Missed);
        Assert.Empty(result.Spurious);
        Assert.All(result.Matched, p => Assert.Equal(p.Gold with { Optional = false }, p.System));
    }
}
