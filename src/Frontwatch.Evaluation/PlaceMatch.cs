namespace Frontwatch.Evaluation;

/// <summary>How a system place stands for a gold place (eval/SCHEMA.md "How eval matches").</summary>
public enum PlaceMatch
{
    /// <summary>Not the same place.</summary>
    None,

    /// <summary>The same place by identity: equal GeoNames id, or the same name (gold name, alias, or a GeoNames name of the system's entry).</summary>
    Exact,

    /// <summary>The same place by a looser rule: the system place lies in the gold region, or the two are within 15 km.</summary>
    Loose,
}
