using Npgsql;

namespace Frontwatch.Store.Tests;

public sealed class ClaimStoreUrlTests
{
    [Fact]
    public void A_postgres_url_becomes_an_npgsql_connection_string()
    {
        var cs = new NpgsqlConnectionStringBuilder(ClaimStore.ToNpgsqlConnectionString("postgresql://ana:p%40ss@db.example:5433/front?sslmode=disable"));
        Assert.Equal(("db.example", 5433, "ana", "p@ss", "front", SslMode.Disable), (cs.Host, cs.Port, cs.Username, cs.Password, cs.Database, cs.SslMode));
    }

    [Fact]
    public void The_port_defaults_to_5432() =>
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(ClaimStore.ToNpgsqlConnectionString("postgres://ana@db/front")).Port);

    [Fact]
    public void An_unknown_option_is_refused_without_showing_the_password()
    {
        var e = Assert.Throws<FormatException>(() => ClaimStore.ToNpgsqlConnectionString("postgres://ana:secret@db/front?colour=red"));
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        Assert.Contains("colour", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://x@h/db", true)]
    [InlineData("POSTGRESQL://x@h/db", true)]
    [InlineData("/var/lib/frontwatch/store.db", false)]
    [InlineData("store.sqlite", false)]
    public void Tells_urls_from_file_paths(string store, bool postgres) => Assert.Equal(postgres, ClaimStore.IsPostgresUrl(store));
}
