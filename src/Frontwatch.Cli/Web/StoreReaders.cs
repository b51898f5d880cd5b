using System.Collections.Concurrent;
using Frontwatch.Store;

namespace Frontwatch.Cli.Web;

/// <summary>
/// Open store connections for requests that read what the snapshot does not hold (report bodies, the report list).
/// A store instance holds one connection and serves one task at a time, so each request borrows one; a few are kept.
/// </summary>
internal sealed class StoreReaders(string store) : IAsyncDisposable
{
    private const int Kept = 8;
    private readonly ConcurrentBag<IClaimStore> _idle = [];

    public string Store => store;

    /// <summary>A new connection, not pooled, for writers.</summary>
    public IClaimStore OpenNew()
    {
        if (!ClaimStore.IsPostgresUrl(store) && Path.GetDirectoryName(Path.GetFullPath(store)) is { } dir) Directory.CreateDirectory(dir);
        return ClaimStore.Open(store);
    }

    public async Task<T> UseAsync<T>(Func<IClaimStore, Task<T>> read)
    {
        if (!_idle.TryTake(out var connection)) connection = OpenNew();
        try
        {
            var result = await read(connection).ConfigureAwait(false);
            if (_idle.Count < Kept)
            {
                _idle.Add(connection);
                connection = null;
            }
            return result;
        }
        finally
        {
            // A connection whose read failed is not handed out again.
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }
}
