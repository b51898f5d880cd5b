namespace Frontwatch.Gazetteer;

/// <summary>A gazetteer source that cannot be read, with the file it concerns and a plain message.</summary>
public sealed class GazetteerError(string source, string message) : Exception($"{source}: {message}")
{
    public string Input { get; } = source;
}
