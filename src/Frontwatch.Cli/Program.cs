using Frontwatch.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("frontwatch");
    config.AddCommand<ExtractCommand>("extract").WithDescription("List the claims of one report (table, or the claims JSON).");
    config.AddCommand<PlacesCommand>("places").WithDescription("List the place mentions of one report (resolved by the gazetteer).");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score the claim extractor against gold claims: reports X.txt with X.gold.json beside them.");
    config.AddBranch("gazetteer", g =>
    {
        g.SetDescription("Manage the gazetteer: import or download GeoNames files, show what is loaded.");
        g.AddCommand<GazetteerImportCommand>("import").WithDescription("Add a GeoNames file (geoname-table TSV or zip) for good.");
        g.AddCommand<GazetteerDownloadCommand>("download").WithDescription("Download GeoNames country dumps (e.g. UA RU) and add them for good.");
        g.AddCommand<GazetteerInfoCommand>("info").WithDescription("Show the gazetteer's sources and counts.");
    });
    config.SetExceptionHandler((e, _) => ErrorReport.Print(e));
});
return app.Run(args);
