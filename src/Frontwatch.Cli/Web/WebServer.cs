using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;

namespace Frontwatch.Cli.Web;

/// <summary>
/// The API and the map page on Kestrel: `frontwatch serve` runs it, tests start it in-process on a free loopback port.
/// </summary>
internal static class WebServer
{
    /// <summary>Assesses the store, then starts listening; the returned server knows its address.</summary>
    public static async Task<RunningServer> StartAsync(WebOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Private && options.ApiKey is null) throw new ArgumentException("--private closes reads with the API key, and no key is set (--api-key or FRONTWATCH_API_KEY)");
        // Production: never the developer exception page, whatever ASPNETCORE_ENVIRONMENT says.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });

        var readers = new StoreReaders(options.Store);
        var live = new LiveAssessment(options, readers);
        await live.LoadAsync(cancellationToken).ConfigureAwait(false);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(readers);
        builder.Services.AddSingleton(live);
        builder.Services.AddSingleton(new ReportLibrary(readers));
        builder.Services.AddSingleton(new MapLayers(options.Boundaries));
        var gate = new ApiKeyGate(options.ApiKey);
        builder.Services.AddSingleton(gate);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo
            {
                Title = "Frontwatch API",
                Version = "v1",
                Description = "Claims about the war in Ukraine extracted from news reports, graded, and the assessed control of each place over time. " +
                    "Reads are open (unless the server runs with --private); POST /api/reports needs the API key in the X-Api-Key header. " +
                    "Errors are RFC 7807 problem details.",
            };
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        string csp = SecurityHeaders.ContentSecurityPolicy(options.Tiles);
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response, csp);
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the server could not read (a body over the cap, a broken chunk) is the client's error, not ours.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                if (ApiKeyGate.KeyInQuery(context.Request) is { } name)
                {
                    await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "API key in the URL",
                        detail: $"Keys are never taken from the query string ('{name}'): send the key in the {ApiKeyGate.Header} header.").ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }
                if (options.Private && HttpMethods.IsGet(context.Request.Method) && gate.Refusal(context.Request, "Reading") is { } refusal)
                {
                    await Results.Problem(detail: refusal.Detail, statusCode: refusal.Status, title: refusal.Title).ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }
            }
            await next(context).ConfigureAwait(false);
        });
        if (Directory.Exists(options.WebRoot))
        {
            var web = new PhysicalFileProvider(Path.GetFullPath(options.WebRoot));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = web });
        }
        if (Directory.Exists(options.MapLibre))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(options.MapLibre)), RequestPath = "/vendor/maplibre" });

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        ReadEndpoints.Map(api);
        WriteEndpoints.Map(api);
        ExportEndpoints.Map(api);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RunningServer(app, readers);
    }
}
