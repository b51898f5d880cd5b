using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Extraction;

/// <summary>The rule- and lexicon-based claim extractor: text → sentences → places, claimants, attribution, events → claims.</summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    private readonly PlaceRecognizer _places;

    private ClaimExtractor(PlaceGazetteer gazetteer, string dataDirectory)
    {
        _places = new PlaceRecognizer(gazetteer);
        _ = dataDirectory;
    }

    /// <summary>An extractor over <paramref name="gazetteer"/> with the lexicons in <paramref name="dataDirectory"/>.</summary>
    public static ClaimExtractor Create(PlaceGazetteer gazetteer, string dataDirectory) => new(gazetteer, dataDirectory);

    public IReadOnlyList<Claim> Extract(Report report)
    {
        _ = _places;
        return [];
    }
}
