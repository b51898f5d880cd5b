namespace Frontwatch.Evaluation;

/// <summary>Gold, system and matched claim counts with the precision, recall and F1 they give (0 when undefined).</summary>
public sealed record MatchCounts(int Gold, int System, int Matched)
{
    public static readonly MatchCounts Zero = new(0, 0, 0);

    public double Precision => System == 0 ? 0 : (double)Matched / System;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public MatchCounts Plus(MatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Gold + other.Gold, System + other.System, Matched + other.Matched);
    }
}
