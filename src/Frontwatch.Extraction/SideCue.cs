using Frontwatch.Core;

namespace Frontwatch.Extraction;

/// <summary>
/// A phrase naming a side's forces ("Russian troops", "Kyiv's forces", "the enemy", "its forces");
/// <see cref="Weak"/> for a bare name or adjective ("Russia", "Ukrainian") that may name the actor or only a place.
/// </summary>
public readonly record struct SideCue(TextSpan Span, Side Side, bool Weak = false);
