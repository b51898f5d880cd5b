using System.Globalization;
using System.IO.Compression;
using Frontwatch.Core;

namespace Frontwatch.Gazetteer;

/// <summary>
/// Reads the GeoNames geoname table (19 tab-separated columns: cities500.txt, a country dump
/// such as UA.txt, or its zip). Only populated places (feature class P) of the wanted countries are kept.
/// </summary>
public static class GeoNamesReader
{
    /// <summary>Reads populated places from a GeoNames file or zip; rows of other countries are skipped.</summary>
    public static List<Place> Read(string path, IReadOnlySet<string> countries)
    {
        if (!File.Exists(path)) throw new GazetteerError(path, "gazetteer file not found");
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            int got = stream.Read(magic);
            stream.Position = 0;
            if (got == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K')
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                var places = new List<Place>();
                foreach (var entry in zip.Entries)
                {
                    if (!entry.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                        || entry.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase)) continue;
                    using var reader = new StreamReader(entry.Open());
                    places.AddRange(ReadRows(reader, countries));
                }
                return places;
            }
            using var text = new StreamReader(stream);
            return ReadRows(text, countries);
        }
        catch (InvalidDataException e)
        {
            throw new GazetteerError(path, $"not a readable zip ({e.Message})");
        }
        catch (IOException e)
        {
            throw new GazetteerError(path, e.Message);
        }
    }

    /// <summary>Parses geoname-table rows; comment lines (#) and rows with too few columns are skipped.</summary>
    public static List<Place> ReadRows(TextReader reader, IReadOnlySet<string> countries)
    {
        var places = new List<Place>();
        string? line;
        var cols = new string[19];
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (Split(line, cols) < 15) continue;
            if (cols[6] != "P" || !countries.Contains(cols[8])) continue;
            if (!int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id)) continue;
            if (!double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                || !double.TryParse(cols[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180) continue;
            long.TryParse(cols[14], NumberStyles.None, CultureInfo.InvariantCulture, out long population);

            var names = new List<string> { cols[1] };
            if (cols[2].Length > 0 && cols[2] != cols[1]) names.Add(cols[2]);
            if (cols[3].Length > 0)
                foreach (var alt in cols[3].Split(','))
                    if (alt.Length > 0 && Foldable(alt) && !names.Contains(alt)) names.Add(alt);

            places.Add(new Place(id, cols[1], PlaceKind.Settlement, cols[8], cols[10].Length == 0 ? null : cols[10],
                new GeoPoint(lat, lon), population, cols[7])
            { Names = names, PrimaryNameCount = cols[2].Length > 0 && cols[2] != cols[1] ? 2 : 1 });
        }
        return places;
    }

    // Names in scripts the fold cannot read (Chinese, Arabic, Georgian …) could never match; dropping
    // them here keeps them out of the cache and the index.
    private static bool Foldable(string name)
    {
        foreach (char c in name)
            if (c >= 0x0530 && c is < '\u1E00' or > '\u1EFF' && c is not ('’' or 'ʼ' or '‘' or '′')) return false;
        return true;
    }

    private static int Split(string line, string[] cols)
    {
        int n = 0, start = 0;
        while (n < cols.Length)
        {
            int tab = line.IndexOf('\t', start);
            cols[n++] = tab < 0 ? line[start..] : line[start..tab];
            if (tab < 0) break;
            start = tab + 1;
        }
        for (int i = n; i < cols.Length; i++) cols[i] = "";
        return n;
    }
}
