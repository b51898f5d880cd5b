using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>How a mention was found.</summary>
public enum MentionKind
{
    Settlement,
    Region,
    Country,

    /// <summary>Named by context ("the village of X") but absent from the gazetteer.</summary>
    Unresolved,

    /// <summary>A location relative to another place ("20 miles south of Pokrovsk", "near X").</summary>
    Relative,
}

/// <summary>How exact a mention's point is (ACLED-style geo_precision).</summary>
public enum LocationPrecision
{
    /// <summary>The place's own coordinates.</summary>
    Exact = 1,

    /// <summary>Near a known place: the point is within <see cref="PlaceMention.RadiusKm"/>.</summary>
    Near = 2,

    /// <summary>Only the admin region is known: the point is the region's representative point.</summary>
    Region = 3,

    /// <summary>No location could be given.</summary>
    Unknown = 4,
}

/// <summary>Where a relative location lies from its anchor.</summary>
public sealed record RelativeOffset(double DistanceKm, string? Direction, double? BearingDegrees);

/// <summary>A place named in a report, resolved (or kept by name) with a confidence in [0, 1].</summary>
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    MentionKind Kind,
    string Name,
    int? GeoNameId,
    string? Admin1,
    string? Country,
    GeoPoint? Point,
    double Confidence,
    LocationPrecision Precision)
{
    /// <summary>Uncertainty radius of <see cref="Point"/> in kilometres, for relative and unresolved places.</summary>
    public double? RadiusKm { get; init; }

    /// <summary>The place a relative location is measured from.</summary>
    public PlaceMention? Anchor { get; init; }

    /// <summary>Distance and direction from <see cref="Anchor"/>.</summary>
    public RelativeOffset? Offset { get; init; }

    /// <summary>The gazetteer entry, when resolved.</summary>
    public Place? Place { get; init; }
}
