namespace Frontwatch.Assessment;

/// <summary>Who holds a place in an assessment.</summary>
public enum Holder
{
    Unknown,
    RU,
    UA,
    Contested,
}
