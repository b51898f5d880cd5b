namespace Frontwatch.Cli;

/// <summary>A country filter that lets every country through.</summary>
internal sealed class AllCountries : IReadOnlySet<string>
{
    public static readonly AllCountries Instance = new();

    public int Count => int.MaxValue;
    public bool Contains(string item) => true;
    public IEnumerator<string> GetEnumerator() => Enumerable.Empty<string>().GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    public bool IsProperSubsetOf(IEnumerable<string> other) => false;
    public bool IsProperSupersetOf(IEnumerable<string> other) => true;
    public bool IsSubsetOf(IEnumerable<string> other) => false;
    public bool IsSupersetOf(IEnumerable<string> other) => true;
    public bool Overlaps(IEnumerable<string> other) => other.Any();
    public bool SetEquals(IEnumerable<string> other) => false;
}
