using System.Text.Json.Serialization;

namespace Frontwatch.Bench;

/// <summary>Source-generated JSON for the figures lines and the peer's output.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PlacesFigures))]
[JsonSerializable(typeof(ExtractFigures))]
[JsonSerializable(typeof(WinkResult))]
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
