namespace Frontwatch.Core;

/// <summary>One attributed claim about the fighting, with the evidence that carries it (eval/SCHEMA.md).</summary>
public sealed record Claim(
    ClaimKind Kind,
    Claimant Claimant,
    ClaimPlace Place,
    Side Side,
    Modality Modality,
    string Evidence)
{
    /// <summary>Control only: how much of the place.</summary>
    public Extent? Extent { get; init; }

    /// <summary>Fighting and strikes: how it went for the attacker.</summary>
    public Outcome? Outcome { get; init; }

    /// <summary>Casualties and deployments: how many people.</summary>
    public CountRange? Count { get; init; }

    /// <summary>The event's date as the text gives it, resolved against the publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where <see cref="Evidence"/> sits in the report body; null in gold files.</summary>
    public TextSpan? EvidenceSpan { get; init; }

    /// <summary>Gold only: a borderline claim that is neither required nor counted against a system that finds it.</summary>
    public bool Optional { get; init; }
}
