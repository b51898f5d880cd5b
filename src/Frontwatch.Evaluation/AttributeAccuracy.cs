namespace Frontwatch.Evaluation;

/// <summary>How many matched pairs got one attribute right, out of those where it is scored.</summary>
public sealed record AttributeAccuracy(int Correct, int Total)
{
    /// <summary>The share right; null when no matched pair scores the attribute.</summary>
    public double? Share => Total == 0 ? null : (double)Correct / Total;
}
