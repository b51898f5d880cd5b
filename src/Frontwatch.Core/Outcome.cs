namespace Frontwatch.Core;

/// <summary>How fighting or a strike went for the attacker.</summary>
public enum Outcome
{
    Ongoing,
    Repelled,
    Gained,
}
