using Npgsql;

namespace Frontwatch.Store.Tests;

/// <summary>
/// The store contract on a real PostgreSQL server: FRONTWATCH_TEST_PG is a URL of a database the tests may create
/// databases from (./test and scripts/test-postgres.sh set it). Unset, the tests fail; "skip" skips them.
/// </summary>
public sealed class PostgresClaimStoreTests : ClaimStoreContract
{
    private const string Variable = "FRONTWATCH_TEST_PG";
    private readonly List<string> _databases = [];

    protected override async Task<string> CreateStoreAsync()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        Skip.If(url == "skip", $"{Variable}=skip");
        if (string.IsNullOrWhiteSpace(url))
            throw new InvalidOperationException(
                $"{Variable} is not set: run the tests through ./test (or scripts/test-postgres.sh dotnet test), " +
                $"point {Variable} at a postgres:// URL, or set {Variable}=skip to skip the PostgreSQL tests.");
        var name = "fw_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(url)))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        _databases.Add(name);
        var uri = new UriBuilder(url) { Path = "/" + name };
        return uri.Uri.ToString();
    }

    public override async Task DisposeAsync()
    {
        if (_databases.Count == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(Environment.GetEnvironmentVariable(Variable)!));
        await admin.OpenAsync();
        foreach (var name in _databases)
        {
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    [SkippableFact]
    public async Task Reports_the_server_version()
    {
        var name = await CreateStoreAsync();
        await using var connection = new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(name));
        await connection.OpenAsync();
        Assert.True(connection.PostgreSqlVersion.Major >= 13, $"PostgreSQL {connection.PostgreSqlVersion}");
    }
}
