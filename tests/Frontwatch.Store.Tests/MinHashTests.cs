namespace Frontwatch.Store.Tests;

public sealed class MinHashTests
{
    [Fact]
    public void The_same_words_give_the_same_signature_whatever_the_case_spacing_and_punctuation()
    {
        var a = MinHash.Signature("Russia said it captured Berdin, a village near Pokrovsk.");
        var b = MinHash.Signature("RUSSIA said  it captured\nBerdin - a village near Pokrovsk");
        Assert.Equal(a, b);
        Assert.Equal(1.0, MinHash.Similarity(a, b));
    }

    [Fact]
    public void A_republished_wire_story_with_a_byline_and_a_cut_paragraph_is_a_near_duplicate()
    {
        Assert.DoesNotContain("Kharkiv", Stories.Republished, StringComparison.Ordinal);
        var similarity = MinHash.Similarity(MinHash.Signature(Stories.Wire), MinHash.Signature(Stories.Republished));
        Assert.InRange(similarity, MinHash.NearDuplicateSimilarity, 1.0);
    }

    [Fact]
    public void A_different_story_about_the_same_village_is_not_a_near_duplicate()
    {
        var similarity = MinHash.Similarity(MinHash.Signature(Stories.Wire), MinHash.Signature(Stories.Other));
        Assert.InRange(similarity, 0.0, 0.2);
    }

    [Fact]
    public void Word_order_matters()
    {
        var similarity = MinHash.Similarity(
            MinHash.Signature("Ukraine said Russian forces had been pushed out of the village after heavy fighting on Tuesday"),
            MinHash.Signature("Tuesday on fighting heavy after village the of out pushed been had forces Russian said Ukraine"));
        Assert.True(similarity < 0.2, $"similarity {similarity}");
    }

    [Fact]
    public void Identical_signatures_share_every_band_and_different_stories_none()
    {
        var wire = MinHash.Signature(Stories.Wire);
        var other = MinHash.Signature(Stories.Other);
        for (int band = 0; band < MinHash.Bands; band++)
        {
            Assert.Equal(MinHash.Band(wire, band), MinHash.Band(MinHash.Signature(Stories.Wire), band));
            Assert.NotEqual(MinHash.Band(wire, band), MinHash.Band(other, band));
        }
    }

    [Fact]
    public void A_signature_survives_its_byte_form()
    {
        var signature = MinHash.Signature(Stories.Other);
        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
        Assert.Equal(MinHash.Size * 4, MinHash.ToBytes(signature).Length);
    }

    [Fact]
    public void A_two_word_text_has_a_signature_and_an_empty_one_matches_only_itself()
    {
        Assert.NotEqual(MinHash.Signature("Berdin captured"), MinHash.Signature(""));
        Assert.Equal(0.0, MinHash.Similarity(MinHash.Signature("Berdin captured"), MinHash.Signature("Pokrovsk shelled")));
    }

    [Fact]
    public void A_band_outside_0_to_3_is_a_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MinHash.Band(MinHash.Signature("x"), MinHash.Bands));
}
