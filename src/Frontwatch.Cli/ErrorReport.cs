using Frontwatch.Gazetteer;
using Spectre.Console.Cli;

namespace Frontwatch.Cli;

/// <summary>Turns a failure into one line on stderr; the stack trace only with --verbose.</summary>
internal static class ErrorReport
{
    public static int Print(Exception e)
    {
        bool verbose = Environment.GetCommandLineArgs().Contains("--verbose");
        switch (e)
        {
            case GazetteerError g:
                Console.Error.WriteLine($"error: {g.Message}");
                return 1;
            case CommandParseException or CommandRuntimeException:
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            default:
                Console.Error.WriteLine(verbose ? e.ToString() : $"error: {e.Message} (run with --verbose for details)");
                return 3;
        }
    }
}
