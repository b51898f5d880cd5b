using Frontwatch.Core;
using Frontwatch.Extraction;
using Frontwatch.Ingest;

namespace Frontwatch.Cli.Web;

/// <summary>What POST /api/reports did: the report's id, whether it was new, and how many claims it brought.</summary>
internal sealed record IngestOutcome(long ReportId, bool Added, int Claims);

/// <summary>
/// The assessment in force: an immutable snapshot that reads share, replaced whole after each ingest. Ingests run one
/// at a time, through the same pipeline as `frontwatch ingest`, and the new snapshot is recomputed from the store.
/// </summary>
internal sealed class LiveAssessment(WebOptions options, StoreReaders readers)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lazy<ClaimExtractor> _extractor = new(() => ClaimExtractor.Create(options.Gazetteer, options.DataDirectory));
    private AssessmentSnapshot? _current;

    public AssessmentSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("the assessment is not loaded yet");

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await readers.UseAsync(store => AssessmentSnapshot.LoadAsync(store, cancellationToken)).ConfigureAwait(false);
        Volatile.Write(ref _current, snapshot);
    }

    /// <summary>Extracts and saves one report; null when extraction failed. A report the store holds already changes nothing.</summary>
    public async Task<IngestOutcome?> IngestAsync(Report report, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var store = readers.OpenNew();
            await using var lookup = readers.OpenNew();
            var run = new IngestPipeline(_extractor.Value, store, lookup, batchSize: 1, threads: 1);
            await run.RunAsync(One(report), null, cancellationToken).ConfigureAwait(false);
            if (run.Errors > 0 || await store.FindReportAsync(report.Body, cancellationToken).ConfigureAwait(false) is not { } id) return null;
            if (run.Saved.Added > 0)
                Volatile.Write(ref _current, await AssessmentSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false));
            return new IngestOutcome(id, run.Saved.Added > 0, run.Saved.Added > 0 ? run.Saved.ClaimsAdded : Current.ClaimCountOf(id));
        }
        finally
        {
            _writer.Release();
        }
    }

    private static async IAsyncEnumerable<ReportRead> One(Report report)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return ReportRead.Ok(report);
    }
}
