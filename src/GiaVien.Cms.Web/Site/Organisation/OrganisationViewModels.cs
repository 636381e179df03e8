namespace GiaVien.Cms.Web.Site.Organisation;

/// <summary>
/// A unit as the "Giới thiệu" views see it, in the page's language; <c>lang</c> is set ("vi") when the unit has no
/// translation in that language and is shown in Vietnamese, so screen readers pronounce it right.
/// </summary>
public sealed record OrgUnitViewModel(
    string Title, string? Url, string? Lang, string? FunctionsHtml, string? Office, string? Phone, string? Email,
    IReadOnlyList<OfficialViewModel> Officials, IReadOnlyList<OrgUnitViewModel> Children)
{
    public IReadOnlyList<OfficialViewModel> Leaders => Officials.Where(o => o.Leader).ToList();
}

/// <summary>A leader or official, with the unit they work in.</summary>
public sealed record OfficialViewModel(
    string Name, string? Position, string? Lang, ImageViewModel? Photo, string? Phone, string? Email, string? Office,
    bool Leader, bool Spokesperson, string UnitTitle);

/// <summary>The three pages of "Giới thiệu": overview, organisation chart and contacts, in one language.</summary>
public sealed record OrganisationViewModel(
    SiteViewModel Site, string Title, OrganisationLinks Links, IReadOnlyList<OrgUnitViewModel> Units,
    IReadOnlyList<OrgUnitViewModel> AllUnits, IReadOnlyList<OfficialViewModel> Spokespeople);

/// <summary>The addresses of the three pages in the page's language, for the sub-navigation.</summary>
public sealed record OrganisationLinks(string About, string Chart, string Contacts);
