using System.Data.Common;
using System.Globalization;
using System.Text;
using Frontwatch.Store;
using Frontwatch.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Frontwatch.Cli.Tests;

/// <summary>
/// Fresh stores for process tests — a SQLite file in a temporary folder or a new database on the PostgreSQL server of
/// FRONTWATCH_TEST_PG (./test sets it; "skip" skips) — and their contents read back by natural keys.
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly string _dir;
    private readonly TestDatabases _databases = new("fw_cli_");
    private int _files;

    public TestStore(string dir) => _dir = dir;

    /// <summary>A new, empty store of <paramref name="kind"/> ("sqlite" or "postgres"), as the CLI's --store takes it.</summary>
    public string Create(string kind)
    {
        return kind == "sqlite" ? Path.Combine(_dir, $"store{++_files}.db") : _databases.Create();
    }

    /// <summary>Reports in the store; 0 while it does not exist yet or has no tables.</summary>
    public static long CountReports(string store)
    {
        if (!ClaimStore.IsPostgresUrl(store) && !File.Exists(store)) return 0;
        try
        {
            using var connection = Connect(store);
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM reports";
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Every row of reports, clusters, claims, places and claimants, one line each, with row ids replaced by the natural
    /// keys they stand for (a report by its content hash, a cluster by its first report's, a place by its key, a
    /// claimant by its name), and without the ingest timestamps: two stores that hold the same things dump the same.
    /// </summary>
    public static List<string> Dump(string store)
    {
        (string Table, string Sql)[] queries =
        [
            ("report", """
                SELECT r.content_hash, r.source, r.title, r.outlet, r.published, r.url, r.headers, r.body, r.minhash,
                       r.band0, r.band1, r.band2, r.band3, f.content_hash
                FROM reports r LEFT JOIN clusters c ON c.id = r.cluster_id LEFT JOIN reports f ON f.id = c.first_report_id
                ORDER BY r.content_hash
                """),
            ("cluster", "SELECT f.content_hash FROM clusters c JOIN reports f ON f.id = c.first_report_id ORDER BY f.content_hash"),
            ("claim", """
                SELECT r.content_hash, c.ordinal, c.kind, cl.name_key, p.place_key, c.side, c.modality, c.extent, c.outcome,
                       c.count_min, c.count_max, c.date, c.evidence, c.evidence_start, c.evidence_end
                FROM claims c JOIN reports r ON r.id = c.report_id JOIN claimants cl ON cl.id = c.claimant_id JOIN places p ON p.id = c.place_id
                ORDER BY r.content_hash, c.ordinal
                """),
            ("place", "SELECT place_key, name, name_key, geonameid, admin1, country, lat, lon FROM places ORDER BY place_key"),
            ("claimant", "SELECT name_key, name, side, type FROM claimants ORDER BY name_key"),
        ];
        using var connection = Connect(store);
        var lines = new List<string>();
        foreach (var (table, sql) in queries)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var line = new StringBuilder(table);
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    line.Append('\t').Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture));
                }
                lines.Add(line.ToString());
            }
        }
        return lines;
    }

    /// <summary>Asserts two dumps are equal, naming the first line that differs rather than printing both.</summary>
    public static void AssertSame(List<string> expected, List<string> actual)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            if (expected[i] != actual[i])
                Assert.Fail($"stores differ at line {i} of {expected.Count}:\nexpected {Shorten(expected[i])}\nactual   {Shorten(actual[i])}");
        Assert.True(expected.Count == actual.Count, $"stores differ in size: {expected.Count} lines expected, {actual.Count} found");
    }

    private static string Shorten(string line) => line.Length <= 400 ? line : line[..400] + "…";

    private static DbConnection Connect(string store)
    {
        DbConnection connection = ClaimStore.IsPostgresUrl(store)
            ? new NpgsqlConnection(ClaimStore.ToNpgsqlConnectionString(store))
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose() => _databases.Dispose();
}
