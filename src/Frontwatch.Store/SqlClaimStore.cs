using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Frontwatch.Core;

namespace Frontwatch.Store;

/// <summary>
/// The store over one ADO.NET connection, SQLite or PostgreSQL: the SQL is shared, only column types differ
/// (<see cref="Dialect"/>). Concurrency rests on unique keys and <c>INSERT … ON CONFLICT</c>, never on locks of ours.
/// </summary>
internal sealed class SqlClaimStore : IClaimStore
{
    private const int Attempts = 5;

    private readonly DbConnection _connection;
    private readonly Dialect _dialect;

    private SqlClaimStore(DbConnection connection, Dialect dialect, string description)
    {
        _connection = connection;
        _dialect = dialect;
        Description = description;
    }

    public string Description { get; }

    /// <summary>Opens the connection, sets SQLite's journal and sync modes, and applies pending migrations.</summary>
    public static SqlClaimStore Open(DbConnection connection, Dialect dialect, string description)
    {
        var store = new SqlClaimStore(connection, dialect, description);
        try
        {
            connection.Open();
            if (dialect == Dialect.Sqlite)
                // WAL: readers never block the writer, and a killed process loses nothing committed.
                // synchronous=FULL: the WAL is fsynced at every commit, so a power loss loses nothing committed either;
                // with batched transactions that is one fsync per batch. (NORMAL would risk the last batches.)
                store.Execute(null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=ON;");
            store.Migrate();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    public async Task<SaveOutcome> SaveAsync(IReadOnlyList<(Report Report, IReadOnlyList<Claim> Claims)> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveOnceAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (Dialect.IsRetryable(e) && attempt < Attempts)
            {
                await Task.Delay(20 * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Rows are inserted in one global order — places, claimants, then reports, each sorted by key — so two writers
    // that meet on the same new keys wait for each other instead of deadlocking.
    private async Task<SaveOutcome> SaveOnceAsync(IReadOnlyList<(Report Report, IReadOnlyList<Claim> Claims)> batch, CancellationToken ct)
    {
        var items = batch
            .Select(item => (item.Report, item.Claims, Hash: ContentHash.Of(item.Report.Body)))
            .OrderBy(item => item.Hash, StringComparer.Ordinal)
            .ToList();
        await using var tx = await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        var placeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var place in items.SelectMany(i => i.Claims).Select(c => c.Place).DistinctBy(PlaceKey).OrderBy(PlaceKey, StringComparer.Ordinal))
            placeIds[PlaceKey(place)] = await UpsertPlaceAsync(tx, place, ct).ConfigureAwait(false);
        var claimantIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var claimant in items.SelectMany(i => i.Claims).Select(c => c.Claimant).DistinctBy(ClaimantKey).OrderBy(ClaimantKey, StringComparer.Ordinal))
            claimantIds[ClaimantKey(claimant)] = await UpsertClaimantAsync(tx, claimant, ct).ConfigureAwait(false);

        int added = 0, duplicates = 0, joined = 0, claims = 0;
        foreach (var (report, reportClaims, hash) in items)
        {
            var signature = MinHash.Signature(report.Body);
            var reportId = await InsertReportAsync(tx, report, hash, signature, ct).ConfigureAwait(false);
            if (reportId is not { } id)
            {
                duplicates++;
                continue;
            }
            added++;
            if (await NearestClusterAsync(tx, id, signature, ct).ConfigureAwait(false) is { } cluster)
                joined++;
            else
                cluster = await ScalarAsync(tx, "INSERT INTO clusters (first_report_id, created_at) VALUES (@r, @now) RETURNING id", ct, ("r", id), ("now", DateTimeOffset.UtcNow)) ?? throw new InvalidOperationException("cluster not created");
            await ExecuteAsync(tx, "UPDATE reports SET cluster_id = @c WHERE id = @r", ct, ("c", cluster), ("r", id)).ConfigureAwait(false);
            for (int ordinal = 0; ordinal < reportClaims.Count; ordinal++)
                claims += await InsertClaimAsync(tx, id, ordinal, reportClaims[ordinal], placeIds, claimantIds, ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new SaveOutcome(added, duplicates, joined, claims);
    }

    private async Task<long?> InsertReportAsync(DbTransaction tx, Report report, string hash, uint[] signature, CancellationToken ct) =>
        await ScalarAsync(tx, """
            INSERT INTO reports (content_hash, source, title, outlet, published, url, headers, body, minhash, band0, band1, band2, band3, ingested_at)
            VALUES (@hash, @source, @title, @outlet, @published, @url, @headers, @body, @minhash, @b0, @b1, @b2, @b3, @now)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """, ct,
            ("hash", hash), ("source", report.Source), ("title", report.Title), ("outlet", report.Outlet), ("published", report.Published),
            ("url", report.Url), ("headers", JsonSerializer.Serialize(report.Headers)), ("body", report.Body), ("minhash", MinHash.ToBytes(signature)),
            ("b0", MinHash.Band(signature, 0)), ("b1", MinHash.Band(signature, 1)), ("b2", MinHash.Band(signature, 2)), ("b3", MinHash.Band(signature, 3)),
            ("now", DateTimeOffset.UtcNow)).ConfigureAwait(false);

    /// <summary>The cluster of the most similar earlier report at or above the threshold, found through the band indexes.</summary>
    private async Task<long?> NearestClusterAsync(DbTransaction tx, long reportId, uint[] signature, CancellationToken ct)
    {
        await using var cmd = Command(tx, """
            SELECT id, cluster_id, minhash FROM reports
            WHERE (band0 = @b0 OR band1 = @b1 OR band2 = @b2 OR band3 = @b3) AND id <> @self AND cluster_id IS NOT NULL
            """,
            ("b0", MinHash.Band(signature, 0)), ("b1", MinHash.Band(signature, 1)), ("b2", MinHash.Band(signature, 2)), ("b3", MinHash.Band(signature, 3)),
            ("self", reportId));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        (double Similarity, long Id, long Cluster)? best = null;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            double similarity = MinHash.Similarity(signature, MinHash.FromBytes(reader.GetFieldValue<byte[]>(2)));
            long id = reader.GetInt64(0);
            if (similarity >= MinHash.NearDuplicateSimilarity && (best is null || similarity > best.Value.Similarity || (similarity == best.Value.Similarity && id < best.Value.Id)))
                best = (similarity, id, reader.GetInt64(1));
        }
        return best?.Cluster;
    }

    private async Task<long> UpsertPlaceAsync(DbTransaction tx, ClaimPlace place, CancellationToken ct)
    {
        var key = PlaceKey(place);
        // DO NOTHING rather than DO UPDATE: an update would lock a busy place's row until this batch commits,
        // queueing every other writer behind it. The first writer's details of a place stand.
        return await ScalarAsync(tx, """
            INSERT INTO places (place_key, name, name_key, geonameid, admin1, country, lat, lon)
            VALUES (@key, @name, @nameKey, @gn, @admin1, @country, @lat, @lon)
            ON CONFLICT (place_key) DO NOTHING
            RETURNING id
            """, ct,
            ("key", key), ("name", place.Name), ("nameKey", NameKey(place.Name)), ("gn", place.GeoNameId), ("admin1", place.Admin1),
            ("country", place.Country), ("lat", place.Point?.Lat), ("lon", place.Point?.Lon)).ConfigureAwait(false)
            ?? await ScalarAsync(tx, "SELECT id FROM places WHERE place_key = @key", ct, ("key", key)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"place {key} neither inserted nor found");
    }

    private async Task<long> UpsertClaimantAsync(DbTransaction tx, Claimant claimant, CancellationToken ct)
    {
        var key = ClaimantKey(claimant);
        return await ScalarAsync(tx, """
            INSERT INTO claimants (name_key, name, side, type) VALUES (@key, @name, @side, @type)
            ON CONFLICT (name_key) DO NOTHING
            RETURNING id
            """, ct, ("key", key), ("name", claimant.Name), ("side", claimant.Side.Code), ("type", Lower(claimant.Type))).ConfigureAwait(false)
            ?? await ScalarAsync(tx, "SELECT id FROM claimants WHERE name_key = @key", ct, ("key", key)).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"claimant {key} neither inserted nor found");
    }

    private async Task<int> InsertClaimAsync(
        DbTransaction tx, long reportId, int ordinal, Claim claim, Dictionary<string, long> placeIds, Dictionary<string, long> claimantIds, CancellationToken ct) =>
        await ExecuteAsync(tx, """
            INSERT INTO claims (report_id, ordinal, kind, claimant_id, place_id, side, modality, extent, outcome,
                                count_min, count_max, date, evidence, evidence_start, evidence_end)
            VALUES (@report, @ordinal, @kind, @claimant, @place, @side, @modality, @extent, @outcome,
                    @min, @max, @date, @evidence, @start, @end)
            ON CONFLICT (report_id, ordinal) DO NOTHING
            """, ct,
            ("report", reportId), ("ordinal", ordinal), ("kind", Lower(claim.Kind)), ("claimant", claimantIds[ClaimantKey(claim.Claimant)]),
            ("place", placeIds[PlaceKey(claim.Place)]), ("side", claim.Side.Code), ("modality", Lower(claim.Modality)),
            ("extent", claim.Extent is { } e ? Lower(e) : null), ("outcome", claim.Outcome is { } o ? Lower(o) : null),
            ("min", claim.Count?.Min), ("max", claim.Count?.Max), ("date", claim.Date), ("evidence", claim.Evidence),
            ("start", claim.EvidenceSpan?.Start), ("end", claim.EvidenceSpan?.End)).ConfigureAwait(false);

    public async Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        var byKind = new SortedDictionary<ClaimKind, long>();
        await using (var cmd = Command(null, "SELECT kind, COUNT(*) FROM claims GROUP BY kind"))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                byKind[ParseEnum<ClaimKind>(reader.GetString(0))] = reader.GetInt64(1);
        await using var counts = Command(null, """
            SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM clusters), (SELECT COUNT(*) FROM places), (SELECT COUNT(*) FROM claimants)
            """);
        await using var row = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await row.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStats(row.GetInt64(0), row.GetInt64(1), byKind, row.GetInt64(2), row.GetInt64(3));
    }

    public async Task<IReadOnlyList<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Places.Count > 0)
        {
            var names = query.Places.Select(NameKey).Distinct(StringComparer.Ordinal).ToList();
            where.Add($"p.name_key IN ({string.Join(", ", names.Select((_, i) => "@place" + i.ToString(CultureInfo.InvariantCulture)))})");
            parameters.AddRange(names.Select((n, i) => ("place" + i.ToString(CultureInfo.InvariantCulture), (object?)n)));
        }
        if (query.Claimant is { } claimant)
        {
            where.Add("cl.name_key = @claimant");
            parameters.Add(("claimant", NameKey(claimant)));
        }
        if (query.Kind is { } kind)
        {
            where.Add("c.kind = @kind");
            parameters.Add(("kind", Lower(kind)));
        }
        if (query.From is { } from)
        {
            where.Add("COALESCE(c.date, r.published) >= @from");
            parameters.Add(("from", from));
        }
        if (query.To is { } to)
        {
            where.Add("COALESCE(c.date, r.published) <= @to");
            parameters.Add(("to", to));
        }
        await using var cmd = Command(null, $"""
            SELECT c.kind, cl.name, cl.side, cl.type, p.name, p.geonameid, p.admin1, p.country, p.lat, p.lon,
                   c.side, c.modality, c.extent, c.outcome, c.count_min, c.count_max, c.date, c.evidence, c.evidence_start, c.evidence_end,
                   r.id, r.cluster_id, r.source, r.outlet, r.title, r.url, r.published
            FROM claims c
            JOIN reports r ON r.id = c.report_id
            JOIN places p ON p.id = c.place_id
            JOIN claimants cl ON cl.id = c.claimant_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY COALESCE(c.date, r.published), r.id, c.ordinal
            """, [.. parameters]);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<StoredClaim>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            results.Add(ReadStoredClaim(reader));
        return results;
    }

    private static StoredClaim ReadStoredClaim(DbDataReader r)
    {
        var place = new ClaimPlace(
            r.GetString(4),
            r.IsDBNull(5) ? null : checked((int)r.GetInt64(5)),
            NullableString(r, 6),
            r.IsDBNull(8) || r.IsDBNull(9) ? null : new GeoPoint(r.GetDouble(8), r.GetDouble(9)))
        {
            Country = NullableString(r, 7),
        };
        var claim = new Claim(
            ParseEnum<ClaimKind>(r.GetString(0)),
            new Claimant(r.GetString(1), new Side(r.GetString(2)), ParseEnum<ClaimantType>(r.GetString(3))),
            place,
            new Side(r.GetString(10)),
            ParseEnum<Modality>(r.GetString(11)),
            r.GetString(17))
        {
            Extent = r.IsDBNull(12) ? null : ParseEnum<Extent>(r.GetString(12)),
            Outcome = r.IsDBNull(13) ? null : ParseEnum<Outcome>(r.GetString(13)),
            Count = r.IsDBNull(14) && r.IsDBNull(15) ? null : new CountRange(NullableLong(r, 14), NullableLong(r, 15)),
            Date = r.IsDBNull(16) ? null : r.GetFieldValue<DateOnly>(16),
            EvidenceSpan = r.IsDBNull(18) || r.IsDBNull(19) ? null : new TextSpan(checked((int)r.GetInt64(18)), checked((int)r.GetInt64(19))),
        };
        return new StoredClaim(
            claim, r.GetInt64(20), r.GetInt64(21), r.GetString(22), NullableString(r, 23), NullableString(r, 24), NullableString(r, 25),
            r.IsDBNull(26) ? null : r.GetFieldValue<DateOnly>(26));
    }

    /// <summary>Every row of a table, ordered by its first column, one line per row (tests compare stores with it).</summary>
    internal async Task<IReadOnlyList<string>> DumpAsync(string table, CancellationToken ct = default)
    {
        if (!table.All(c => char.IsAsciiLetterLower(c) || c == '_')) throw new ArgumentException($"not a table name: {table}", nameof(table));
        await using var cmd = Command(null, $"SELECT * FROM {table} ORDER BY 1");
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var line = new StringBuilder();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                line.Append(reader.GetName(i)).Append('=').Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\t');
            }
            rows.Add(line.ToString());
        }
        return rows;
    }

    private void Migrate()
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Execute(null, _dialect.Fill(Migrations.VersionTable));
                using var tx = _connection.BeginTransaction(IsolationLevel.Serializable);
                using (var cmd = Command(tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version"))
                {
                    long current = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
                    foreach (var (version, sql) in Migrations.Steps.Where(s => s.Version > current))
                    {
                        Execute(tx, _dialect.Fill(sql));
                        Execute(tx, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @now)", ("v", version), ("now", DateTimeOffset.UtcNow));
                    }
                }
                tx.Commit();
                return;
            }
            catch (DbException e) when (Dialect.IsConcurrentMigration(e) && attempt < Attempts)
            {
                // Another process applied the same step first; the next attempt reads its version and goes on.
            }
        }
    }

    private static string PlaceKey(ClaimPlace place) =>
        place.GeoNameId is { } id
            ? "geonames:" + id.ToString(CultureInfo.InvariantCulture)
            : $"name:{NameKey(place.Name)}|{place.Admin1}|{place.Country}";

    private static string ClaimantKey(Claimant claimant) => NameKey(claimant.Name);

    /// <summary>A name as compared: whitespace collapsed, trimmed, lower-cased.</summary>
    private static string NameKey(string name) => ContentHash.Normalise(name).ToLowerInvariant();

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static T ParseEnum<T>(string text) where T : struct, Enum => Enum.Parse<T>(text, ignoreCase: true);

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    private DbCommand Command(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    private void Execute(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private async Task<int> ExecuteAsync(DbTransaction tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(tx, sql, parameters);
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task<long?> ScalarAsync(DbTransaction tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(tx, sql, parameters);
        var value = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
