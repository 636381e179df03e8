using GiaVien.Cms.Blocks;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Recipes.Migrations;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Web.Site.Branding;

namespace GiaVien.Cms.Web.Site.Organisation;

/// <summary>
/// "Giới thiệu": the units, officials and translations of <c>recipes/gioi-thieu.recipe.json</c>, shown by
/// <see cref="OrganisationPages"/>, and the main menu's "Giới thiệu" pointed at them.
/// </summary>
public static class OrganisationFeature
{
    public const string Id = "organisation";
    public const string MenuUrl = "/gioi-thieu";

    /// <summary>The content-types recipe's types that have English translations besides the units and officials (before <see cref="Descriptor"/>, which reads it).</summary>
    public static IReadOnlyList<string> TranslatableTypes { get; } = [Content.News.NewsPart.TypeName, NewsPresenter.PageType];

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Giới thiệu",
        "Tổ chức bộ máy tại /gioi-thieu: đơn vị, chức năng nhiệm vụ, lãnh đạo, người phát ngôn, sơ đồ tổ chức, trang liên hệ và bản tiếng Anh tại /en/about.")
    {
        Recipe = "gioi-thieu",
        ContentTypes = [OrganisationDirectory.UnitType, OrganisationDirectory.OfficialType],
        // Version 2: news and pages of tenants whose types predate translations can be translated too (English pages are this feature's).
        Migrations = [new PointMenuAtOrganisation(), new AddRecipePartMigration(2, "giavien-content-types", LocalizationPart.PartName, TranslatableTypes)],
    };

    /// <summary>Version 1: the menu's "Giới thiệu" (the static page of the default menu) now opens /gioi-thieu; added when missing.</summary>
    private sealed class PointMenuAtOrganisation : IFeatureMigration
    {
        public int Version => 1;

        public Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
            MenuMigration.EditAsync(tenantServices, menu =>
            {
                if (menu.Any(m => m.Url == MenuUrl))
                {
                    return false;
                }

                var about = menu.FindIndex(m => m.Url == "/trang/gioi-thieu");
                if (about >= 0)
                {
                    menu[about] = menu[about] with { Url = MenuUrl };
                    return true;
                }

                if (menu.Count >= SiteMenu.MaxItems)
                {
                    return false;
                }

                menu.Insert(Math.Min(1, menu.Count), new MenuEntry("Giới thiệu", MenuUrl));
                return true;
            }, cancellationToken);
    }
}
