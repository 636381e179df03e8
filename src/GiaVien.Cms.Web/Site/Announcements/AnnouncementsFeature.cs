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
        Migrations = [new AddMenuItemMigration(1, "Thông báo", MenuUrl)],
    };
}
