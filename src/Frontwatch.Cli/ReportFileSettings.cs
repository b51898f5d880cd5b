using System.ComponentModel;
using Frontwatch.Core;
using Frontwatch.Ingest;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Options of the commands that read one report file (`extract`, `places`).</summary>
internal class ReportFileSettings : GazetteerSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A report: header lines, '---', body; or plain text.")]
    public string File { get; init; } = "";

    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    /// <summary>Reads <see cref="File"/>; on failure prints one line naming it and returns null.</summary>
    public Report? ReadReport()
    {
        var read = ReportFileReader.Read(File);
        if (read.Error is { } error) Console.Error.WriteLine(error);
        return read.Report;
    }
}
