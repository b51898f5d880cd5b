using System.IO.Compression;

namespace Frontwatch.Gazetteer;

/// <summary>Fetches GeoNames country dumps (`{base}/UA.zip`) and keeps each only if it is a readable dump.</summary>
public sealed class GeoNamesDownloader(HttpClient http, Uri baseUri)
{
    /// <summary>GeoNames' own dump folder.</summary>
    public static readonly Uri DefaultBase = new("https://download.geonames.org/export/dump/");

    /// <summary>Largest dump accepted (the biggest GeoNames country zip is well under this).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>Downloads one country's dump into <paramref name="directory"/>; returns the saved file and its populated-place count.</summary>
    public async Task<(string Path, int Places)> DownloadAsync(string country, string directory, CancellationToken cancel = default)
    {
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
            throw new GazetteerError(country, "not a two-letter ISO country code");
        country = country.ToUpperInvariant();
        var uri = new Uri(baseUri, $"{country}.zip");
        Directory.CreateDirectory(directory);
        string target = Path.Combine(directory, $"{country}.zip");
        string partial = target + ".part";
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw new GazetteerError(uri.ToString(), $"download failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > MaxBytes) throw new GazetteerError(uri.ToString(), "download larger than the 512 MB cap");
            await using (var file = File.Create(partial))
            await using (var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = await body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
                {
                    total += n;
                    if (total > MaxBytes) throw new GazetteerError(uri.ToString(), "download larger than the 512 MB cap");
                    await file.WriteAsync(buffer.AsMemory(0, n), cancel).ConfigureAwait(false);
                }
            }
            int places = CountPlaces(partial, country, uri);
            File.Move(partial, target, overwrite: true);
            return (target, places);
        }
        catch (HttpRequestException e)
        {
            throw new GazetteerError(uri.ToString(), $"download failed: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new GazetteerError(uri.ToString(), "download timed out");
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static int CountPlaces(string path, string country, Uri uri)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry($"{country}.txt") is null) throw new GazetteerError(uri.ToString(), $"the zip holds no {country}.txt");
        }
        catch (InvalidDataException)
        {
            throw new GazetteerError(uri.ToString(), "not a zip file");
        }
        int places = GeoNamesReader.Read(path, new HashSet<string> { country }).Count;
        return places > 0 ? places : throw new GazetteerError(uri.ToString(), "the dump holds no populated places");
    }
}
