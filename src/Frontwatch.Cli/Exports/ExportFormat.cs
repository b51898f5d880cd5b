namespace Frontwatch.Cli.Exports;

/// <summary>What `export` writes.</summary>
internal enum ExportFormat
{
    GeoJson,
    Kml,
    Csv,
}
