using Frontwatch.Tests;
using Npgsql;

namespace Frontwatch.Store.Tests;

/// <summary>
/// The store contract on a real PostgreSQL server: FRONTWATCH_TEST_PG is a URL of a database the tests may create
/// databases from (./test and scripts/test-postgres.sh set it). Unset, the tests fail; "skip" skips them.
/// </summary>
public sealed class PostgresClaimStoreTests : ClaimStoreContract
{
    private readonly TestDatabases _databases = new("fw_test_");

    protected override Task<string> CreateStoreAsync() => Task.FromResult(_databases.Create());

    public override Task DisposeAsync()
    {
        _databases.Dispose();
        return Task.CompletedTask;
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
