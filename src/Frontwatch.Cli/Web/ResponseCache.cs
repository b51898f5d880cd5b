using System.Collections.Concurrent;

namespace Frontwatch.Cli.Web;

/// <summary>
/// Rendered response bodies by a key naming the request. Bounded: when full it starts over, which costs a few
/// renders and never lets a crawler of every date and filter grow it without end.
/// </summary>
internal sealed class ResponseCache(int capacity)
{
    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);

    public async ValueTask<RenderedBody> GetOrRenderAsync(string key, Func<ValueTask<byte[]>> render)
    {
        if (_bodies.TryGetValue(key, out var body)) return body;
        body = new RenderedBody(await render().ConfigureAwait(false));
        if (_bodies.Count >= capacity) _bodies.Clear();
        return _bodies.GetOrAdd(key, body);
    }
}
