using Microsoft.Data.Sqlite;
using Npgsql;

namespace Frontwatch.Store;

/// <summary>Opens stores by the name a user gives: a SQLite file path or a <c>postgres://</c> URL.</summary>
public static class ClaimStore
{
    /// <summary>
    /// Opens (creating if needed) a SQLite file, or a PostgreSQL database given as
    /// <c>postgres://user:pass@host:port/db</c> or <c>postgresql://…</c>, and applies pending schema migrations.
    /// </summary>
    public static IClaimStore Open(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        return IsPostgresUrl(store) ? OpenPostgres(store) : OpenSqlite(store);
    }

    /// <summary>Whether <paramref name="store"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgresUrl(string store) =>
        store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Npgsql connection string for a <c>postgres://</c> URL; query parameters (<c>?sslmode=require</c>) become
    /// connection string keywords. Throws <see cref="FormatException"/> for a URL that is not one.
    /// </summary>
    public static string ToNpgsqlConnectionString(string url)
    {
        if (!IsPostgresUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new FormatException($"not a PostgreSQL URL (postgres://user:pass@host:port/db): {Redact(url)}");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"unknown PostgreSQL option '{kv[0]}' in {Redact(url)}", e);
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL without its password, fit for messages and logs.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;

    private static SqlClaimStore OpenPostgres(string url)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToNpgsqlConnectionString(url))
        {
            // The same few statements run for every report; preparing them saves a parse per call.
            MaxAutoPrepare = 32,
            AutoPrepareMinUsages = 2,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        return SqlClaimStore.Open(connection, Dialect.Postgres, Redact(url));
    }

    private static SqlClaimStore OpenSqlite(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } dir) Directory.CreateDirectory(dir);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open after the store is disposed.
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        return SqlClaimStore.Open(connection, Dialect.Sqlite, full);
    }
}
