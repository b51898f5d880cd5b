namespace Frontwatch.Ingest;

/// <summary>Splits a stream into lines of raw bytes, so one line's bad bytes or excess length spoil only that line.</summary>
internal static class ByteLines
{
    /// <summary>One line: its 1-based number and its bytes (without the line break), or null bytes if it ran past the cap.</summary>
    public readonly record struct Line(int Number, byte[]? Bytes, long Length);

    public static IEnumerable<Line> Read(Stream stream, long maxLineBytes)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        long length = 0;
        int number = 1;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int nl; start < read && (nl = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0; start = nl + 1)
            {
                Append(buffer.AsSpan(start, nl - start));
                yield return Take();
            }
            Append(buffer.AsSpan(start, read - start));
        }
        if (length > 0) yield return Take();

        void Append(ReadOnlySpan<byte> bytes)
        {
            length += bytes.Length;
            if (length <= maxLineBytes) line.Write(bytes);
        }

        Line Take()
        {
            var bytes = length <= maxLineBytes ? line.ToArray() : null;
            if (bytes is [.., (byte)'\r']) bytes = bytes[..^1];
            var taken = new Line(number++, bytes, length);
            line.SetLength(0);
            length = 0;
            return taken;
        }
    }
}
