using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Frontwatch.Cli.Web;

/// <summary>The query string of GET /api/claims, as given (parsed by <see cref="ClaimFilter"/>).</summary>
internal sealed class ClaimParameters
{
    [FromQuery(Name = "place")]
    [Description("A place: its key (GeoNames id or stored name) or any spelling the gazetteer folds (Kupyansk finds Kupiansk).")]
    public string? Place { get; set; }

    [FromQuery(Name = "claimant")]
    [Description("The claimant's name, case-insensitive.")]
    public string? Claimant { get; set; }

    [FromQuery(Name = "side")]
    [Description("The side the claim is about (RU, UA, …).")]
    public string? Side { get; set; }

    [FromQuery(Name = "kind")]
    [Description("control, fighting, advance, strike, casualties or deployment.")]
    public string? Kind { get; set; }

    [FromQuery(Name = "modality")]
    [Description("asserted, denied, hedged or unverified.")]
    public string? Modality { get; set; }

    [FromQuery(Name = "minCredibility")]
    [Description("At least this credible on the Admiralty scale: 1 (confirmed) to 6; 2 keeps credibility 1 and 2.")]
    public string? MinCredibility { get; set; }

    [FromQuery(Name = "from")]
    [Description("First day, yyyy-mm-dd (the event's date, else the report's).")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    [Description("Last day, yyyy-mm-dd.")]
    public string? To { get; set; }

    [FromQuery(Name = "page")]
    [Description("Page number from 1 (default 1).")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [Description("Claims per page, 1–500 (default 50).")]
    public string? PageSize { get; set; }

    /// <summary>The parameters as one string, for the response cache.</summary>
    public string CacheKey() => string.Join('\u001f', "claims", Place, Claimant, Side, Kind, Modality, MinCredibility, From, To, Page, PageSize);
}
