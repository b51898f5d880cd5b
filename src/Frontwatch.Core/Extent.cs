namespace Frontwatch.Core;

/// <summary>How much of a place a control claim covers: "captured X" is full, "most of X" most, "parts of X" part.</summary>
public enum Extent
{
    Full,
    Most,
    Part,
}
