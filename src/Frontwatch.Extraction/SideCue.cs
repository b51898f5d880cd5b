using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>A phrase naming a side's forces ("Russian troops", "Kyiv's forces", "the enemy", "its forces").</summary>
public readonly record struct SideCue(TextSpan Span, Side Side);
