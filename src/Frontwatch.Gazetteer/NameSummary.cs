namespace Frontwatch.Gazetteer;

/// <summary>
/// What one indexed name may denote, worked out once per gazetteer rather than at every mention:
/// the first and last region and country among its candidates (entry indexes, -1 for none) and
/// the settlement it names unambiguously enough to anchor a report (the only one, or one whose
/// prior leads the next by more than 2.5), else -1.
/// </summary>
internal readonly record struct NameSummary(int FirstRegion, int LastRegion, int FirstCountry, int LastCountry, int Anchor)
{
    public static NameSummary Of(PlaceGazetteer gazetteer, ReadOnlySpan<NameCandidate> candidates)
    {
        int firstRegion = -1, lastRegion = -1, firstCountry = -1, lastCountry = -1;
        int settlements = 0;
        int top = -1;
        double topPrior = double.NegativeInfinity, secondPrior = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            switch (gazetteer.Places[c.Place].Kind)
            {
                case PlaceKind.Region:
                    if (firstRegion < 0) firstRegion = c.Place;
                    lastRegion = c.Place;
                    break;
                case PlaceKind.Country:
                    if (firstCountry < 0) firstCountry = c.Place;
                    lastCountry = c.Place;
                    break;
                default:
                    settlements++;
                    double prior = gazetteer.Prior(c.Place, c.Primary);
                    if (prior > topPrior) { secondPrior = topPrior; topPrior = prior; top = c.Place; }
                    else if (prior > secondPrior) secondPrior = prior;
                    break;
            }
        }
        int anchor = top >= 0 && (settlements == 1 || topPrior - secondPrior > 2.5) ? top : -1;
        return new NameSummary(firstRegion, lastRegion, firstCountry, lastCountry, anchor);
    }
}
