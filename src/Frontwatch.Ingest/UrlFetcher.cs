using System.Net;
using System.Net.Sockets;

namespace Frontwatch.Ingest;

/// <summary>
/// Fetches web pages and feeds for ingest, safely: http and https only, a timeout, a size cap, redirects followed
/// one by one (at most <see cref="UrlFetcherOptions.MaxRedirects"/>), and no connection to a non-public address
/// unless allowed, checked on the address actually connected to so that DNS rebinding cannot slip past.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly UrlFetcherOptions _options;
    private readonly HttpClient _client;

    /// <summary>Creates a fetcher with its own connection pool.</summary>
    public UrlFetcher(UrlFetcherOptions? options = null)
    {
        _options = options ?? new UrlFetcherOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would be the address connected to, and the target would go unchecked.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8");
    }

    /// <summary>Fetches <paramref name="url"/>; every expected failure (bad scheme, refused address, timeout, HTTP error, too large) is an error naming it.</summary>
    public Task<FetchResult> FetchAsync(string url, CancellationToken cancellationToken = default) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? FetchAsync(uri, cancellationToken)
            : Task.FromResult(FetchResult.Fail(url, "not an absolute URL"));

    /// <inheritdoc cref="FetchAsync(string, CancellationToken)"/>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        string input = url.OriginalString;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var current = url;
            for (int redirects = 0; ; redirects++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                    return FetchResult.Fail(input, redirects == 0 ? $"only http and https URLs are fetched, not {current.Scheme}" : $"redirected to a {current.Scheme} URL ({current})");
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location) return FetchResult.Fail(input, $"HTTP {(int)response.StatusCode} redirect without a Location");
                    if (redirects == _options.MaxRedirects) return FetchResult.Fail(input, $"too many redirects (more than {_options.MaxRedirects})");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    return FetchResult.Fail(input, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
                return await ReadBodyAsync(input, current, response.Content, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Fail(input, $"timed out after {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Fail(input, Explain(e));
        }
    }

    private async Task<FetchResult> ReadBodyAsync(string input, Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        long max = _options.MaxBytes;
        if (content.Headers.ContentLength is long declared && declared > max)
            return FetchResult.Fail(input, InputFile.TooLarge(declared, max));
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > max) return FetchResult.Fail(input, $"too large (more than {max / (1024.0 * 1024):0.#} MB; stopped reading at the cap)");
                body.Write(buffer, 0, read);
            }
            return FetchResult.Ok(new FetchedDocument(url, content.Headers.ContentType?.MediaType, body.ToArray()));
        }
    }

    // Resolves the host here, not in the handler, so that the address connected to is the address checked.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = _options.AllowPrivate ? addresses : addresses.Where(NetworkAddress.IsPublic).ToArray();
        if (allowed.Length == 0)
            throw addresses.Length == 0 ? new SocketException((int)SocketError.HostNotFound) : new RefusedAddressException(host, addresses[0]);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            if (!_options.AllowPrivate && socket.RemoteEndPoint is IPEndPoint connected && !NetworkAddress.IsPublic(connected.Address))
                throw new RefusedAddressException(host, connected.Address);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Explain(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is RefusedAddressException refused) return $"refused: {refused.Message} (allow private addresses with --allow-private)";
            if (inner is SocketException socket) return $"unreachable ({socket.Message})";
        }
        return $"unreachable ({e.Message})";
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}
