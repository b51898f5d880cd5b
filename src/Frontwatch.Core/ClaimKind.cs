namespace Frontwatch.Core;

/// <summary>What a claim is about (eval/SCHEMA.md "Kinds").</summary>
public enum ClaimKind
{
    /// <summary>Who holds a place, or that it changed hands.</summary>
    Control,

    /// <summary>Combat at a place: attacks, assaults, clashes, repelled breakthroughs.</summary>
    Fighting,

    /// <summary>Movement toward or near a place.</summary>
    Advance,

    /// <summary>A missile, drone, artillery or air strike on a place.</summary>
    Strike,

    /// <summary>Killed, wounded or captured people, or destroyed forces.</summary>
    Casualties,

    /// <summary>Presence or arrival of forces at a place.</summary>
    Deployment,
}
