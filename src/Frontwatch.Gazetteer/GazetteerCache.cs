using System.Security.Cryptography;
using System.Text;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// Keeps the merged GeoNames settlements on disk so later runs skip parsing cities500 (32 MB of
/// the whole world) and the country dumps. The key covers every source file's path, size and
/// modification time, the country set and the format version; any change makes a new cache.
/// </summary>
internal static class GazetteerCache
{
    private const int FormatVersion = 2;

    public static string KeyFor(IEnumerable<string> files, IReadOnlySet<string> countries)
    {
        var sb = new StringBuilder().Append(FormatVersion).Append('|');
        foreach (var f in files)
        {
            var info = new FileInfo(f);
            sb.Append(Path.GetFullPath(f)).Append('|').Append(info.Exists ? info.Length : -1).Append('|')
              .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('|');
        }
        sb.AppendJoin(',', countries.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    public static List<Place>? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion) return null;
            int count = reader.ReadInt32();
            var places = new List<Place>(count);
            for (int i = 0; i < count; i++)
            {
                int id = reader.ReadInt32();
                string name = reader.ReadString(), country = reader.ReadString(), admin1 = reader.ReadString(), feature = reader.ReadString();
                double lat = reader.ReadDouble(), lon = reader.ReadDouble();
                long population = reader.ReadInt64();
                int primary = reader.ReadInt32(), nameCount = reader.ReadInt32();
                var names = new string[nameCount];
                for (int n = 0; n < nameCount; n++) names[n] = reader.ReadString();
                places.Add(new Place(id, name, PlaceKind.Settlement, country, admin1.Length == 0 ? null : admin1, new GeoPoint(lat, lon), population, feature)
                {
                    Names = names,
                    PrimaryNameCount = primary,
                });
            }
            return places;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException or UnauthorizedAccessException)
        {
            return null; // A damaged cache is rebuilt, never trusted.
        }
    }

    public static void Write(string path, List<Place> places)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temp = $"{path}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(places.Count);
                foreach (var p in places)
                {
                    writer.Write(p.GeoNameId ?? 0);
                    writer.Write(p.Name);
                    writer.Write(p.Country);
                    writer.Write(p.Admin1 ?? "");
                    writer.Write(p.FeatureCode);
                    writer.Write(p.Point.Lat);
                    writer.Write(p.Point.Lon);
                    writer.Write(p.Population);
                    writer.Write(p.PrimaryNameCount);
                    writer.Write(p.Names.Count);
                    foreach (var n in p.Names) writer.Write(n);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a writable cache folder every run parses the sources; slower, still correct.
        }
    }
}
