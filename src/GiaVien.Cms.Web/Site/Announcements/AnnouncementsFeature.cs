using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Web.Site.Branding;

namespace GiaVien.Cms.Web.Site.Announcements;

/// <summary>
/// "Thông báo": the announcement type of <c>recipes/thong-bao.recipe.json</c> (title, body, attachment, expiry date at
/// <c>/thong-bao</c>), and a link to it in the site's main menu.
/// </summary>
public static class AnnouncementsFeature
{
    public const string Id = "announcements";
    public const string MenuUrl = "/thong-bao";

    public static FeatureDescriptor Descriptor { get; } = new(Id, "Thông báo",
        "Đăng thông báo của đơn vị (nội dung, tệp đính kèm, ngày hết hạn) tại /thong-bao và thêm mục “Thông báo” vào menu chính.")
    {
        Recipe = "thong-bao",
        ContentTypes = ["ThongBao"],
        Migrations = [new AddMenuItem()],
    };

    /// <summary>Version 1: the main menu (the tenant's own, or the default one) gets a "Thông báo" item, once.</summary>
    private sealed class AddMenuItem : IFeatureMigration
    {
        public int Version => 1;

        public Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
            MenuMigration.EditAsync(tenantServices, menu =>
            {
                if (menu.Any(m => m.Url == MenuUrl) || menu.Count >= SiteMenu.MaxItems)
                {
                    return false;
                }

                // Before the site map, which closes the default menu.
                menu.Insert(Math.Max(0, menu.Count - 1), new MenuEntry("Thông báo", MenuUrl));
                return true;
            }, cancellationToken);
    }
}
