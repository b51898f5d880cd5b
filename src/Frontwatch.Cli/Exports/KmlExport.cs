using System.Globalization;
using System.Text;
using System.Xml;
using Frontwatch.Assessment;
using NetTopologySuite.Geometries;

namespace Frontwatch.Cli.Exports;

/// <summary>
/// Control maps as KML 2.2 for Google Earth and QGIS: a Document with a style per holder and folders of places,
/// control areas and the line; each Placemark has a name, a plain-text description and ExtendedData with the
/// GeoJSON export's properties. A history gives each Placemark a TimeSpan, so Google Earth's time slider works.
/// Written with XmlWriter, so every text is escaped by construction.
/// </summary>
internal static class KmlExport
{
    public const string Namespace = "http://www.opengis.net/kml/2.2";

    // KML colours are aabbggrr. Red for RU, blue for UA, amber for contested, grey for unknown; areas at 40% opacity.
    private static readonly (Holder Holder, string Colour)[] Styles =
    [
        (Holder.RU, "0000dd"),
        (Holder.UA, "dd6600"),
        (Holder.Contested, "00a5ff"),
        (Holder.Unknown, "888888"),
    ];

    private const int TopClaims = 3;

    /// <summary>Writes <paramref name="maps"/> (in date order) to <paramref name="stream"/> as UTF-8 KML; returns the number of Placemarks.</summary>
    public static int Write(Stream stream, IReadOnlyList<ControlMap> maps, bool history)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var layers = MapLayers.From(maps, history);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var x = XmlWriter.Create(stream, settings);
        x.WriteStartDocument();
        x.WriteStartElement("kml", Namespace);
        x.WriteStartElement("Document");
        x.WriteElementString("name", Title(maps, history));
        x.WriteElementString("description", "Assessed control from attributed claims in news reports (Frontwatch). "
            + "Areas are estimates: Voronoi cells of assessed places clipped to land (Natural Earth), dissolved by holder.");
        foreach (var (holder, colour) in Styles)
        {
            x.WriteStartElement("Style");
            x.WriteAttributeString("id", StyleId(holder));
            x.WriteStartElement("IconStyle");
            x.WriteElementString("color", "ff" + colour);
            x.WriteElementString("scale", "0.8");
            x.WriteStartElement("Icon");
            x.WriteElementString("href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
            x.WriteEndElement();
            x.WriteEndElement();
            x.WriteStartElement("LineStyle");
            x.WriteElementString("color", "ff" + colour);
            x.WriteElementString("width", "1");
            x.WriteEndElement();
            x.WriteStartElement("PolyStyle");
            x.WriteElementString("color", "66" + colour);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteStartElement("Style");
        x.WriteAttributeString("id", "line");
        x.WriteStartElement("LineStyle");
        x.WriteElementString("color", "ff000000");
        x.WriteElementString("width", "3");
        x.WriteEndElement();
        x.WriteEndElement();

        Folder(x, "Places", () =>
        {
            foreach (var p in layers.Places)
            {
                var s = p.Assessed.State;
                Placemark(x, p.Assessed.Name, PlaceDescription(p), p.Date, p.Until, history, StyleId(s.Holder), ExportProperties.Place(p, history),
                    () => Point(x, p.Assessed.Lon, p.Assessed.Lat));
            }
        });
        Folder(x, "Control areas", () =>
        {
            foreach (var a in layers.Areas)
            {
                string holder = ExportProperties.HolderCode(a.Holder);
                Placemark(x, $"{holder} area", $"Estimated {holder} area on {AssessCommand.Day(a.Date)}.", a.Date, a.Until, history,
                    StyleId(a.Holder), ExportProperties.Area(a, history), () => Polygons(x, a.Geometry));
            }
        });
        Folder(x, "Line", () =>
        {
            foreach (var l in layers.Lines)
                Placemark(x, "Line between the RU and UA areas", $"Where the estimated RU and UA areas meet on {AssessCommand.Day(l.Date)}.", l.Date, l.Until,
                    history, "line", ExportProperties.Line(l, history), () => Lines(x, l.Geometry));
        });
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
        return layers.Places.Count + layers.Areas.Count + layers.Lines.Count;
    }

    private static string Title(IReadOnlyList<ControlMap> maps, bool history) => maps.Count == 0
        ? "Frontwatch: no assessed places"
        : history
            ? $"Frontwatch: assessed control, {AssessCommand.Day(maps[0].Date)} to {AssessCommand.Day(maps[^1].Date)}"
            : $"Frontwatch: assessed control on {string.Join(", ", maps.Select(m => AssessCommand.Day(m.Date)))}";

    private static string StyleId(Holder holder) => "holder-" + ExportProperties.HolderCode(holder).ToLowerInvariant();

    // "contested, leaning RU; confidence 0.82; since 2025-02-09; claimed, unconfirmed", then the heaviest claims.
    private static string PlaceDescription(MapLayers.Place p)
    {
        var s = p.Assessed.State;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{s.Describe()}; confidence {s.Confidence:0.00}; since {AssessCommand.Day(s.From)}");
        if (s.Unconfirmed) text.Append("; claimed, unconfirmed");
        foreach (var w in s.For.Select(w => (Sign: '+', w)).Concat(s.Against.Select(w => (Sign: '-', w))).OrderByDescending(c => c.w.Weight).Take(TopClaims))
            text.Append(CultureInfo.InvariantCulture, $"\n{w.Sign} {w.w.Grade.Code} {w.w.Evidence.Claim.Claimant.Name}: {w.w.Evidence.Claim.Evidence}");
        return text.ToString();
    }

    private static void Folder(XmlWriter x, string name, Action content)
    {
        x.WriteStartElement("Folder");
        x.WriteElementString("name", name);
        content();
        x.WriteEndElement();
    }

    // KML's element order: name, description, time, styleUrl, ExtendedData, then the geometry.
    private static void Placemark(XmlWriter x, string name, string description, DateOnly date, DateOnly? until, bool history, string style,
        List<KeyValuePair<string, object?>> properties, Action geometry)
    {
        x.WriteStartElement("Placemark");
        x.WriteElementString("name", XmlText(name));
        x.WriteElementString("description", XmlText(description));
        if (history)
        {
            x.WriteStartElement("TimeSpan");
            x.WriteElementString("begin", AssessCommand.Day(date));
            if (until is { } u) x.WriteElementString("end", AssessCommand.Day(u));
            x.WriteEndElement();
        }
        else
        {
            x.WriteStartElement("TimeStamp");
            x.WriteElementString("when", AssessCommand.Day(date));
            x.WriteEndElement();
        }
        x.WriteElementString("styleUrl", "#" + style);
        x.WriteStartElement("ExtendedData");
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            x.WriteStartElement("Data");
            x.WriteAttributeString("name", key);
            x.WriteElementString("value", XmlText(Format(value)));
            x.WriteEndElement();
        }
        x.WriteEndElement();
        geometry();
        x.WriteEndElement();
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Point(XmlWriter x, double lon, double lat)
    {
        x.WriteStartElement("Point");
        x.WriteElementString("coordinates", Coordinate(lon, lat));
        x.WriteEndElement();
    }

    private static void Polygons(XmlWriter x, Geometry area)
    {
        bool multi = area.NumGeometries > 1;
        if (multi) x.WriteStartElement("MultiGeometry");
        for (int i = 0; i < area.NumGeometries; i++)
        {
            var polygon = (Polygon)area.GetGeometryN(i);
            x.WriteStartElement("Polygon");
            x.WriteElementString("tessellate", "1");
            Boundary(x, "outerBoundaryIs", polygon.Shell);
            foreach (var hole in polygon.Holes) Boundary(x, "innerBoundaryIs", hole);
            x.WriteEndElement();
        }
        if (multi) x.WriteEndElement();
    }

    private static void Boundary(XmlWriter x, string element, LineString ring)
    {
        x.WriteStartElement(element);
        x.WriteStartElement("LinearRing");
        x.WriteElementString("coordinates", Coordinates(ring));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Lines(XmlWriter x, MultiLineString lines)
    {
        x.WriteStartElement("MultiGeometry");
        for (int i = 0; i < lines.NumGeometries; i++)
        {
            x.WriteStartElement("LineString");
            x.WriteElementString("tessellate", "1");
            x.WriteElementString("coordinates", Coordinates((LineString)lines.GetGeometryN(i)));
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    private static string Coordinates(LineString line) => string.Join(' ', line.Coordinates.Select(c => Coordinate(c.X, c.Y)));

    // KML coordinates are lon,lat[,alt].
    private static string Coordinate(double lon, double lat) =>
        string.Create(CultureInfo.InvariantCulture, $"{ExportGeometry.Round(lon):0.######},{ExportGeometry.Round(lat):0.######}");

    /// <summary>The text with the characters XML 1.0 cannot hold (control characters, lone surrogates) replaced by U+FFFD.</summary>
    internal static string XmlText(string text)
    {
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid && clean is null) clean = new StringBuilder(text.Length).Append(text, 0, i);
            if (pair)
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else clean?.Append(valid ? c : '\uFFFD');
        }
        return clean?.ToString() ?? text;
    }
}
