namespace Frontwatch.Gazetteer.Tests;

[Collection(GazetteerCollection.Name)]
public class PlaceRecognizerTests(GazetteerFixture fixture)
{
    private List<PlaceMention> Places(string text) => fixture.Recognizer.Recognize(text);

    private PlaceMention Single(string text, string surface) =>
        Assert.Single(Places(text), m => m.Text == surface && m.Kind != MentionKind.Relative);

    [Theory]
    [InlineData("Russian troops entered Kurakhove on Monday.", "Kurakhove")]
    [InlineData("Russian troops entered Kurakhovo on Monday.", "Kurakhovo")]
    [InlineData("Російські війська увійшли в Курахове.", "Курахове")]
    [InlineData("Российские войска вошли в Курахово.", "Курахово")]
    [InlineData("KURAKHOVE, Ukraine (Sample Wire) - Shelling went on.", "KURAKHOVE")]
    [InlineData("Kurakhove's defenders held the power plant.", "Kurakhove")]
    public void Every_spelling_of_Kurakhove_resolves_to_one_GeoNames_entry(string text, string surface)
    {
        var m = Single(text, surface);
        Assert.Equal(695357, m.GeoNameId);
        Assert.Equal("Donetsk Oblast", m.Admin1);
    }

    [Theory]
    [InlineData("Drones struck Zaporizhzhia overnight.", "Zaporizhzhia", "Zaporozhye")]
    [InlineData("Drones struck Kharkiv overnight.", "Kharkiv", "Kharkov")]
    [InlineData("Officials in Kyiv said talks would resume.", "Kyiv", "Kiev")]
    [InlineData("A missile hit Mykolaiv on Sunday.", "Mykolaiv", "Nikolaev")]
    [InlineData("Wagner fighters fought in Bakhmut for months.", "Bakhmut", "Artemovsk")]
    public void Ukrainian_and_Russian_romanisations_resolve_to_the_same_place(string text, string surface, string russianSpelling)
    {
        var ukrainian = Single(text, surface);
        var russian = Single(text.Replace(surface, russianSpelling, StringComparison.Ordinal), russianSpelling);
        Assert.NotNull(ukrainian.GeoNameId);
        Assert.Equal(ukrainian.GeoNameId, russian.GeoNameId);
    }

    [Fact]
    public void Mykolaiv_is_the_regional_capital_not_the_Lviv_oblast_town()
    {
        var m = Single("A missile hit Mykolaiv on Sunday.", "Mykolaiv");
        Assert.Equal(700569, m.GeoNameId);
    }

    [Theory]
    [InlineData("Fighting raged near Velyka Novosilka.", "Velyka Novosilka", 690237)]
    [InlineData("Shelling of Chasiv Yar continued.", "Chasiv Yar", 710915)]
    [InlineData("The hospital in Novyi Buh was hit.", "Novyi Buh", 698953)]
    [InlineData("The hospital in Novy Bug was hit.", "Novy Bug", 698953)]
    public void Multi_word_names_are_matched_whole(string text, string surface, int id) =>
        Assert.Equal(id, Single(text, surface).GeoNameId);

    [Fact]
    public void Avdiivka_alone_is_the_Donetsk_oblast_town() =>
        Assert.Equal(713122, Single("Russian forces captured Avdiivka after months of fighting.", "Avdiivka").GeoNameId);

    [Fact]
    public void Avdiivka_is_the_Chernihiv_oblast_village_when_the_report_is_about_Chernihiv_region()
    {
        var m = Single("A drone hit a farm in Avdiivka, a village in the Chernihiv region near the Russian border, the regional governor said.", "Avdiivka");
        Assert.Equal(713120, m.GeoNameId);
        Assert.Equal("Chernihiv Oblast", m.Admin1);
    }

    [Fact]
    public void Avdiivka_is_the_Donetsk_town_when_the_report_names_its_neighbours()
    {
        var m = Single("Russian troops pressed on Avdiivka from the south after taking Opytne and shelling Yasynuvata.", "Avdiivka");
        Assert.Equal(713122, m.GeoNameId);
    }

    [Fact]
    public void Pokrovsk_alone_is_the_Donetsk_oblast_hub() =>
        Assert.Equal(704422, Single("Russian forces are advancing toward Pokrovsk.", "Pokrovsk").GeoNameId);

    [Fact]
    public void Pokrovsk_is_the_Yakutian_town_when_the_report_is_about_Yakutia()
    {
        var m = Single("Frost reached minus 50 degrees in Pokrovsk, a river port in Russia's Sakha Republic (Yakutia), local officials said.", "Pokrovsk");
        Assert.Equal("RU", m.Country);
        Assert.Equal(2017824, m.GeoNameId);
    }

