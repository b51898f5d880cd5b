namespace Frontwatch.Ingest;

/// <summary>An input that could not be read, named, with a plain message for the user.</summary>
public sealed record IngestError(string Input, string Message)
{
    public override string ToString() => $"{Input}: {Message}";
}
