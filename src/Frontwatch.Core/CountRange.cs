namespace Frontwatch.Core;

/// <summary>A count with bounds: "more than 1,000" is Min 1000 and no Max; "about 11,000" is 11000–11000.</summary>
public readonly record struct CountRange
{
    public CountRange(long? min, long? max)
    {
        if (min is null && max is null) throw new ArgumentException("a count needs a bound");
        if (min < 0 || max < 0 || min > max) throw new ArgumentOutOfRangeException(nameof(min), $"bad count range {min}–{max}");
        Min = min;
        Max = max;
    }

    public long? Min { get; }
    public long? Max { get; }

    public static CountRange Exactly(long n) => new(n, n);

    /// <summary>Two counts said together ("killed one and injured another") add up; an open bound stays open.</summary>
    public CountRange Plus(CountRange other) =>
        new(Min is { } a && other.Min is { } b ? a + b : Min ?? other.Min, Max is { } c && other.Max is { } d ? c + d : null);
}
