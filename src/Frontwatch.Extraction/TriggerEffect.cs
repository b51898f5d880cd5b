namespace Frontwatch.Extraction;

/// <summary>What a trigger word says about the sides and attributes of its claim (data/event-triggers.tsv).</summary>
public enum TriggerEffect
{
    Capture,
    Liberate,
    Withdraw,
    Hold,
    Enter,
    Attack,
    /// <summary>Fighting with no attacker in the word ("clashes", "fierce fighting", "contested").</summary>
    Clash,
    Repel,
    Advance,
    Strike,
    Intercept,
    Casualty,
    Deploy,
}
