using System.Text;

namespace Frontwatch.Gazetteer.Tests;

public sealed class NameIndexTests
{
    // Invented names of one to three capitalised words, enough that the first-word filter holds thousands of bits.
    private static List<string> Names(int count, int seed)
    {
        var random = new Random(seed);
        string Word()
        {
            // Consonants and vowels in turn: no doubled letter or y for the fold to shorten.
            var sb = new StringBuilder();
            int length = random.Next(3, 9);
            for (int i = 0; i < length; i++) sb.Append(i % 2 == 0 ? "bdklmnprstv"[random.Next(11)] : "aeiou"[random.Next(5)]);
            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }
        return [.. Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word()))).Distinct()];
    }

    [Fact]
    public void Every_indexed_name_is_found_in_running_text()
    {
        var names = Names(20_000, 7);
        var index = new NameIndex();
        for (int i = 0; i < names.Count; i++) index.Add(names[i], i, primary: true);
        index.Seal();
        foreach (var name in names)
        {
            var matches = new List<NameMatch>();
            index.Scan($"Fighting went on near {name}, officials said.", matches);
            Assert.True(matches.Exists(m => m.End - m.Start >= name.Length), name);
        }
    }

    [Fact]
    public void Capitalised_words_that_start_no_name_are_not_matched()
    {
        var index = new NameIndex();
        index.Add("Pokrovsk", 1, primary: true);
        index.Add("Novyi Donbas", 2, primary: true);
        index.Seal();
        var matches = new List<NameMatch>();
        index.Scan("The General Staff said Donbas and Novyi Svit were quiet; Novyi Donbas and Pokrovsk were not.", matches);
        Assert.Equal(["Novyi Donbas", "Pokrovsk"], matches.Select(m => "The General Staff said Donbas and Novyi Svit were quiet; Novyi Donbas and Pokrovsk were not."[m.Start..m.End]));
    }
}
