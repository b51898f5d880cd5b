namespace Frontwatch.Ingest;

/// <summary>Reads a whole input file under a size cap and tells binary data from text.</summary>
internal static class InputFile
{
    /// <summary>Reads <paramref name="path"/> if it exists, is a file and is no larger than <paramref name="maxBytes"/>.</summary>
    public static byte[]? TryRead(string path, long maxBytes, out IngestError? error)
    {
        using var stream = TryOpen(path, out error);
        if (stream is null) return null;
        if (stream.Length > maxBytes)
        {
            error = new IngestError(path, TooLarge(stream.Length, maxBytes));
            return null;
        }
        try
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (IOException e)
        {
            error = new IngestError(path, $"cannot be read ({e.Message})");
            return null;
        }
    }

    /// <summary>Opens <paramref name="path"/> for streaming, or says why it cannot be.</summary>
    public static FileStream? TryOpen(string path, out IngestError? error)
    {
        error = null;
        if (Directory.Exists(path)) error = new IngestError(path, "is a directory, not a file");
        else if (!File.Exists(path)) error = new IngestError(path, "file not found");
        if (error is not null) return null;
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new IngestError(path, $"cannot be read ({e.Message})");
            return null;
        }
    }

    /// <summary>The message for an input over the size cap.</summary>
    public static string TooLarge(long length, long maxBytes) =>
        $"too large ({length / (1024.0 * 1024):F1} MB; the limit for one input is {maxBytes / (1024.0 * 1024):0.#} MB)";

    /// <summary>NUL bytes, or many control characters, in the first 8 KB mean binary data.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0)) return true;
        int control = 0;
        foreach (byte b in head)
            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')) control++;
        return control > head.Length / 20;
    }
}
