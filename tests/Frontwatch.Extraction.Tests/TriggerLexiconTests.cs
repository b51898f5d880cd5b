using System.Text.RegularExpressions;
using Frontwatch.Core;
using Frontwatch.Tests;

namespace Frontwatch.Extraction.Tests;

[Collection(ExtractionCollection.Name)]
public sealed class TriggerLexiconTests(ExtractionFixture fixture)
{
    private List<EventTrigger> Triggers(string text) => fixture.Triggers.Find(text, new TextSpan(0, text.Length));

    [Theory]
    [InlineData("Russian troops captured the village.", "captured", ClaimKind.Control, TriggerEffect.Capture)]
    [InlineData("Russian troops took control of the village.", "took control", ClaimKind.Control, TriggerEffect.Capture)]
    [InlineData("Russian troops seized the village.", "seized", ClaimKind.Control, TriggerEffect.Capture)]
    [InlineData("Ukrainian troops liberated the village.", "liberated", ClaimKind.Control, TriggerEffect.Liberate)]
    [InlineData("Ukrainian troops entered the village.", "entered", ClaimKind.Control, TriggerEffect.Enter)]
    [InlineData("Ukrainian troops withdrew from the village.", "withdrew", ClaimKind.Control, TriggerEffect.Withdraw)]
    [InlineData("Russian troops attacked the village.", "attacked", ClaimKind.Fighting, TriggerEffect.Attack)]
    [InlineData("Clashes went on around the village.", "Clashes", ClaimKind.Fighting, TriggerEffect.Clash)]
    [InlineData("Defenders repelled the assault.", "repelled", ClaimKind.Fighting, TriggerEffect.Repel)]
    [InlineData("Defenders foiled the assault.", "foiled", ClaimKind.Fighting, TriggerEffect.Repel)]
    [InlineData("Russian troops were advancing toward the village.", "advancing", ClaimKind.Advance, TriggerEffect.Advance)]
    [InlineData("Russian troops were pushing toward the village.", "pushing toward", ClaimKind.Advance, TriggerEffect.Advance)]
    [InlineData("A missile strike damaged the depot.", "missile strike", ClaimKind.Strike, TriggerEffect.Strike)]
    [InlineData("Nine drones were shot down over the region.", "shot down", ClaimKind.Strike, TriggerEffect.Intercept)]
    [InlineData("Two soldiers were killed.", "killed", ClaimKind.Casualties, TriggerEffect.Casualty)]
    [InlineData("Five soldiers were wounded.", "wounded", ClaimKind.Casualties, TriggerEffect.Casualty)]
    [InlineData("Fresh units were deployed to the area.", "deployed", ClaimKind.Deployment, TriggerEffect.Deploy)]
    [InlineData("Fresh units arrived in the area.", "arrived", ClaimKind.Deployment, TriggerEffect.Deploy)]
    [InlineData("Foreign troops were stationed in the area.", "stationed", ClaimKind.Deployment, TriggerEffect.Deploy)]
    public void A_trigger_word_starts_its_kind_of_claim(string text, string word, ClaimKind kind, TriggerEffect effect)
    {
        Assert.Contains(Triggers(text), t => text[t.Span.Start..t.Span.End] == word && t.Kind == kind && t.Effect == effect);
    }

    [Fact]
    public void A_sentence_without_an_event_word_has_no_trigger()
    {
        Assert.Empty(Triggers("Markets were calm and the weather stayed mild."));
    }

    [Fact]
    public void Only_the_given_span_is_searched()
    {
        const string text = "Russian troops captured the village. Markets were calm.";
        int second = text.IndexOf("Markets", StringComparison.Ordinal);
        Assert.Empty(fixture.Triggers.Find(text, new TextSpan(second, text.Length)));
    }

    [Theory]
    [InlineData("Troops pulled out of the town after they were driven out of the village and it fell.")]
    [InlineData("The town remains under Russian control; in the town they held out and hold the line.")]
    [InlineData("Missile strikes hit the city; drone attacks, airstrikes and glide bombs struck twice.")]
    [InlineData("Overran, overrun: the \u212Ailled and the killed were counted.")]
    [InlineData("Shot down.Deployed;deployed—destroyed 3 tanks,killed 4 troops were destroyed")]
    [InlineData("recaptured retook re-captured 12killed _killed kill-ed un-occupied de-occupied")]
    public void Finding_at_prefixes_finds_what_scanning_finds(string text)
    {
        text = Regex.Unescape(text);
        Assert.Equal(fixture.Triggers.FindByScanning(text, new TextSpan(0, text.Length)), Triggers(text));
    }

    [Fact]
    public void Finding_at_prefixes_finds_what_scanning_finds_in_every_sample_sentence()
    {
        int triggers = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Root, "samples"), "*.txt"))
        {
            string text = File.ReadAllText(file);
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var found = fixture.Triggers.Find(text, sentence.Span);
                Assert.Equal(fixture.Triggers.FindByScanning(text, sentence.Span), found);
                triggers += found.Count;
            }
        }
        Assert.True(triggers > 100);
    }
    [Fact]
    public void Finding_at_prefixes_finds_what_scanning_finds_in_random_runs_of_words_sharing_prefix_starts()
    {
        string[] words = ["in", "into", "in the", "including", "In\u00a0full", "under", "un", "hit", "hi", "h", "fell", "fall", "fa", "of", "control",
            "complete", "full", "Russian", "Ukraine's", "held", "ho", "out", "shot", "sh", "down", "at", "attack", "a", "troops", "destroyed", "strikes"];
        string[] gaps = [" ", " ", "  ", "\n", ", ", "", "-", "\u00a0"];
        var random = new Random(2026);
        for (int n = 0; n < 3000; n++)
        {
            var text = new System.Text.StringBuilder();
            for (int w = random.Next(1, 10); w > 0; w--) text.Append(Regex.Unescape(words[random.Next(words.Length)])).Append(Regex.Unescape(gaps[random.Next(gaps.Length)]));
            string s = text.ToString();
            Assert.Equal(fixture.Triggers.FindByScanning(s, new TextSpan(0, s.Length)), Triggers(s));
        }
    }
}
