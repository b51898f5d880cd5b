using System.ComponentModel;
using System.Text;
using Frontwatch.Assessment;
using Frontwatch.Cli.Exports;
using Frontwatch.Gazetteer;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of `frontwatch export`.</summary>
internal sealed class ExportSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("geojson (places, control areas and the line), kml (the same for Google Earth and QGIS) or csv (claims, ACLED-style columns).")]
    public string? Format { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("The day to export (yyyy-mm-dd); for csv, the claims up to that day.")]
    public DateOnly? Date { get; init; }

    [CommandOption("--history")]
    [Description("Every day on which a place's assessment changes, in one file, each feature with its date; for csv, every claim.")]
    public bool History { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("The file to write (replaced once complete). Default: standard output.")]
    public string? Out { get; init; }

    /// <summary>The format asked for; valid once <see cref="Validate"/> passed.</summary>
    public ExportFormat ExportFormat => Enum.Parse<ExportFormat>(Format!, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrEmpty(Format)) return ValidationResult.Error("--format is required: geojson, kml or csv");
        if (!Enum.TryParse<ExportFormat>(Format, ignoreCase: true, out _) || Format.Any(char.IsDigit))
            return ValidationResult.Error($"--format '{Format}' is not one of geojson, kml, csv");
        if (Date is not null && History) return ValidationResult.Error("--date and --history exclude each other: give one");
        if (Date is null && !History) return ValidationResult.Error("give --date yyyy-mm-dd (one day) or --history (every day with a change)");
        if (Out is { } o && (o.Length == 0 || Directory.Exists(o))) return ValidationResult.Error($"--out '{o}' is a folder, not a file");
        return ValidationResult.Success();
    }
}

/// <summary>`frontwatch export`: the assessed map as GeoJSON or KML, or the claims as CSV, for one day or the whole history.</summary>
internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var format = settings.ExportFormat;
        // The output is opened first, so an unwritable --out fails before the store is read.
        using var output = Output.Open(settings.Out);
        if (output is null) return 1;
        int written;
        await using (var store = settings.OpenStore())
        {
            var assessed = await AssessedStore.LoadAsync(store, cancellationToken);
            switch (format)
            {
                case ExportFormat.Csv:
                    var countries = RegionFileReader.ReadCountries(Path.Combine(AppPaths.DataDirectory, "countries.tsv"))
                        .Where(c => !c.IsAdjective).ToDictionary(c => c.Country, c => c.Name, StringComparer.Ordinal);
                    using (var writer = new StreamWriter(output.Stream, new UTF8Encoding(false), leaveOpen: true))
                        written = ClaimsCsv.Write(writer, assessed.GradedClaims(settings.History ? null : settings.Date), new AcledCoding(countries));
                    break;
                default:
                    var land = Land.Load(AppPaths.Boundaries);
                    IReadOnlyList<ControlMap> maps = settings.History
                        ? ControlMap.History(assessed.Timelines, land)
                        : [ControlMap.Build(settings.Date!.Value, assessed.Timelines, land)];
                    written = format == ExportFormat.GeoJson
                        ? GeoJsonExport.Write(output.Stream, maps, settings.History)
                        : KmlExport.Write(output.Stream, maps, settings.History);
                    break;
            }
        }
        if (!output.Commit()) return 1;
        if (settings.Out is { } path)
            AnsiConsole.WriteLine($"{path}: {written} {(format == ExportFormat.Csv ? "claims" : "features")} ({format.ToString().ToLowerInvariant()}, {(settings.History ? "history" : AssessCommand.Day(settings.Date!.Value))})");
        return 0;
    }

    /// <summary>Standard output, or a temporary file beside --out that replaces it once the export is complete.</summary>
    private sealed class Output : IDisposable
    {
        private readonly string? _path;
        private readonly string? _temp;

        private Output(Stream stream, string? path, string? temp)
        {
            Stream = stream;
            _path = path;
            _temp = temp;
        }

        public Stream Stream { get; }

        /// <summary>The output, or null after printing why --out cannot be written.</summary>
        public static Output? Open(string? path)
        {
            if (path is null) return new Output(Console.OpenStandardOutput(), null, null);
            string full = Path.GetFullPath(path);
            string temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            try
            {
                return new Output(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None), path, temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: --out {path}: cannot write there ({e.Message})");
                return null;
            }
        }

        /// <summary>Moves the finished file into place; false after printing why it could not be.</summary>
        public bool Commit()
        {
            Stream.Flush();
            if (_path is null) return true;
            Stream.Dispose();
            try
            {
                File.Move(_temp!, _path, overwrite: true);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: --out {_path}: cannot write there ({e.Message})");
                return false;
            }
        }

        public void Dispose()
        {
            Stream.Dispose();
            if (_temp is not null && File.Exists(_temp)) File.Delete(_temp);
        }
    }
}
