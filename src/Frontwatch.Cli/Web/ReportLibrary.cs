using System.Collections.Concurrent;
using Frontwatch.Store;

namespace Frontwatch.Cli.Web;

/// <summary>Report bodies by id, read from the store in one query per request and kept (bounded): a stored report never changes.</summary>
internal sealed class ReportLibrary(StoreReaders readers)
{
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<long, StoredReport> _reports = new();

    /// <summary>The reports of these ids that the store holds.</summary>
    public async Task<IReadOnlyDictionary<long, StoredReport>> LoadAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, StoredReport>();
        var missing = new List<long>();
        foreach (long id in ids)
        {
            if (found.ContainsKey(id)) continue;
            if (_reports.TryGetValue(id, out var known)) found[id] = known;
            else if (!missing.Contains(id)) missing.Add(id);
        }
        if (missing.Count == 0) return found;
        var loaded = await readers.UseAsync(store => store.LoadReportsAsync(missing, cancellationToken)).ConfigureAwait(false);
        if (_reports.Count + loaded.Count > Capacity) _reports.Clear();
        foreach (var report in loaded)
        {
            found[report.Summary.Id] = report;
            _reports.TryAdd(report.Summary.Id, report);
        }
        return found;
    }
}
