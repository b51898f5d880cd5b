using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Frontwatch.Cli.Web;

/// <summary>A started web server: where it listens, and how to stop it.</summary>
internal sealed class RunningServer(WebApplication app, StoreReaders readers) : IAsyncDisposable
{
    /// <summary>The first address Kestrel bound (with the real port when 0 was asked for).</summary>
    public Uri Address { get; } = new(app.Urls.First());

    public WebApplication App => app;

    /// <summary>Runs until the host stops (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        await readers.DisposeAsync().ConfigureAwait(false);
    }
}
