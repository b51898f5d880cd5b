namespace Frontwatch.Ingest.Tests;

/// <summary>The invented inputs under Fixtures/, copied next to the test binary.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
