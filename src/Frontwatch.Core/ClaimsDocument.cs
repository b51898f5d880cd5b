namespace Frontwatch.Core;

/// <summary>The claims of one report, as exchanged in eval/SCHEMA.md (extract output and gold files).</summary>
public sealed record ClaimsDocument(string Report, DateOnly? Published, IReadOnlyList<Claim> Claims);
