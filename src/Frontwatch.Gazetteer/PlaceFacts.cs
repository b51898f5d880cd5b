using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// What disambiguation reads of a gazetteer entry, side by side in one array element: weighing a
/// name's candidates reads one element each rather than chasing each <see cref="Place"/> and its
/// strings. The country and region are numbers equal for two entries exactly when their country,
/// or their (country, admin1), are equal; the region is -1 without admin1.
/// </summary>
internal readonly record struct PlaceFacts(
    GeoPoint Point,
    double CosLat,
    double SizePrior,
    double SeatPrior,
    int CountryKey,
    int RegionKey,
    int NameCount,
    PlaceKind Kind);
