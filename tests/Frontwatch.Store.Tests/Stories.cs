namespace Frontwatch.Store.Tests;

/// <summary>Invented wire-style stories written for these tests (not real reporting).</summary>
internal static class Stories
{
    public const string Wire = """
        KYIV, March 4 (Sample Wire) - Russia's defence ministry said on Tuesday its forces had captured the village of Berdin in eastern Ukraine's Donetsk region, a claim Ukraine's military denied, saying fighting for the settlement was still going on.

        The ministry said in a statement on its Telegram channel that units of its Centre group of forces had "liberated" Berdin after a week of assaults, and that Ukrainian troops had lost more than 300 servicemen in the area over the past day.

        Ukraine's General Staff said in its evening report that its troops had repelled 14 attacks near Berdin and the neighbouring village of Novoselivka, and that the Russian army was trying to break through towards the town of Pokrovsk, about 20 km to the west.

        "The enemy is throwing everything it has at our positions, but Berdin holds," a spokesman for the Ukrainian brigade defending the area told Sample Wire by telephone, asking not to be named because he was not authorised to speak to the media.

        Sample Wire could not independently verify either side's battlefield accounts or the casualty figures. Both sides rarely disclose their own losses.

        DeepState, a Ukrainian monitoring group that tracks the front line using open-source imagery, showed the eastern half of Berdin as contested on Tuesday evening and said Russian troops had entered the village from the south.

        Russian forces have been advancing slowly in the Donetsk region for months, taking a string of small villages as they try to capture the whole of the industrial region that Moscow claims as its own.

        Separately, Ukrainian officials said a Russian drone strike on the city of Kharkiv overnight had wounded four people and damaged a school and several apartment buildings in the north of the city.
        """;

    /// <summary>The same wire story as an outlet republished it: a byline added, the last paragraph cut.</summary>
    public static readonly string Republished = "By Olena Sample, Sample Wire\n\n" + Wire[..Wire.LastIndexOf("\n\n", StringComparison.Ordinal)];

    /// <summary>A different story on the same front from the same wire.</summary>
    public const string Other = """
        KYIV, March 6 (Sample Wire) - Ukraine's military said on Thursday its forces had pushed Russian troops out of the eastern part of Berdin, two days after Moscow said it had captured the village in the Donetsk region.

        A spokesman for Ukraine's Khortytsia group of forces said on national television that a counter-attack overnight had restored Ukrainian positions along the village's main street, and that about 40 Russian soldiers had been killed.

        Russia's defence ministry did not comment on the Ukrainian account. In its daily briefing it said its air defences had shot down 56 Ukrainian drones over the Belgorod and Kursk regions.

        Sample Wire could not verify the claims. DeepState said on Thursday it had moved Berdin back into the grey zone on its map, pending confirmation.

        Military analysts say Russia has stepped up attacks around Pokrovsk, a logistics hub whose capture would open roads to the north of the region.
        """;
}
