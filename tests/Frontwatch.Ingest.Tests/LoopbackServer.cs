using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Frontwatch.Ingest.Tests;

/// <summary>A real HTTP server on 127.0.0.1 with a few routes for fetcher tests.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add($"http://localhost:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    // /page, /feed: content; /hops/N: N redirects then /page; /big, /big-declared: 2 MB; /slow: answers after 10 s; /missing: 404.
    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        string path = context.Request.Url!.AbsolutePath;
        try
        {
            if (path.StartsWith("/hops/", StringComparison.Ordinal))
            {
                int left = int.Parse(path["/hops/".Length..], System.Globalization.CultureInfo.InvariantCulture);
                response.StatusCode = 302;
                response.RedirectLocation = left > 1 ? $"/hops/{left - 1}" : "/page";
            }
            else if (path == "/page") await WriteAsync(response, "text/html; charset=utf-8", "<html><head><title>Fetched page</title></head><body><p>Shelling of Nikopol wounded two people, the governor said.</p></body></html>");
            else if (path == "/feed") await WriteAsync(response, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title><item><title>Item one</title><link>" + Url("/page") + "</link><description>Short summary.</description><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>");
            else if (path is "/big" or "/big-declared")
            {
                response.ContentType = "text/plain";
                if (path == "/big-declared") response.ContentLength64 = 2 * 1024 * 1024;
                else response.SendChunked = true;
                var chunk = new byte[64 * 1024];
                for (int i = 0; i < 32; i++) await response.OutputStream.WriteAsync(chunk);
            }
            else if (path == "/slow")
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _stop.Token);
                await WriteAsync(response, "text/plain", "late");
            }
            else response.StatusCode = 404;
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (size cap, timeout) or the server is stopping.
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string type, string body)
    {
        response.ContentType = type;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
