using System.Collections.Concurrent;

namespace Frontwatch.Cli.Web;

/// <summary>
/// Rendered response bodies by a key naming the request. Bounded: when full it starts over, which costs a few
/// renders and never lets a crawler of every date and filter grow it without end.
/// </summary>
internal sealed class ResponseCache(int capacity)
{
    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);

    // A state weighs its claims on first use (PlaceState.For) and keeps them in a field of two references that a
    // concurrent reader could see half-written; renders that read them take turns. Taking turns also saves rendering
    // the same slow day twice when requests for it arrive together.
    private readonly SemaphoreSlim _explaining = new(1, 1);

    /// <summary>Like <see cref="GetOrRenderAsync"/>, for renders that read states' claims for and against: one at a time.</summary>
    public async ValueTask<RenderedBody> GetOrRenderExplainedAsync(string key, Func<ValueTask<byte[]>> render)
    {
        if (_bodies.TryGetValue(key, out var body)) return body;
        await _explaining.WaitAsync().ConfigureAwait(false);
        try
        {
            return await GetOrRenderAsync(key, render).ConfigureAwait(false);
        }
        finally
        {
            _explaining.Release();
        }
    }

    public async ValueTask<RenderedBody> GetOrRenderAsync(string key, Func<ValueTask<byte[]>> render)
    {
        if (_bodies.TryGetValue(key, out var body)) return body;
        body = new RenderedBody(await render().ConfigureAwait(false));
        if (_bodies.Count >= capacity) _bodies.Clear();
        return _bodies.GetOrAdd(key, body);
    }
}
