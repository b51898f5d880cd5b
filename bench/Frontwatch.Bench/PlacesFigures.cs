namespace Frontwatch.Bench;

/// <summary>Every figure of one <c>places</c> run, printed as one JSON line for scripts and for the README.</summary>
internal sealed record PlacesFigures(
    double Megabytes,
    int Reports,
    int PlacesWritten,
    int Cores,
    double? LoadAverage,
    int GazetteerPlaces,
    int IndexedNames,
    int GrepNames,
    double ScanSeconds,
    double ScanMbPerSecond,
    double ScanCpuSeconds,
    double ScanMbPerCpuSecond,
    long ScanMatches,
    double RecognizeSeconds,
    double RecognizeMbPerSecond,
    double RecognizeCpuSeconds,
    double RecognizeMbPerCpuSecond,
    double RecognizeReportsPerSecond,
    long RecognizeMentions,
    IReadOnlyList<GrepFigures> Grep,
    double GoalMbPerSecond,
    bool GoalMet);
