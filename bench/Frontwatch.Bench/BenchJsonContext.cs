using System.Text.Json.Serialization;

namespace Frontwatch.Bench;

/// <summary>Source-generated JSON for the figures line.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PlacesFigures))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
