using Frontwatch.Gazetteer;

namespace Frontwatch.Cli;

/// <summary>Loads the gazetteer a command's settings name.</summary>
internal static class GazetteerLoader
{
    public static PlaceGazetteer Load(GazetteerSettings settings) => PlaceGazetteer.Load(settings.ToGazetteerOptions());
}
