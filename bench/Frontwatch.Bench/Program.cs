namespace Frontwatch.Bench;

/// <summary>Frontwatch's whole-run benchmarks; one subcommand per workload.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(PlacesOptions.Usage);
            Console.WriteLine(ExtractOptions.Usage);
            Console.WriteLine(AssessBenchmark.Usage);
            Console.WriteLine(DumpCommand.Usage);
            return args.Length == 0 ? 2 : 0;
        }
        switch (args[0])
        {
            case "places":
                var options = PlacesOptions.Parse(args[1..], out var error);
                if (options is null)
                {
                    Console.Error.WriteLine($"frontwatch-bench: {error}");
                    Console.Error.WriteLine(PlacesOptions.Usage);
                    return 2;
                }
                return PlacesBenchmark.Run(options);
            case "extract":
                var extractOptions = ExtractOptions.Parse(args[1..], out var extractError);
                if (extractOptions is null)
                {
                    Console.Error.WriteLine($"frontwatch-bench: {extractError}");
                    Console.Error.WriteLine(ExtractOptions.Usage);
                    return 2;
                }
                return ExtractBenchmark.Run(extractOptions);
            case "assess":
                return AssessBenchmark.Run(args[1..]);
            case "dump":
                return DumpCommand.Run(args[1..]);
            default:
                Console.Error.WriteLine($"frontwatch-bench: unknown benchmark '{args[0]}'");
                Console.Error.WriteLine(PlacesOptions.Usage);
                Console.Error.WriteLine(ExtractOptions.Usage);
                return 2;
        }
    }
}
