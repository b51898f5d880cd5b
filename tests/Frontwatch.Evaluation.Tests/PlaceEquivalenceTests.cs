using Frontwatch.Core;
using static Frontwatch.Evaluation.Tests.TestClaims;

namespace Frontwatch.Evaluation.Tests;

[Collection(GazetteerCollection.Name)]
public sealed class PlaceEquivalenceTests(GazetteerFixture fixture)
{
    private readonly PlaceEquivalence _places = fixture.Places;

    [Fact]
    public void Equal_GeoNames_ids_are_one_place_whatever_the_spelling()
    {
        var system = new ClaimPlace("Kurakhovo", 695357, null, null);

        Assert.Equal(PlaceMatch.Exact, _places.Compare(Kurakhove, system));
    }

    [Fact]
    public void A_gold_alias_names_the_same_place()
    {
        var gold = Unresolved("Krasnohorivka", "Krasnogorovka");

        Assert.Equal(PlaceMatch.Exact, _places.Compare(gold, Unresolved("Krasnogorovka")));
    }

    [Fact]
    public void Names_equal_after_transliteration_folding_are_one_place()
    {
        Assert.Equal(PlaceMatch.Exact, _places.Compare(Unresolved("Zaporizhzhia"), Unresolved("Zaporizhia")));
        Assert.Equal(PlaceMatch.Exact, _places.Compare(Unresolved("Mykolayiv"), Unresolved("Mykolaiv")));
    }

    [Fact]
    public void Different_names_without_ids_or_points_are_different_places()
    {
        Assert.Equal(PlaceMatch.None, _places.Compare(Unresolved("Ozerne"), Unresolved("Ozerianka")));
    }

    [Fact]
    public void Gold_without_id_matches_a_system_place_whose_GeoNames_entry_carries_the_gold_name()
    {
        // Krasnoarmeysk is among the GeoNames alternate names of Pokrovsk 704422.
        Assert.Equal(PlaceMatch.Exact, _places.Compare(Unresolved("Krasnoarmeysk"), Pokrovsk));
    }

    [Fact]
    public void Gold_with_an_id_is_not_matched_through_the_system_entry_names()
    {
        var gold = new ClaimPlace("Krasnoarmeysk", 111, null, null);

        Assert.Equal(PlaceMatch.None, _places.Compare(gold, Pokrovsk));
    }

    [Fact]
    public void A_town_inside_the_gold_region_matches_it_loosely()
    {
        Assert.Equal(PlaceMatch.Loose, _places.Compare(Region("Donetsk Oblast"), Kurakhove));
        Assert.Equal(PlaceMatch.Loose, _places.Compare(Region("Kursk Oblast"), Sudzha));
    }

    [Fact]
    public void A_system_place_without_id_lies_in_the_region_its_admin1_names_in_any_spelling()
    {
        var village = new ClaimPlace("Malaya Loknya", null, "Kursk region", null);

        Assert.Equal(PlaceMatch.Loose, _places.Compare(Region("Kursk Oblast"), village));
    }

    [Fact]
    public void A_system_admin1_given_as_a_GeoNames_code_with_its_country_names_the_region()
    {
        // GeoNames RU admin1 41 is Kursk Oblast.
        var village = new ClaimPlace("Malaya Loknya", null, "41", null) { Country = "RU" };

        Assert.Equal(PlaceMatch.Loose, _places.Compare(Region("Kursk Oblast"), village));
    }

    [Fact]
    public void A_town_outside_the_gold_region_does_not_match_it()
    {
        Assert.Equal(PlaceMatch.None, _places.Compare(Region("Kharkiv Oblast"), Kurakhove));
    }

    [Fact]
    public void A_system_region_claim_does_not_stand_for_a_gold_town_in_it()
    {
        Assert.Equal(PlaceMatch.None, _places.Compare(Kurakhove, Region("Donetsk Oblast")));
    }

    [Fact]
    public void The_same_region_in_two_spellings_is_one_place()
    {
        var system = new ClaimPlace("Kursk region", null, null, null);

        Assert.Equal(PlaceMatch.Exact, _places.Compare(Region("Kursk Oblast"), system));
    }

    [Fact]
    public void Places_within_15_km_are_one_place()
    {
        var gold = new ClaimPlace("Stepove Dolyna", null, "Donetsk Oblast", KurakhovePoint.Offset(90, 8));

        Assert.Equal(PlaceMatch.Loose, _places.Compare(gold, Kurakhove));
    }

    [Fact]
    public void Places_farther_than_15_km_are_not()
    {
        var gold = new ClaimPlace("Stepove Dolyna", null, "Donetsk Oblast", KurakhovePoint.Offset(90, 20));

        Assert.Equal(PlaceMatch.None, _places.Compare(gold, Kurakhove));
    }

    [Fact]
    public void A_city_and_the_oblast_of_the_same_name_are_never_one_place()
    {
        // The oblast's point is its capital's, so distance alone would join them.
        var oblast = Region("Donetsk Oblast", DonetskCity.Point);

        Assert.Equal(PlaceMatch.None, _places.Compare(DonetskCity, oblast));
        Assert.Equal(PlaceMatch.None, _places.Compare(Region("Kursk Oblast"), KurskCity));
    }

    [Fact]
    public void A_region_is_recognised_by_its_name_or_by_naming_its_own_admin1()
    {
        Assert.True(_places.IsArea(new ClaimPlace("Kharkiv region", null, null, null)));
        Assert.True(_places.IsArea(Region("Some Oblast Unknown To The Gazetteer")));
        Assert.False(_places.IsArea(new ClaimPlace("Ploshchynka", null, "Luhansk Oblast", null)));
        Assert.False(_places.IsArea(KurskCity));
    }
}
