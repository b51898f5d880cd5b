namespace Frontwatch.Bench;

/// <summary>
/// Invented wire-report sentences for the generated corpus. Slots: {place} a settlement or region,
/// {town} a settlement, {region} a region, {who} a claimant, {person} a titled official, {day},
/// {date}, {n} a count, {km} a distance with its unit, {dir} a compass direction, {unit} a
/// military unit, {weapon}. Only {place}, {town} and {region} are place mentions.
/// </summary>
internal static class WireTemplates
{
    public static readonly string[] Headlines =
    [
        "{who} says troops advance near {town}",
        "Russian strike on {town} kills {n}, officials say",
        "Ukraine says it repelled assaults around {town} and {town}",
        "Drone attack sparks fire in {region}, governor says",
        "Fighting intensifies on the approaches to {town}",
        "Moscow claims capture of {town} in {region}",
        "Shelling cuts power to villages in {region}",
        "Kyiv reports heavy losses for Russian forces near {town}",
        "Evacuation ordered from frontline villages around {town}",
        "Analysts see slow Russian gains west of {town}",
    ];

    public static readonly string[] Datelines =
    [
        "KYIV, {date} (Wire) - ",
        "MOSCOW, {date} (Wire) - ",
        "{date} (Wire) - ",
        "LONDON, {date} (Wire) - ",
        "WASHINGTON, {date} (Wire) - ",
    ];

    public static readonly string[] WithPlaces =
    [
        "Russian forces attacked positions near {place} on {day}, the General Staff said.",
        "{who} said its troops had taken full control of {town} after weeks of fighting.",
        "Ukrainian units repelled {n} assaults in the direction of {place} over the past day, according to {who}.",
        "A missile hit an apartment block in {town} overnight, killing {n} people and wounding dozens, {person} said.",
        "The village of {town}, about {km} {dir} of {town}, has been under constant shelling since the spring.",
        "Fighting continued on the outskirts of {place}, where both sides have dug in along a railway line.",
        "{who} reported that air defences shot down {n} drones over {region} during the night.",
        "Residents of {town} said the last bus out of the town left on {day} morning.",
        "Russian troops have pushed towards {town} from the south, the Institute for the Study of War said in its daily update.",
        "The governor of {region} said a {weapon} attack had damaged a power substation near {town}.",
        "{unit} said it had destroyed an ammunition depot outside {town}, releasing drone footage that could not be verified.",
        "Heavy fighting was reported in the villages of {town}, {town} and {town}, a military blogger wrote on Telegram.",
        "Moscow has sought for months to encircle {town}, a logistics hub {km} {dir} of {town}.",
        "Authorities in {region} announced the mandatory evacuation of families with children from {town}.",
        "Shelling of {town} damaged a school and a hospital, regional officials said on {day}.",
        "{person} visited troops near {place} and promised more artillery shells before the winter.",
        "Ukrainian drones struck an oil refinery in {town}, in Russia's {region}, causing a large fire.",
        "The front line near {town} has barely moved since the summer, satellite images show.",
        "Russian bloggers said forward units had entered {town} but were forced to withdraw under fire.",
        "According to {who}, Russian forces lost {n} tanks and armoured vehicles in the {town} sector in a week.",
        "A train carrying grain was hit at the station in {town}, the state railway company said.",
        "{unit} has held the line at {town} since October, rotating companies every few weeks.",
        "Power was restored to most of {region} by {day} evening, the grid operator said.",
        "Civilians who fled {town} described basements crowded with families and days without water.",
        "The bridge between {town} and {town} was destroyed, cutting the main supply route into the area.",
    ];

    /// <summary>
    /// Claim sentences for <c>extract</c>: a trigger (capture, repel, strike, casualties, advance,
    /// withdrawal, deployment, interception), a claimant the lexicon knows with a speech verb or
    /// "according to", and often a count and a day, so that every stage of the extractor has work.
    /// The <c>places</c> corpus does not use them.
    /// </summary>
    public static readonly string[] Claims =
    [
        "Russia's defence ministry said its forces had captured {town} in {region}.",
        "Ukraine's General Staff said its troops repelled {n} Russian attacks near {place} on {day}.",
        "A Russian missile strike on {town} killed {n} people and wounded {n} others on {day}, {person} said.",
        "Russian forces have taken full control of {town}, the Russian Defence Ministry said on {day}.",
        "According to Ukraine's General Staff, Russian troops carried out {n} assaults near {town} over the past day.",
        "Ukraine's military said on {day} that its forces had withdrawn from {town} to avoid encirclement.",
        "Russia's Defence Ministry said air defence units shot down {n} Ukrainian drones over {region} overnight.",
        "Ukrainian forces liberated the village of {town}, the General Staff of the Armed Forces of Ukraine said on Telegram.",
        "Russian troops advanced {km} towards {town} last week, the Institute for the Study of War said.",
        "A glide bomb attack on {town} on {day} morning killed {n} civilians, the regional governor said.",
        "Kyiv said Russian forces had entered the eastern outskirts of {town}, a claim Moscow did not comment on.",
        "Russia's defence ministry said {n} Ukrainian servicemen were killed in the {town} area on {day}.",
        "Ukrainian drones struck an oil depot in {town}, in Russia's {region}, Governor Vyacheslav Gladkov said.",
        "The Russian Defence Ministry said its forces had seized {town} on {day}, a claim Ukraine denied.",
        "Ukraine's air force said it had intercepted {n} of the {n} drones Russia launched at {region} overnight.",
        "Russian forces struck energy facilities in {town} with {n} drones on {day}, Ukraine's energy ministry said.",
        "North Korean troops were deployed near {town} in {region}, Ukraine's military intelligence said on {day}.",
        "Ukraine's General Staff reported {n} combat clashes on the {town} front on {day}, most of them near {town}.",
        "Moscow says its forces have captured {town} and are pushing towards {town}, though Kyiv says its troops still hold the town.",
        "Fighting is continuing in and around {town}, where Russian troops have tried to break through for weeks, the Ukrainian military said.",
        "Shelling of {town} on {day} killed {n} residents, Ukraine's prosecutor general's office said.",
        "Ukrainian forces have advanced around {town}, President Volodymyr Zelenskiy said in his nightly video address.",
    ];

