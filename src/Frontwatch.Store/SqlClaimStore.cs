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

    // Place and claimant ids already committed, by key: rows are never deleted, so an id once seen stays valid.
    private readonly Dictionary<string, long> _placeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _claimantIds = new(StringComparer.Ordinal);

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
                // A 64 MB page cache keeps a batch's index pages in memory instead of spilling them to the WAL mid-batch.
                store.Execute(null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;");
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
    // that meet on the same new keys wait for each other instead of deadlocking. Each statement is prepared once per
    // batch and reused; PostgreSQL takes many claims per statement, which saves a round trip per claim.
    private async Task<SaveOutcome> SaveOnceAsync(IReadOnlyList<(Report Report, IReadOnlyList<Claim> Claims)> batch, CancellationToken ct)
    {
        var items = batch
            .Select((item, position) => (item.Report, item.Claims, Hash: ContentHash.Of(item.Report.Body), Position: position))
            .OrderBy(item => item.Hash, StringComparer.Ordinal)
            .ToList();
        await using var tx = await _connection.BeginTransactionAsync(ct).ConfigureAwait(false);

        // Ids of places and claimants committed earlier are known; only new keys go to the database.
        var newPlaceIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var place in items.SelectMany(i => i.Claims).Select(c => c.Place).DistinctBy(PlaceKey)
                     .Where(p => !_placeIds.ContainsKey(PlaceKey(p))).OrderBy(PlaceKey, StringComparer.Ordinal))
            newPlaceIds[PlaceKey(place)] = await UpsertPlaceAsync(tx, place, ct).ConfigureAwait(false);
        var newClaimantIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var claimant in items.SelectMany(i => i.Claims).Select(c => c.Claimant).DistinctBy(ClaimantKey)
                     .Where(c => !_claimantIds.ContainsKey(ClaimantKey(c))).OrderBy(ClaimantKey, StringComparer.Ordinal))
            newClaimantIds[ClaimantKey(claimant)] = await UpsertClaimantAsync(tx, claimant, ct).ConfigureAwait(false);
        long PlaceId(ClaimPlace place) => _placeIds.TryGetValue(PlaceKey(place), out long id) ? id : newPlaceIds[PlaceKey(place)];
        long ClaimantId(Claimant claimant) => _claimantIds.TryGetValue(ClaimantKey(claimant), out long id) ? id : newClaimantIds[ClaimantKey(claimant)];

        await using var insertReport = Reusable(tx, """
            INSERT INTO reports (content_hash, source, title, outlet, published, url, headers, body, minhash, band0, band1, band2, band3, ingested_at)
            VALUES (@hash, @source, @title, @outlet, @published, @url, @headers, @body, @minhash, @b0, @b1, @b2, @b3, @now)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """, "hash", "source", "title", "outlet", "published", "url", "headers", "body", "minhash", "b0", "b1", "b2", "b3", "now");
        // One index-only lookup per band (an OR would gather row ids and then read every row); a report that shares
        // two bands comes back twice, which changes no maximum.
        await using var candidates = Reusable(tx, """
            SELECT id, cluster_id, minhash FROM reports WHERE band0 = @b0 AND cluster_id IS NOT NULL AND id <> @self
            UNION ALL SELECT id, cluster_id, minhash FROM reports WHERE band1 = @b1 AND cluster_id IS NOT NULL AND id <> @self
            UNION ALL SELECT id, cluster_id, minhash FROM reports WHERE band2 = @b2 AND cluster_id IS NOT NULL AND id <> @self
            UNION ALL SELECT id, cluster_id, minhash FROM reports WHERE band3 = @b3 AND cluster_id IS NOT NULL AND id <> @self
            """, "b0", "b1", "b2", "b3", "self");
        await using var insertCluster = Reusable(tx, "INSERT INTO clusters (first_report_id, created_at) VALUES (@r, @now) RETURNING id", "r", "now");
        await using var setCluster = Reusable(tx, "UPDATE reports SET cluster_id = @c WHERE id = @r", "c", "r");
        var claimRows = new ClaimRows(this, tx);

        // Reports go in by hash (the global order), then join clusters in the batch's own order: a report's candidates
        // are the reports already in a cluster, that is, those before it in this and earlier batches. The clusters are
        // then those of saving the reports one at a time, however they were cut into batches.
        int added = 0, duplicates = 0, joined = 0, claims = 0;
        var now = DateTimeOffset.UtcNow;
        var saved = new (long Id, uint[] Signature, object[] Bands)?[items.Count];
        foreach (var (report, _, hash, position) in items)
        {
            var signature = MinHash.Signature(report.Body);
            var bands = new object[MinHash.Bands];
            for (int b = 0; b < MinHash.Bands; b++) bands[b] = MinHash.Band(signature, b);
            var reportId = await ScalarAsync(insertReport, ct, hash, report.Source, report.Title, report.Outlet, report.Published, report.Url,
                JsonSerializer.Serialize(report.Headers), report.Body, MinHash.ToBytes(signature), bands[0], bands[1], bands[2], bands[3], now).ConfigureAwait(false);
            if (reportId is { } id) saved[position] = (id, signature, bands);
            else duplicates++;
        }
        for (int position = 0; position < batch.Count; position++)
        {
            if (saved[position] is not var (id, signature, bands)) continue;
            added++;
            if (await NearestClusterAsync(candidates, id, signature, bands, ct).ConfigureAwait(false) is { } cluster)
                joined++;
            else
                cluster = await ScalarAsync(insertCluster, ct, id, now).ConfigureAwait(false) ?? throw new InvalidOperationException("cluster not created");
            await ExecuteAsync(setCluster, ct, cluster, id).ConfigureAwait(false);
            var reportClaims = batch[position].Claims;
            for (int ordinal = 0; ordinal < reportClaims.Count; ordinal++)
            {
                var claim = reportClaims[ordinal];
                claimRows.Add(
                    id, ordinal, Lower(claim.Kind), ClaimantId(claim.Claimant), PlaceId(claim.Place), claim.Side.Code, Lower(claim.Modality),
                    claim.Extent is { } e ? Lower(e) : null, claim.Outcome is { } o ? Lower(o) : null, claim.Count?.Min, claim.Count?.Max,
                    claim.Date, claim.Evidence, claim.EvidenceSpan?.Start, claim.EvidenceSpan?.End);
                if (claimRows.Full) claims += await claimRows.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        claims += await claimRows.FlushAsync(ct).ConfigureAwait(false);
        await claimRows.DisposeAsync().ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        // Only committed ids are remembered: a batch rolled back takes its new places and claimants with it.
        foreach (var (key, id) in newPlaceIds) _placeIds[key] = id;
        foreach (var (key, id) in newClaimantIds) _claimantIds[key] = id;
        return new SaveOutcome(added, duplicates, joined, claims);
    }

    public async Task<bool> HoldsAsync(string body, CancellationToken cancellationToken = default)
    {
        await using var cmd = Command(null, "SELECT 1 FROM reports WHERE content_hash = @hash", ("hash", ContentHash.Of(body)));
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not (null or DBNull);
    }

    /// <summary>The cluster of the most similar earlier report at or above the threshold, found through the band indexes.</summary>
    private static async Task<long?> NearestClusterAsync(DbCommand candidates, long reportId, uint[] signature, object[] bands, CancellationToken ct)
    {
        for (int b = 0; b < MinHash.Bands; b++) candidates.Parameters[b].Value = bands[b];
        candidates.Parameters[MinHash.Bands].Value = reportId;
        await using var reader = await candidates.ExecuteReaderAsync(ct).ConfigureAwait(false);
        (double Similarity, long Id, long Cluster)? best = null;
        // Hundreds of candidates a report on template-heavy text: compare the stored bytes as they come. (GetBytes
        // would be slower: Microsoft.Data.Sqlite opens a blob handle for it on every call.)
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            double similarity = MinHash.Similarity(signature, reader.GetFieldValue<byte[]>(2));
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

    /// <summary>Claims of a batch, gathered and inserted <see cref="Dialect.ClaimRowsPerStatement"/> rows to a statement.</summary>
    private sealed class ClaimRows(SqlClaimStore store, DbTransaction tx) : IAsyncDisposable
    {
        private readonly int RowsPerStatement = store._dialect.ClaimRowsPerStatement;

        private static readonly string[] Columns =
            ["report_id", "ordinal", "kind", "claimant_id", "place_id", "side", "modality", "extent", "outcome",
             "count_min", "count_max", "date", "evidence", "evidence_start", "evidence_end"];

        private readonly List<object?[]> _rows = [];
        private DbCommand? _full;

        public bool Full => _rows.Count >= RowsPerStatement;

        public void Add(params object?[] row) => _rows.Add(row);

        public async Task<int> FlushAsync(CancellationToken ct)
        {
            if (_rows.Count == 0) return 0;
            DbCommand? partial = null;
            var cmd = _rows.Count == RowsPerStatement ? _full ??= Insert(RowsPerStatement) : partial = Insert(_rows.Count);
            try
            {
                int p = 0;
                foreach (var row in _rows)
                    foreach (var value in row)
                        cmd.Parameters[p++].Value = value ?? DBNull.Value;
                _rows.Clear();
                return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            finally
            {
                if (partial is not null) await partial.DisposeAsync().ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_full is not null) await _full.DisposeAsync().ConfigureAwait(false);
        }

        private DbCommand Insert(int rows)
        {
            var sql = new StringBuilder("INSERT INTO claims (").AppendJoin(", ", Columns).Append(") VALUES ");
            var names = new List<string>(rows * Columns.Length);
            for (int r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (int c = 0; c < Columns.Length; c++)
                {
                    string name = string.Create(CultureInfo.InvariantCulture, $"p{r}_{c}");
                    names.Add(name);
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                }
                sql.Append(')');
            }
            sql.Append(" ON CONFLICT (report_id, ordinal) DO NOTHING");
            return store.Reusable(tx, sql.ToString(), [.. names]);
        }
    }

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
                   r.id, r.cluster_id, r.source, r.outlet, r.title, r.url, r.published, c.id
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

    public async Task<IReadOnlyList<ReportSummary>> ListReportsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        // NULL publication dates sort last in both databases when asked to.
        await using var cmd = Command(null, """
            SELECT id, cluster_id, source, title, outlet, published, url FROM reports
            ORDER BY published DESC NULLS LAST, id DESC LIMIT @limit OFFSET @offset
            """, ("limit", limit), ("offset", offset));
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<ReportSummary>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            results.Add(ReadSummary(reader));
        return results;
    }

    public async Task<IReadOnlyList<StoredReport>> LoadReportsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var results = new List<StoredReport>(ids.Count);
        if (ids.Count == 0) return results;
        var distinct = ids.Distinct().ToList();
        await using var cmd = Command(null, $"""
            SELECT id, cluster_id, source, title, outlet, published, url, body FROM reports
            WHERE id IN ({string.Join(", ", distinct.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)))})
            """, [.. distinct.Select((id, i) => ("id" + i.ToString(CultureInfo.InvariantCulture), (object?)id))]);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            results.Add(new StoredReport(ReadSummary(reader), reader.GetString(7)));
        return results;
    }

    public async Task<long?> FindReportAsync(string body, CancellationToken cancellationToken = default)
    {
        await using var cmd = Command(null, "SELECT id FROM reports WHERE content_hash = @hash", ("hash", ContentHash.Of(body)));
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } id and not DBNull ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;
    }

    private static ReportSummary ReadSummary(DbDataReader r) =>
        new(r.GetInt64(0), r.IsDBNull(1) ? r.GetInt64(0) : r.GetInt64(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4),
            r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), NullableString(r, 6));

    public async Task SaveReferenceAsync(ReferenceLayerRecord layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        await using var cmd = Command(null, """
            INSERT INTO reference_layers (name, date, occupied, contested, source, imported_at)
            VALUES (@name, @date, @occupied, @contested, @source, @at)
            ON CONFLICT (name, date) DO UPDATE SET occupied = excluded.occupied, contested = excluded.contested, source = excluded.source, imported_at = excluded.imported_at
            """, ("name", layer.Name), ("date", layer.Date), ("occupied", layer.OccupiedGeoJson), ("contested", layer.ContestedGeoJson),
            ("source", layer.Source), ("at", DateTimeOffset.UtcNow));
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReferenceLayerRecord?> LoadReferenceAsync(string name, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var cmd = Command(null, """
            SELECT name, date, occupied, contested, source FROM reference_layers
            WHERE name = @name AND date <= @date ORDER BY date DESC LIMIT 1
            """, ("name", name), ("date", date));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new ReferenceLayerRecord(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), NullableString(r, 3), r.GetString(4));
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
            r.IsDBNull(26) ? null : r.GetFieldValue<DateOnly>(26))
        {
            ClaimId = r.GetInt64(27),
        };
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

    /// <summary>A command to run many times with new values: its parameters are set by position.</summary>
    private DbCommand Reusable(DbTransaction tx, string sql, params string[] parameterNames) =>
        Command(tx, sql, [.. parameterNames.Select(n => (n, (object?)null))]);

    private void Execute(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    private async Task<long?> ScalarAsync(DbTransaction tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(tx, sql, parameters);
        return ToId(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false));
    }

    private static async Task<long?> ScalarAsync(DbCommand cmd, CancellationToken ct, params object?[] values)
    {
        SetValues(cmd, values);
        return ToId(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false));
    }

    private static async Task<int> ExecuteAsync(DbCommand cmd, CancellationToken ct, params object?[] values)
    {
        SetValues(cmd, values);
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static void SetValues(DbCommand cmd, object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static long? ToId(object? value) => value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
