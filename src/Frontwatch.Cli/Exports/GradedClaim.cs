using Frontwatch.Assessment;
using Frontwatch.Store;

namespace Frontwatch.Cli.Exports;

/// <summary>A stored claim with the day it is about (its event date, else its report's) and its grade.</summary>
internal sealed record GradedClaim(StoredClaim Stored, DateOnly Date, Grade? Grade);