    public static readonly string[] WithoutPlaces =
    [
        "The claim could not be independently verified.",
        "Neither side provides full figures for its own military casualties.",
        "{who} did not provide evidence for the claim, and Wire could not independently verify it.",
        "Military analysts say both armies are short of trained infantry after more than three years of war.",
        "The Kremlin has repeatedly said it is open to talks but only on terms that recognise what it calls the new realities on the ground.",
        "{person} told reporters that the situation at the front remained difficult but under control.",
        "Western officials say the pace of Russian advances has slowed since the autumn, though attacks continue daily.",
        "Drones have become the dominant weapon along much of the front, making any movement in daylight dangerous.",
        "The defence ministry said {n} people had been detained on suspicion of passing information to the enemy.",
        "Ukraine has asked its allies for more air defence systems to protect its cities and energy infrastructure.",
        "Both sides accuse each other of targeting civilians, which they deny.",
        "In its evening update, {who} listed {n} combat clashes along the front.",
        "The United Nations human rights monitoring mission said civilian casualties had risen for a third straight month.",
        "Officials said repair crews were working around the clock to restore heating before temperatures drop further.",
        "{person} said on {day} that new aid packages would be announced at a meeting of defence ministers next week.",
        "The statement did not say how many troops had been involved in the operation.",
        "Prisoner exchanges, mediated by the United Arab Emirates, have continued despite the fighting.",
        "Reuters, the Associated Press and other agencies were not allowed to visit the area.",
        "Footage posted on social media showed thick black smoke rising over industrial buildings.",
        "A spokesperson for the air force said {n} of the missiles had been intercepted.",
        "It was not immediately clear whether the attack caused any casualties.",
        "The European Union is preparing a new package of sanctions, diplomats said on {day}.",
        "Analysts cautioned that territorial gains claimed by either side are often exaggerated.",
        "Volunteers delivered food, medicine and generators to the families who stayed behind.",
        "The ministry's daily report, published on Telegram, followed its usual format.",
        "Ukrainian officials say mobilisation rules will be reviewed by parliament in the coming weeks.",
        "Casualty figures given by both sides are much higher than those given by independent monitors.",
        "NATO allies have pledged to keep up supplies of ammunition and armoured vehicles through next year.",
    ];

    /// <summary>Outlets for the reports' <c>outlet</c> header in <c>extract</c>: the extractor attributes narrative to the outlet.</summary>
    public static readonly string[] Outlets = ["Reuters", "Associated Press", "Kyiv Independent", "Wire", "Agence France-Presse"];

    public static readonly string[] Claimants =
    [
        "the General Staff of Ukraine's armed forces", "Russia's Defence Ministry", "the Ukrainian military",
        "the Russian Defence Ministry", "Ukraine's Southern Defence Forces", "a Russian-installed official",
        "the regional military administration", "the Khortytsia operational-strategic group", "the State Emergency Service",
    ];

    public static readonly string[] Officials =
    [
        "President Volodymyr Zelenskiy", "Kremlin spokesman Dmitry Peskov", "General Oleksandr Syrskyi",
        "Defence Minister Andrei Belousov", "Major General Igor Konashenkov", "Governor Vyacheslav Gladkov",
        "Foreign Minister Andrii Sybiha", "Colonel Nazar Voloshyn", "spokesperson Dmytro Lykhovii",
        "Chancellor Friedrich Merz", "NATO Secretary General Mark Rutte",
    ];

    public static readonly string[] Units =
    [
        "The 47th Mechanised Brigade", "Ukraine's 3rd Assault Brigade", "The 93rd Kholodnyi Yar Brigade",
        "Russia's 8th Combined Arms Army", "The Azov brigade", "A Russian airborne regiment", "The 110th Mechanised Brigade",
    ];

    public static readonly string[] Weapons =
    [
        "drone", "missile", "glide bomb", "Shahed drone", "ballistic missile", "rocket artillery", "cruise missile",
    ];

    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Directions =
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "south-east", "north-west"];

    public static readonly string[] DistanceUnits = ["km", "kilometres", "miles", "km"];
}
