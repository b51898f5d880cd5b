using System.Diagnostics;
using System.Threading.Channels;
using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Ingest;
using Frontwatch.Store;

namespace Frontwatch.Cli;

/// <summary>
/// One ingest: reads inputs in order, extracts claims on several threads, and hands the results to one writer in
/// input order, a batch per transaction. The order makes the store the same whatever the thread count: batches hold
/// the same reports, and a report joins the syndication cluster of the same earlier one. A report the store holds
/// already (asked through <paramref name="lookup"/>, a second connection) is counted as a duplicate and not extracted
/// again, so a rerun after a crash only works on what is missing.
/// </summary>
internal sealed class IngestPipeline(ClaimExtractor extractor, IClaimStore store, IClaimStore lookup, int batchSize, int threads)
{
    private readonly List<(Report Report, IReadOnlyList<Claim> Claims)> _batch = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _extractingTicks;

    /// <summary>Reports extracted and handed to the store.</summary>
    public long Read { get; private set; }

    public long Claims { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public SaveOutcome Saved { get; private set; }

    /// <summary>Extraction threads.</summary>
    public int Threads => threads;

    /// <summary>Time spent extracting, summed over the extraction threads.</summary>
    public TimeSpan Extracting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _extractingTicks));

    /// <summary>Time the writer spent saving batches.</summary>
    public TimeSpan Storing { get; private set; }

    /// <summary>Time the writer spent waiting for the next report's claims.</summary>
    public TimeSpan Waiting { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public double Rate => Read / Math.Max(0.001, _clock.Elapsed.TotalSeconds);

    public string Status() =>
        $"{Read:N0} reports, {Claims:N0} claims, {Errors:N0} errors, {Rate:F0} reports/s";

    /// <summary>Reads, extracts and saves everything; <paramref name="tick"/> runs after each input.</summary>
    public async Task RunAsync(IAsyncEnumerable<ReportRead> reads, Action? tick, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Bounded: a fast reader waits for the extractors instead of holding a whole dump in memory.
        var pending = Channel.CreateBounded<Task<Extracted>>(new BoundedChannelOptions(threads * 16) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(threads);
        var producer = Task.Run(() => ProduceAsync(reads, pending.Writer, slots, stop.Token), stop.Token);
        try
        {
            while (await pending.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
                while (pending.Reader.TryRead(out var next))
                {
                    long started = Stopwatch.GetTimestamp();
                    var extracted = await next.ConfigureAwait(false);
                    Waiting += Stopwatch.GetElapsedTime(started);
                    await TakeAsync(extracted, stop.Token).ConfigureAwait(false);
                    tick?.Invoke();
                }
            await FlushAsync(stop.Token).ConfigureAwait(false);
            tick?.Invoke();
        }
        finally
        {
            // A failed writer must not leave the reader blocked on a full channel.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
    }

    private async Task ProduceAsync(IAsyncEnumerable<ReportRead> reads, ChannelWriter<Task<Extracted>> pending, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            await foreach (var read in reads.WithCancellation(ct).ConfigureAwait(false))
            {
                if (read.Report is not { } report)
                {
                    await pending.WriteAsync(Task.FromResult(new Extracted(read, null, null)), ct).ConfigureAwait(false);
                    continue;
                }
                if (await lookup.HoldsAsync(report.Body, ct).ConfigureAwait(false))
                {
                    await pending.WriteAsync(Task.FromResult(new Extracted(read, null, null) { Held = true }), ct).ConfigureAwait(false);
                    continue;
                }
                await slots.WaitAsync(ct).ConfigureAwait(false);
                Task<Extracted> extraction;
                try
                {
                    extraction = Task.Run(() => Extract(read, report, slots), ct);
                }
                catch
                {
                    slots.Release();
                    throw;
                }
                await pending.WriteAsync(extraction, ct).ConfigureAwait(false);
            }
            pending.Complete();
        }
        catch (Exception e)
        {
            pending.Complete(e);
            throw;
        }
    }

    private Extracted Extract(ReportRead read, Report report, SemaphoreSlim slots)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            return new Extracted(read, extractor.Extract(report), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Extracted(read, null, e);
        }
        finally
        {
            Interlocked.Add(ref _extractingTicks, Stopwatch.GetTimestamp() - started);
            slots.Release();
        }
    }

    private async Task TakeAsync(Extracted extracted, CancellationToken ct)
    {
        var read = extracted.Read;
        if (read.Error is { } error)
        {
            Errors++;
            Console.Error.WriteLine($"error: {error.Input}: {error.Message}");
            return;
        }
        var report = read.Report!;
        foreach (var warning in read.Warnings)
        {
            Warnings++;
            Console.Error.WriteLine($"warning: {report.Source}: {warning}");
        }
        if (extracted.Held)
        {
            Read++;
            Saved = Saved.Plus(new SaveOutcome(0, 1, 0, 0));
            return;
        }
        if (extracted.Failure is { } e)
        {
            // One report the extractor cannot take must not stop the batch; it is kept out of the store.
            Errors++;
            Console.Error.WriteLine($"error: {report.Source}: claim extraction failed ({e.GetType().Name}: {e.Message})");
            return;
        }
        Read++;
        Claims += extracted.Claims!.Count;
        _batch.Add((report, extracted.Claims));
        if (_batch.Count >= batchSize) await FlushAsync(ct).ConfigureAwait(false);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_batch.Count == 0) return;
        long started = Stopwatch.GetTimestamp();
        Saved = Saved.Plus(await store.SaveAsync(_batch, ct).ConfigureAwait(false));
        Storing += Stopwatch.GetElapsedTime(started);
        _batch.Clear();
    }

    private sealed record Extracted(ReportRead Read, IReadOnlyList<Claim>? Claims, Exception? Failure)
    {
        /// <summary>The store held the report already; it was not extracted.</summary>
        public bool Held { get; init; }
    }
}
