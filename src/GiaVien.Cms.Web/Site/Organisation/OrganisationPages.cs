using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Site.Organisation;

/// <summary>
/// "Giới thiệu": the overview (functions, leaders, spokesperson), the organisation chart and the contacts, at
/// <c>/gioi-thieu…</c> and in English at <c>/en/about…</c>. They answer only where the tenant has the unit type
/// (the "Giới thiệu" feature or its recipe); elsewhere they are the themed 404.
/// </summary>
public static class OrganisationPages
{
    /// <summary>The pages by view, with their path below the tenant in Vietnamese and in English.</summary>
    public static readonly IReadOnlyList<(string View, string Vietnamese, string English)> Pages =
    [
        ("Organisation", "gioi-thieu", "en/about"),
        ("OrganisationChart", "gioi-thieu/co-cau-to-chuc", "en/about/organisation"),
        ("OrganisationContacts", "gioi-thieu/lien-he", "en/about/contacts"),
    ];

    public static void MapOrganisationPages(this IEndpointRouteBuilder site)
    {
        foreach (var (view, vietnamese, english) in Pages)
        {
            site.MapGet("/" + vietnamese, (HttpContext context, OrganisationDirectory directory, ContentDefinitionStore definitions, PageRenderer renderer) =>
                RenderAsync(view, LocalizationPart.Vietnamese, context, directory, definitions, renderer));
            site.MapGet("/" + english, (HttpContext context, OrganisationDirectory directory, ContentDefinitionStore definitions, PageRenderer renderer) =>
                RenderAsync(view, LocalizationPart.English, context, directory, definitions, renderer));
        }

        // The English site begins at "About us": it has no home page of its own.
        site.MapGet(Localization.SiteLanguage.EnglishSegment, (HttpContext context) => Results.Redirect($"{context.Request.PathBase}/{Pages[0].English}"));
    }

    /// <summary>The main menu of English pages: the English site is its "About us" section.</summary>
    public static List<MenuItemViewModel> EnglishMenu(string basePath, IReadOnlyDictionary<string, string> words) =>
        Pages.Select(p => new MenuItemViewModel(words[WordOf(p.View)], $"{basePath}/{p.English}", [])).ToList();

    private static string WordOf(string view) => view switch
    {
        "OrganisationChart" => "org_chart",
        "OrganisationContacts" => "contacts",
        _ => "about",
    };

    private static async Task<IResult> RenderAsync(string view, string language, HttpContext context, OrganisationDirectory directory, ContentDefinitionStore definitions, PageRenderer renderer)
    {
        if ((await definitions.LoadAsync(context.RequestAborted)).FindType(OrganisationDirectory.UnitType) is null)
        {
            return await renderer.NotFoundAsync(context);
        }

        var site = await renderer.SiteAsync(context);
        var words = context.RequestServices.GetRequiredService<ThemeRenderer>().Words.For(language);
        var units = await directory.TreeAsync(language, site.BasePath, context.RequestAborted);
        var all = OrganisationDirectory.Flatten(units).ToList();
        var english = language == LocalizationPart.English;
        var links = new OrganisationLinks(Link(0), Link(1), Link(2));
        var page = Pages.First(p => p.View == view);
        var title = words[WordOf(view)];
        var model = new OrganisationViewModel(site, title, links, units, all, all.SelectMany(u => u.Officials).Where(o => o.Spokesperson).ToList());
        var metadata = renderer.Metadata(context, title) with
        {
            Alternates = renderer.Alternates(site, [(LocalizationPart.Vietnamese, page.Vietnamese), (LocalizationPart.English, page.English)]),
        };
        return await renderer.PageAsync(view, model, site, metadata);

        string Link(int index) => $"{site.BasePath}/{(english ? Pages[index].English : Pages[index].Vietnamese)}";
    }
}
