using Frontwatch.Store;
using Npgsql;

namespace Frontwatch.Tests;

/// <summary>
/// Throwaway databases on the PostgreSQL server of FRONTWATCH_TEST_PG (./test and scripts/test-postgres.sh set it):
/// unset, a test that needs one fails with a message saying so; "skip" skips it. Dispose drops every database made.
/// </summary>
internal sealed class TestDatabases(string prefix) : IDisposable
{
    private const string Variable = "FRONTWATCH_TEST_PG";
    private readonly List<string> _names = [];

    /// <summary>The postgres:// URL of a new, empty database.</summary>
    public string Create()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        Skip.If(url == "skip", $"{Variable}=skip");
        if (string.IsNullOrWhiteSpace(url))
            throw new InvalidOperationException(
                $"{Variable} is not set: run the tests through ./test (or scripts/test-postgres.sh dotnet test), " +
                $"point {Variable} at a postgres:// URL, or set {Variable}=skip to skip the PostgreSQL tests.");
        var name = prefix + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(url)))
        {
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            cmd.ExecuteNonQuery();
        }
        _names.Add(name);
        return new UriBuilder(url) { Path = "/" + name }.Uri.ToString();
    }

    public void Dispose()
    {
        if (_names.Count == 0) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(Environment.GetEnvironmentVariable(Variable)!));
        admin.Open();
        foreach (var name in _names)
        {
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            cmd.ExecuteNonQuery();
        }
    }
}
