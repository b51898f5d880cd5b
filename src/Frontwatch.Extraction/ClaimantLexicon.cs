using Frontwatch.Core;
using Frontwatch.Gazetteer;

namespace Frontwatch.Extraction;

/// <summary>
/// The curated claimants of data/claimants.tsv (canonical name, side, type, reliability, aliases,
/// reference nouns), with one name index over every alias.
/// </summary>
public sealed class ClaimantLexicon
{
    private readonly Dictionary<string, ClaimantProfile> _byName = new(StringComparer.OrdinalIgnoreCase);

    private ClaimantLexicon(List<ClaimantProfile> profiles)
    {
        Profiles = profiles;
        Index = new NameIndex();
        LowerCaseIndex = new NameIndex();
        for (int i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            _byName.TryAdd(p.Claimant.Name, p);
            Index.Add(p.Claimant.Name, i, primary: true);
            foreach (var alias in p.Aliases)
            {
                // "governor of the Belgorod region" starts in lower case: its own index, scanned over a capitalised copy of the text.
                if (char.IsLower(alias[0])) LowerCaseIndex.Add(char.ToUpperInvariant(alias[0]) + alias[1..], i, primary: true);
                else Index.Add(alias, i, primary: true);
                // "Russia's defence ministry" is also written "the defence ministry of Russia"; lexicon rows list what they need.
                _byName.TryAdd(alias, p);
            }
        }
        Index.Seal();
        LowerCaseIndex.Seal();
        LowerCaseStarts = new LowerCaseAliasStarts(profiles.SelectMany(p => p.Aliases).Where(a => char.IsLower(a[0])));
    }

    public IReadOnlyList<ClaimantProfile> Profiles { get; }

    /// <summary>Index over names and aliases; a candidate's id is an index into <see cref="Profiles"/>.</summary>
    public NameIndex Index { get; }

    /// <summary>Index over the aliases written in lower case ("head of the FSB"), each stored capitalised.</summary>
    public NameIndex LowerCaseIndex { get; }

    /// <summary>Which lower-case words may begin an alias of <see cref="LowerCaseIndex"/>.</summary>
    public LowerCaseAliasStarts LowerCaseStarts { get; }

    /// <summary>The profile with this canonical name or alias, if any.</summary>
    public ClaimantProfile? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The claimant of a report's outlet header. "Reuters (via Jagran English)" is Reuters passed on by a
    /// site; "The Independent (AP)" and "Aggregator (Ukrinform)" carry the story of the outlet in brackets.
    /// </summary>
    public Claimant Outlet(string? header)
    {
        if (header is null) return new Claimant("unknown outlet", Side.None, ClaimantType.Media);
        if (Find(header) is { } whole) return whole.Claimant;
        int paren = header.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            string head = header[..paren].Trim(), inner = header[(paren + 2)..].TrimEnd(')').Trim();
            if (inner.StartsWith("via ", StringComparison.OrdinalIgnoreCase))
                return Find(head)?.Claimant ?? Find(inner[4..])?.Claimant ?? new Claimant(head, Side.None, ClaimantType.Media);
            return Find(inner)?.Claimant ?? Find(head)?.Claimant ?? new Claimant(head, Side.None, ClaimantType.Media);
        }
        return new Claimant(header, Side.None, ClaimantType.Media);
    }

    /// <summary>Reads the lexicon file; a malformed row is an error naming the file and line.</summary>
    public static ClaimantLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new GazetteerError(path, "claimant lexicon not found");
        var profiles = new List<ClaimantProfile>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 4) throw new GazetteerError(path, $"line {lineNo}: expected at least 4 tab-separated columns");
            var side = Side.TryParse(c[1].Trim()) ?? throw new GazetteerError(path, $"line {lineNo}: bad side '{c[1]}'");
            if (!Enum.TryParse<ClaimantType>(c[2].Trim(), ignoreCase: true, out var type))
                throw new GazetteerError(path, $"line {lineNo}: bad type '{c[2]}'");
            string rel = c[3].Trim();
            char reliability = rel.Length == 1 && rel[0] is >= 'A' and <= 'F' ? rel[0] : 'F';
            profiles.Add(new ClaimantProfile(new Claimant(c[0].Trim(), side, type), reliability,
                c.Length > 4 ? Split(c[4]) : [], c.Length > 5 ? Split(c[5]) : []));
        }
        return new ClaimantLexicon(profiles);
    }

    private static string[] Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