    [Fact]
    public void The_Kursk_region_is_the_oblast_and_Kursk_alone_is_the_city()
    {
        var mentions = Places("Ukrainian troops pushed into the Kursk region, 80 km from Kursk itself.");
        var region = Assert.Single(mentions, m => m.Kind == MentionKind.Region);
        Assert.Equal("Kursk region", region.Text);
        Assert.Equal("Kursk Oblast", region.Name);
        Assert.Null(region.GeoNameId);
        var city = Assert.Single(mentions, m => m.Kind == MentionKind.Settlement);
        Assert.Equal("Kursk", city.Text);
        Assert.Equal("RU", city.Country);
        Assert.NotNull(city.GeoNameId);
    }

    [Theory]
    [InlineData("Kursk Oblast")]
    [InlineData("Kurskaya oblast")]
    [InlineData("Курська область")]
    [InlineData("Курская область")]
    public void Every_alias_of_a_region_names_the_region(string alias)
    {
        var m = Assert.Single(Places($"Air defence units were active over {alias} overnight."));
        Assert.Equal(MentionKind.Region, m.Kind);
        Assert.Equal("Kursk Oblast", m.Name);
        Assert.Equal("RU", m.Country);
    }

    [Theory]
    [InlineData("Roy Martin, a retired colonel, said the front was stable.")]
    [InlineData("Analyst Roy said the front was stable.")]
    public void Roy_as_a_person_is_not_Kurakhove(string text) =>
        Assert.DoesNotContain(Places(text), m => m.GeoNameId == 695357);

    [Fact]
    public void Ordinary_lower_case_words_are_never_places() =>
        Assert.DoesNotContain(Places("most of the front was quiet, and roy the dog barked at the sumy clouds."), m => m.Kind == MentionKind.Settlement);

    [Fact]
    public void A_name_right_after_a_title_is_a_person()
    {
        var mentions = Places("General Lyman said the brigade would hold.");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Settlement);
    }

    [Fact]
    public void A_place_the_gazetteer_lacks_is_kept_by_name_when_the_text_says_it_is_a_village()
    {
        var m = Single("Russian forces said they had taken the village of Zorianivka Druha in the Donetsk region.", "Zorianivka Druha");
        Assert.Equal(MentionKind.Unresolved, m.Kind);
        Assert.Null(m.GeoNameId);
        Assert.Equal("Donetsk Oblast", m.Admin1);
        Assert.Equal(LocationPrecision.Region, m.Precision);
        Assert.NotNull(m.Point);
    }

    [Fact]
    public void Distance_and_direction_from_a_town_give_a_point_and_radius()
    {
        var mentions = Places("The town of Kurakhove, 20 miles south of Pokrovsk, fell on Monday.");
        var rel = Assert.Single(mentions, m => m.Kind == MentionKind.Relative);
        Assert.Equal("20 miles south of Pokrovsk", rel.Text);
        Assert.Equal(704422, rel.Anchor!.GeoNameId);
        Assert.Equal(32.2, rel.Offset!.DistanceKm);
        Assert.Equal(180, rel.Offset.BearingDegrees);
        Assert.InRange(rel.Point!.Value.DistanceKm(rel.Anchor.Point!.Value), 31.5, 33);
        Assert.True(rel.Point.Value.Lat < rel.Anchor.Point.Value.Lat);
        Assert.Equal(LocationPrecision.Near, rel.Precision);
        Assert.InRange(rel.RadiusKm!.Value, 5, 12);
    }

    [Fact]
    public void Kilometres_with_miles_in_brackets_read_the_kilometres()
    {
        var rel = Assert.Single(Places("Shelling hit a village 10 km (6 miles) east of Bakhmut."), m => m.Kind == MentionKind.Relative);
        Assert.Equal(10, rel.Offset!.DistanceKm);
        Assert.Equal("east", rel.Offset.Direction);
        Assert.True(rel.Point!.Value.Lon > rel.Anchor!.Point!.Value.Lon);
    }

    [Fact]
    public void Near_an_unknown_settlement_is_a_relative_location_anchored_on_it()
    {
        var mentions = Places("Russia said the attack was foiled near the settlement of Berdin in the Kursk region.");
        var rel = Assert.Single(mentions, m => m.Kind == MentionKind.Relative);
        Assert.Equal("Berdin", rel.Anchor!.Name);
        Assert.Equal(MentionKind.Unresolved, rel.Anchor.Kind);
        Assert.Equal("Kursk Oblast", rel.Admin1);
    }

    [Fact]
    public void The_outskirts_of_a_town_are_within_a_few_kilometres()
    {
        var rel = Assert.Single(Places("Fighting reached the outskirts of Kurakhove."), m => m.Kind == MentionKind.Relative);
        Assert.Equal(695357, rel.Anchor!.GeoNameId);
        Assert.Equal(3, rel.RadiusKm);
    }

    [Fact]
    public void Mentions_carry_exact_character_spans_and_a_confidence()
    {
        const string text = "Strikes hit Kharkiv and Sumy.";
        foreach (var m in Places(text))
        {
            Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]);
            Assert.InRange(m.Confidence, 0.01, 1);
        }
    }
}
