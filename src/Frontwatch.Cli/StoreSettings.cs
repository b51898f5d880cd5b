using System.ComponentModel;
using Frontwatch.Store;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of the commands that read or write the store.</summary>
internal class StoreSettings : GazetteerSettings
{
    [CommandOption("--store <STORE>")]
    [Description("A SQLite file or a postgres:// URL. Default: FRONTWATCH_STORE, else frontwatch.db in the user's Frontwatch folder (see `frontwatch info`).")]
    public string? Store { get; init; }

    /// <summary>The store in force: --store, FRONTWATCH_STORE, else the default SQLite file.</summary>
    public string StoreLocation =>
        Store ?? (Environment.GetEnvironmentVariable("FRONTWATCH_STORE") is { Length: > 0 } env ? env : DefaultStore);

    /// <summary>The default store: a SQLite file in the user's Frontwatch folder.</summary>
    public static string DefaultStore => Path.Combine(AppPaths.UserHome, "frontwatch.db");

    /// <summary>Opens the store, creating the folder of a new SQLite file.</summary>
    public IClaimStore OpenStore()
    {
        string store = StoreLocation;
        if (!ClaimStore.IsPostgresUrl(store) && Path.GetDirectoryName(Path.GetFullPath(store)) is { } dir) Directory.CreateDirectory(dir);
        return ClaimStore.Open(store);
    }
}
