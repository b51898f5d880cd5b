using System.ComponentModel;
using System.Diagnostics;
using Frontwatch.Extraction;
using Frontwatch.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch ingest`.</summary>
internal sealed class IngestSettings : StoreSettings
{
    [CommandArgument(0, "<INPUT>")]
    [Description("Report files, HTML pages, RSS/Atom feeds, JSONL/CSV dumps, folders, globs (quote them) or URLs.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--follow")]
    [Description("For feeds: fetch each item's page and read the article instead of the item's summary.")]
    public bool Follow { get; init; }

    [CommandOption("--allow-private")]
    [Description("Allow fetching from private, loopback and link-local addresses (refused by default).")]
    public bool AllowPrivate { get; init; }

    [CommandOption("--columns <MAP>")]
    [Description("Column mapping of JSONL/CSV dumps, e.g. title=headline,text=story_body,published=date.")]
    public string? Columns { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Reports saved per transaction (default 200).")]
    public int Batch { get; init; } = 200;

    [CommandOption("--jobs <N>")]
    [Description("Threads extracting claims (default: one per core). The store ends the same whatever the number.")]
    public int? Jobs { get; init; }
}

/// <summary>
/// `frontwatch ingest INPUT…`: reads every input, extracts its claims and saves reports and claims in
/// the store, a batch per transaction. A bad input is one error line naming it; the rest goes on.
/// Running it again changes nothing: the store skips reports it holds.
/// </summary>
internal sealed class IngestCommand : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var columns = DumpColumns.Default;
        if (settings.Columns is { } map && !DumpColumns.TryParse(map, out columns, out string? mapError))
        {
            Console.Error.WriteLine($"error: --columns: {mapError}");
            return 2;
        }
        var extractor = ClaimExtractor.Create(GazetteerLoader.Load(settings), AppPaths.DataDirectory);
        await using var store = settings.OpenStore();
        await using var lookup = settings.OpenStore();
        using var expander = new InputExpander(new IngestOptions
        {
            Columns = columns,
            FollowFeedLinks = settings.Follow,
            Fetch = new UrlFetcherOptions { AllowPrivate = settings.AllowPrivate },
        });

        var run = new IngestPipeline(extractor, store, lookup, Math.Max(1, settings.Batch), Math.Max(1, settings.Jobs ?? Environment.ProcessorCount));
        if (Console.IsOutputRedirected)
            await run.RunAsync(expander.ReadAsync(settings.Inputs, cancellationToken), null, cancellationToken);
        else
            await AnsiConsole.Progress().AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("starting").IsIndeterminate();
                    await run.RunAsync(expander.ReadAsync(settings.Inputs, cancellationToken), () => task.Description = run.Status(), cancellationToken);
                });

        var table = CountTable.Create($"ingest into {store.Description}");
        table.Row("reports read", run.Read);
        table.Row("  new", run.Saved.Added);
        table.Row("  exact duplicates skipped", run.Saved.Duplicates);
        table.Row("  joined a syndication cluster", run.Saved.NearDuplicatesJoined);
        table.Row("claims found", run.Claims);
        table.Row("claims stored", run.Saved.ClaimsAdded);
        table.Row("warnings", run.Warnings);
        table.Row("errors", run.Errors);
        AnsiConsole.Write(table);
        // Extraction time is summed over its threads; the writer's time splits into storing and waiting for claims,
        // so a writer that waited most of the run says storage is not what holds the ingest back.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        AnsiConsole.WriteLine($"{run.Read:N0} reports in {run.Elapsed.TotalSeconds:F1} s ({run.Rate:F0} reports/s); "
            + $"extraction {run.Extracting.TotalSeconds:F1} s on {run.Threads} thread{(run.Threads == 1 ? "" : "s")}, "
            + $"storage {run.Storing.TotalSeconds:F1} s, writer waiting for extraction {run.Waiting.TotalSeconds:F1} s; "
            + $"process CPU {cpu.TotalSeconds:F1} s");
        return run.Errors > 0 ? 1 : 0;
    }
}
