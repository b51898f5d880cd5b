using System.ComponentModel;
using System.Diagnostics;
using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Ingest;
using Frontwatch.Store;
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
        using var expander = new InputExpander(new IngestOptions
        {
            Columns = columns,
            FollowFeedLinks = settings.Follow,
            Fetch = new UrlFetcherOptions { AllowPrivate = settings.AllowPrivate },
        });

        var run = new IngestRun(extractor, store, Math.Max(1, settings.Batch));
        if (Console.IsOutputRedirected)
            await run.ReadAsync(expander.ReadAsync(settings.Inputs, cancellationToken), null, cancellationToken);
        else
            await AnsiConsole.Progress().AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("starting").IsIndeterminate();
                    await run.ReadAsync(expander.ReadAsync(settings.Inputs, cancellationToken), () => task.Description = run.Status(), cancellationToken);
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
        AnsiConsole.WriteLine($"{run.Read:N0} reports in {run.Elapsed.TotalSeconds:F1} s ({run.Rate:F0} reports/s): "
            + $"extraction {run.Extracting.TotalSeconds:F1} s, storage {run.Storing.TotalSeconds:F1} s, reading and the rest {(run.Elapsed - run.Extracting - run.Storing).TotalSeconds:F1} s");
        return run.Errors > 0 ? 1 : 0;
    }

    /// <summary>The counters and batching of one ingest.</summary>
    private sealed class IngestRun(ClaimExtractor extractor, IClaimStore store, int batchSize)
    {
        private readonly List<(Report Report, IReadOnlyList<Claim> Claims)> _batch = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public long Read { get; private set; }
        public long Claims { get; private set; }
        public long Errors { get; private set; }
        public long Warnings { get; private set; }
        public SaveOutcome Saved { get; private set; }
        public TimeSpan Extracting { get; private set; }
        public TimeSpan Storing { get; private set; }
        public TimeSpan Elapsed => _clock.Elapsed;
        public double Rate => Read / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

        public string Status() =>
            $"{Read:N0} reports, {Claims:N0} claims, {Errors:N0} errors, {Rate:F0} reports/s";

        public async Task ReadAsync(IAsyncEnumerable<ReportRead> reads, Action? tick, CancellationToken cancellationToken)
        {
            await foreach (var read in reads.WithCancellation(cancellationToken))
            {
                if (read.Error is { } error)
                {
                    Errors++;
                    Console.Error.WriteLine($"error: {error.Input}: {error.Message}");
                }
                else if (read.Report is { } report)
                {
                    foreach (var warning in read.Warnings)
                    {
                        Warnings++;
                        Console.Error.WriteLine($"warning: {report.Source}: {warning}");
                    }
                    Add(report);
                    if (_batch.Count >= batchSize) await FlushAsync(cancellationToken);
                }
                tick?.Invoke();
            }
            await FlushAsync(cancellationToken);
            tick?.Invoke();
        }

        private void Add(Report report)
        {
            IReadOnlyList<Claim> claims;
            long started = Stopwatch.GetTimestamp();
            try
            {
                claims = extractor.Extract(report);
                Extracting += Stopwatch.GetElapsedTime(started);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One report the extractor cannot take must not stop the batch; it is kept out of the store.
                Errors++;
                Console.Error.WriteLine($"error: {report.Source}: claim extraction failed ({e.GetType().Name}: {e.Message})");
                return;
            }
            Read++;
            Claims += claims.Count;
            _batch.Add((report, claims));
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0) return;
            long started = Stopwatch.GetTimestamp();
            Saved = Saved.Plus(await store.SaveAsync(_batch, cancellationToken));
            Storing += Stopwatch.GetElapsedTime(started);
            _batch.Clear();
        }
    }
}
