namespace Frontwatch.Store.Tests;

/// <summary>The store contract on a SQLite file in a temporary directory.</summary>
public sealed class SqliteClaimStoreTests : ClaimStoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-store-").FullName;

    protected override Task<string> CreateStoreAsync() => Task.FromResult(Path.Combine(_dir, "nested", "store.db"));

    public override Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_with_full_sync()
    {
        await using var store = ClaimStore.Open(Path.Combine(_dir, "store.db"));
        Assert.True(File.Exists(Path.Combine(_dir, "store.db-wal")) || File.Exists(Path.Combine(_dir, "store.db")));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir, "store.db")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }
}
