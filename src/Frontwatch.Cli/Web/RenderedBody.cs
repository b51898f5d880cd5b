using System.IO.Compression;

namespace Frontwatch.Cli.Web;

/// <summary>
/// A response body rendered once and served many times, with its Brotli and gzip forms made on first demand: a day's
/// assessment over thousands of places is megabytes of JSON that compresses about tenfold, and compressing it once
/// instead of per request is what lets one core serve it thousands of times a second.
/// </summary>
internal sealed class RenderedBody(byte[] body)
{
    /// <summary>Smaller bodies go out as they are: compressing them saves less than it costs.</summary>
    public const int CompressFrom = 1024;

    private byte[]? _brotli;
    private byte[]? _gzip;

    public byte[] Body => body;

    public bool Compressible => body.Length >= CompressFrom;

    public byte[] Brotli => _brotli ??= CompressBrotli(body);

    public byte[] Gzip => _gzip ??= CompressGzip(body);

    // Quality 5 of 11: most of the gain at a fraction of the time of the top qualities.
    private static byte[] CompressBrotli(byte[] source)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        if (!BrotliEncoder.TryCompress(source, output, out int written, quality: 5, window: 22))
            throw new InvalidOperationException("Brotli output buffer too small");
        return output[..written];
    }

    private static byte[] CompressGzip(byte[] source)
    {
        using var output = new MemoryStream(source.Length / 4);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(source);
        return output.ToArray();
    }
}
