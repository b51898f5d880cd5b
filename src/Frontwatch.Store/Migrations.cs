namespace Frontwatch.Store;

/// <summary>
/// The schema as numbered forward steps. A step, once released, never changes: a change is a new step. Each runs in
/// a transaction with its row in schema_version, so it is applied once or not at all.
/// </summary>
internal static class Migrations
{
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version {int} PRIMARY KEY, applied_at {ts} NOT NULL)";

    public static IReadOnlyList<(int Version, string Sql)> Steps { get; } =
    [
        (1, """
            CREATE TABLE reports (
                id {id},
                content_hash TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                title TEXT,
                outlet TEXT,
                published {date},
                url TEXT,
                headers TEXT NOT NULL,
                body TEXT NOT NULL,
                minhash {blob} NOT NULL,
                band0 {int} NOT NULL,
                band1 {int} NOT NULL,
                band2 {int} NOT NULL,
                band3 {int} NOT NULL,
                cluster_id {int},
                ingested_at {ts} NOT NULL
            );
            CREATE INDEX reports_band0 ON reports (band0);
            CREATE INDEX reports_band1 ON reports (band1);
            CREATE INDEX reports_band2 ON reports (band2);
            CREATE INDEX reports_band3 ON reports (band3);
            CREATE INDEX reports_cluster ON reports (cluster_id);
            CREATE INDEX reports_published ON reports (published);

            CREATE TABLE clusters (
                id {id},
                first_report_id {int} NOT NULL UNIQUE REFERENCES reports (id),
                created_at {ts} NOT NULL
            );

            CREATE TABLE places (
                id {id},
                place_key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                geonameid {int},
                admin1 TEXT,
                country TEXT,
                lat {real},
                lon {real}
            );
            CREATE INDEX places_name_key ON places (name_key);

            CREATE TABLE claimants (
                id {id},
                name_key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                side TEXT NOT NULL,
                type TEXT NOT NULL
            );

            CREATE TABLE claims (
                id {id},
                report_id {int} NOT NULL REFERENCES reports (id),
                ordinal {int} NOT NULL,
                kind TEXT NOT NULL,
                claimant_id {int} NOT NULL REFERENCES claimants (id),
                place_id {int} NOT NULL REFERENCES places (id),
                side TEXT NOT NULL,
                modality TEXT NOT NULL,
                extent TEXT,
                outcome TEXT,
                count_min {int},
                count_max {int},
                date {date},
                evidence TEXT NOT NULL,
                evidence_start {int},
                evidence_end {int},
                UNIQUE (report_id, ordinal)
            );
            CREATE INDEX claims_place ON claims (place_id);
            CREATE INDEX claims_claimant ON claims (claimant_id);
            CREATE INDEX claims_kind ON claims (kind);
            """),
        // The candidate lookup of syndication clustering reads every report that shares a band with a new one: with the
        // signature and cluster in the band's index it never visits the table row, whose body lies before the
        // signature (in SQLite, in overflow pages).
        (2, """
            DROP INDEX reports_band0;
            DROP INDEX reports_band1;
            DROP INDEX reports_band2;
            DROP INDEX reports_band3;
            CREATE INDEX reports_band0_candidates ON reports {candidate:band0};
            CREATE INDEX reports_band1_candidates ON reports {candidate:band1};
            CREATE INDEX reports_band2_candidates ON reports {candidate:band2};
            CREATE INDEX reports_band3_candidates ON reports {candidate:band3};
            """),
        // Another tracker's control map on a day, as imported: its occupied area and its grey zone, GeoJSON geometries.
        (3, """
            CREATE TABLE reference_layers (
                id {id},
                name TEXT NOT NULL,
                date {date} NOT NULL,
                occupied TEXT NOT NULL,
                contested TEXT,
                source TEXT NOT NULL,
                imported_at {ts} NOT NULL,
                UNIQUE (name, date)
            );
            """),
    ];
}
