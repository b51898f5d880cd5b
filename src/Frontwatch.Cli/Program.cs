using Frontwatch.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("frontwatch");
    config.AddCommand<ExtractCommand>("extract").WithDescription("List the claims of one report (table, or the claims JSON).");
    config.AddCommand<PlacesCommand>("places").WithDescription("List the place mentions of one report (resolved by the gazetteer).");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Read reports, pages, feeds or dumps, extract their claims and save them in the store.");
    config.AddCommand<StatsCommand>("stats").WithDescription("Count what the store holds: reports, clusters, claims by kind, places, claimants.");
    config.AddCommand<ClaimsCommand>("claims").WithDescription("List stored claims, filtered by place, claimant, kind and dates (table, JSON or CSV).");
    config.AddCommand<InfoCommand>("info").WithDescription("Show where Frontwatch keeps its store, gazetteers and caches.");
    config.AddCommand<AssessCommand>("assess").WithDescription("Who holds each place on a day, how sure, and the graded claims for and against.");
    config.AddCommand<ExportCommand>("export").WithDescription("Export the assessed map (GeoJSON, KML) or the claims (CSV, ACLED-style) for a day or the whole history.");
    config.AddCommand<ClaimantsCommand>("claimants").WithDescription("Each claimant's track record: control claims later corroborated or contradicted, and the lag.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve the map page and the REST API (OpenAPI at /openapi/v1.json) on http://127.0.0.1:5080.");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score the claim extractor against gold claims: reports X.txt with X.gold.json beside them.");
    config.AddBranch("gazetteer", g =>
    {
        g.SetDescription("Manage the gazetteer: import or download GeoNames files, show what is loaded.");
        g.AddCommand<GazetteerImportCommand>("import").WithDescription("Add a GeoNames file (geoname-table TSV or zip) for good.");
        g.AddCommand<GazetteerDownloadCommand>("download").WithDescription("Download GeoNames country dumps (e.g. UA RU) and add them for good.");
        g.AddCommand<GazetteerInfoCommand>("info").WithDescription("Show the gazetteer's sources and counts.");
    });
    config.AddBranch("reference", r =>
    {
        r.SetDescription("Other trackers' control maps: import one for a day, diff the claims against it.");
        r.AddCommand<ReferenceImportCommand>("import").WithDescription("Store a tracker's occupied area (and grey zone) for a day from GeoJSON.");
        r.AddCommand<ReferenceDiffCommand>("diff").WithDescription("Agreement with a reference map over the assessed places, and every disagreement with its claims.");
    });
    config.SetExceptionHandler((e, _) => ErrorReport.Print(e));
});
return app.Run(args);
